"""GENERATED: the operations tagged employees; do not edit by hand."""
