"""GENERATED: the operations tagged events; do not edit by hand."""
