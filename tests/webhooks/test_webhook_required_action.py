"""RequiredAction: Kota's own wording for the customer, from an action_required event."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from webhook_samples import NOW, SECRET, case_for, sample_payload, signed

from kota_async.webhooks import KOTA_ATTRIBUTION, Event, RequiredAction, construct_event

ACTION = {
    "reason": "Confirm your company details",
    "reason_description": "The insurer needs your registered address before it can quote.",
    "code": "company_details_required",
    "due_at": "2024-12-15",
}


def action_required_event(event_type: str, family: str = "v1", **data: Any) -> Event:
    payload = sample_payload(case_for(event_type, family), full=True)
    payload["data"].update(data)
    raw, header = signed(payload)
    return construct_event(raw, header, SECRET, now=NOW)


@pytest.mark.parametrize(
    "event_type",
    [
        "employer.health_insurance.quote.action_required",
        "employee.health_insurance.offer.action_required",
    ],
)
def test_message_uses_kotas_reason_description_and_due_date(event_type: str) -> None:
    event = action_required_event(event_type, status="action_required", required_action=ACTION)
    action = RequiredAction.from_event(event)
    assert action is not None
    assert action.title == ACTION["reason"]
    assert action.body == ACTION["reason_description"]
    assert action.due == dt.date(2024, 12, 15)
    assert action.code == "company_details_required"
    assert action.attribution == KOTA_ATTRIBUTION
    assert "Kota" in action.attribution


def test_text_puts_title_body_deadline_and_attribution_in_order() -> None:
    event = action_required_event(
        "employee.health_insurance.offer.action_required", required_action=ACTION
    )
    action = RequiredAction.from_event(event, attribution="Wording by Kota for Acme Insurance.")
    assert action is not None
    assert action.text().split("\n\n") == [
        ACTION["reason"],
        ACTION["reason_description"],
        "Due by 15 December 2024.",
        "Wording by Kota for Acme Insurance.",
    ]


def test_no_required_action_gives_none() -> None:
    payload = sample_payload(case_for("employer.health_insurance.quote.accepted", "v1"), full=True)
    del payload["data"]["required_action"]
    raw, header = signed(payload)
    assert RequiredAction.from_event(construct_event(raw, header, SECRET, now=NOW)) is None


def test_null_required_action_parses_and_gives_none() -> None:
    event = action_required_event(
        "employee.health_insurance.offer.action_required", status="active", required_action=None
    )
    assert RequiredAction.from_event(event) is None


def test_v2_events_carry_only_ids_so_from_event_gives_none() -> None:
    event = action_required_event("employee.health_insurance.offer.action_required", "v2")
    assert RequiredAction.from_event(event) is None


def test_from_resource_reads_a_policy_amendment_due_by() -> None:
    intent = {
        "id": "pai_1",
        "status": "action_required",
        "required_action": {
            "code": "upload_documents",
            "reason": "Upload the marriage certificate",
            "reason_description": "Adding a spouse needs proof of marriage.",
            "due_by": "2025-01-31",
            "associated_persons": {},
        },
    }
    action = RequiredAction.from_resource(intent)
    assert action is not None
    assert (action.title, action.due) == ("Upload the marriage certificate", dt.date(2025, 1, 31))
