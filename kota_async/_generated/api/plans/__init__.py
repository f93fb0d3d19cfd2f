"""GENERATED: the operations tagged plans; do not edit by hand."""
