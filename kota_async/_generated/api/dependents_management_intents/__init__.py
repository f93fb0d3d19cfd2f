"""GENERATED: the operations tagged dependents_management_intents; do not edit by hand."""
