"""GENERATED: the operations tagged providers; do not edit by hand."""
