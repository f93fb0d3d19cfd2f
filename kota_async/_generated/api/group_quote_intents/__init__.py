"""GENERATED: the operations tagged group_quote_intents; do not edit by hand."""
