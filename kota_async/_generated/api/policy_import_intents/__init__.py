"""GENERATED: the operations tagged policy_import_intents; do not edit by hand."""
