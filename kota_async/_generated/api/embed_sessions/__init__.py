"""GENERATED: the operations tagged embed_sessions; do not edit by hand."""
