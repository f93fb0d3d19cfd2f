"""GENERATED: the operations tagged groups; do not edit by hand."""
