"""GENERATED: the operations tagged policies; do not edit by hand."""
