"""GENERATED: the operations tagged health_insurance; do not edit by hand."""
