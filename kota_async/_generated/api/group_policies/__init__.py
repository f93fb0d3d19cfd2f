"""GENERATED: the operations tagged group_policies; do not edit by hand."""
