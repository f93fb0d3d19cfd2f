"""GENERATED: the operations tagged employers; do not edit by hand."""
