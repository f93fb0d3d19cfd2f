"""GENERATED: the operations tagged requirements; do not edit by hand."""
