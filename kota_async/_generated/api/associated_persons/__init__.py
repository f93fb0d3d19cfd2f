"""GENERATED: the operations tagged associated_persons; do not edit by hand."""
