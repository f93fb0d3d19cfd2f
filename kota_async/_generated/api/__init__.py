"""GENERATED: one module per operation, grouped by tag; do not edit by hand."""
