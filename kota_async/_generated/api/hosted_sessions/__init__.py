"""GENERATED: the operations tagged hosted_sessions; do not edit by hand."""
