"""GENERATED: the operations tagged contribution_reports; do not edit by hand."""
