"""GENERATED: the operations tagged policy_amendment_intents; do not edit by hand."""
