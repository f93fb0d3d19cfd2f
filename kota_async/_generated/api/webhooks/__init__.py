"""GENERATED: the operations tagged webhooks; do not edit by hand."""
