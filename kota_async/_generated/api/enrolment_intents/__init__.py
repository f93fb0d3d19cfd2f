"""GENERATED: the operations tagged enrolment_intents; do not edit by hand."""
