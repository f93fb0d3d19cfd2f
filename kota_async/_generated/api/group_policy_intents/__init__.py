"""GENERATED: the operations tagged group_policy_intents; do not edit by hand."""
