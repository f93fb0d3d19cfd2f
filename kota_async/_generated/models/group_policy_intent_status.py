"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class GroupPolicyIntentStatus(StrEnum):
    """Values the API documents for GroupPolicyIntentStatus.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ACTION_REQUIRED = "action_required"
    EXPIRED = "expired"
    MANUAL_RENEWAL_GATHERING_REQUIRED = "manual_renewal_gathering_required"
    PENDING_PROVIDER_APPROVAL = "pending_provider_approval"
    POLICY_CREATED = "policy_created"
    PROCESSING = "processing"
    PROVIDER_REJECTED = "provider_rejected"

    @classmethod
    def _missing_(cls, value: object) -> GroupPolicyIntentStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
