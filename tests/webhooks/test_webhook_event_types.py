"""Every event type the spec documents, in both payload families, is accepted and typed."""

from __future__ import annotations

import pytest
from webhook_samples import NOW, SECRET, WebhookCase, sample_payload, signed, webhook_cases

from kota_async._generated.events import EVENT_MODELS
from kota_async.webhooks import construct_event

CASES = webhook_cases()


def test_the_registry_covers_every_documented_webhook() -> None:
    assert len(CASES) == 98
    assert {(c.event_type, c.family): c.schema for c in CASES} == EVENT_MODELS


@pytest.mark.parametrize("full", [False, True], ids=["required-fields", "all-fields"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_valid_delivery_accepted_and_typed(case: WebhookCase, full: bool) -> None:
    payload = sample_payload(case, full=full)
    raw, header = signed(payload)
    event = construct_event(raw, header, SECRET, now=NOW)
    assert (event.id, event.type, event.family) == (payload["id"], case.event_type, case.family)
    assert event.api_version == ("1.0" if case.family == "v1" else "V2")
    assert event.platform_id == payload["platform_id"]
    assert event.typed
    assert type(event.data).__name__ == case.data_schema
    assert event.raw == payload
