"""The second scheme: `sha1=<HMAC of the body>` plus event-type and delivery-id headers."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest
from webhook_samples import SECRET, Serve, body, employee_created

from kota_async._generated.models import EmployeeResponse
from kota_async.errors import SignatureVerificationError
from kota_async.webhooks import BodyHmacScheme, Event, WebhookReceiver, verify_delivery

SCHEME = BodyHmacScheme()
POLICY = {
    "id": "lpol_33__char_policy_id__________",
    "livemode": False,
    "policy_id": "TEST-POLICY-12345",
    "gross_premium": 1999,
}
DELIVERY_ID = "baf59150f9a60c1c0e6a700e6f531676"


def headers_for(
    raw: bytes, *, event_type: str = "policy.created", **overrides: str
) -> dict[str, str]:
    headers = SCHEME.sign_headers(raw, SECRET, event_type=event_type, delivery_id=DELIVERY_ID)
    headers.update(overrides)
    return {k: v for k, v in headers.items() if v}


def rejected(raw: bytes, headers: dict[str, str], scheme: Any = SCHEME) -> str:
    with pytest.raises(SignatureVerificationError) as info:
        verify_delivery(raw, headers, SECRET, scheme=scheme)
    assert SECRET not in str(info.value)
    return str(info.value)


def test_signature_is_the_hex_hmac_sha1_of_the_raw_body() -> None:
    raw = body(POLICY)
    digest = hmac.new(SECRET.encode(), raw, hashlib.sha1).hexdigest()
    assert SCHEME.signature(raw, SECRET) == f"sha1={digest}"


def test_bare_resource_body_becomes_an_event_named_by_the_headers() -> None:
    raw = body(POLICY)
    event = verify_delivery(raw, headers_for(raw), SECRET, scheme=SCHEME)
    assert (event.id, event.type, event.delivery_id) == (DELIVERY_ID, "policy.created", DELIVERY_ID)
    assert event.data == POLICY
    assert (event.created_at, event.platform_id, event.family) == (None, None, None)


def test_header_names_are_matched_case_insensitively() -> None:
    raw = body(POLICY)
    lowered = {k.lower(): v for k, v in headers_for(raw).items()}
    assert verify_delivery(raw, lowered, SECRET, scheme=SCHEME).type == "policy.created"


def test_kota_envelope_sent_this_way_is_parsed_as_a_typed_event() -> None:
    raw = body(employee_created())
    event = verify_delivery(
        raw, headers_for(raw, event_type="employee.created"), SECRET, scheme=SCHEME
    )
    assert event.id == "evt_3b1333d87d9d4fd6ad83ba7f6b0e951a"
    assert event.delivery_id == DELIVERY_ID
    assert isinstance(event.data, EmployeeResponse)


def test_envelope_whose_type_disagrees_with_the_header_is_rejected() -> None:
    raw = body(employee_created())
    message = rejected(raw, headers_for(raw, event_type="employee.offboarded"))
    assert message == "event-type header does not match the payload's type"


def test_tampered_body_rejected() -> None:
    raw = body(POLICY)
    headers = headers_for(raw)
    assert "signature mismatch" in rejected(raw.replace(b"1999", b"1"), headers)


def test_wrong_secret_rejected() -> None:
    raw = body(POLICY)
    forged = BodyHmacScheme().signature(raw, "whsec_forger")
    assert "signature mismatch" in rejected(raw, headers_for(raw, **{"X-KASKO-Signature": forged}))


@pytest.mark.parametrize(
    ("override", "reason"),
    [
        ({"X-KASKO-Signature": ""}, "missing X-KASKO-Signature header"),
        ({"X-KASKO-Event": ""}, "missing X-KASKO-Event header"),
        ({"X-KASKO-Delivery": ""}, "missing X-KASKO-Delivery header"),
        ({"X-KASKO-Signature": "md5=abc"}, "expected the form sha1=<hex digest>"),
        ({"X-KASKO-Signature": "88dd4948bf8fc1e991a574179fc668c76d329db2"}, "expected the form"),
        ({"X-KASKO-Signature": "sha1=" + "g" * 40}, "not 40 lowercase hex characters"),
        ({"X-KASKO-Signature": "sha1=" + "a" * 39}, "not 40 lowercase hex characters"),
        ({"X-KASKO-Signature": "sha1=" + "a" * 5000}, "too long"),
        ({"X-KASKO-Event": "x" * 300}, "X-KASKO-Event header is too long"),
    ],
)
def test_missing_or_malformed_headers_rejected_with_reason(
    override: dict[str, str], reason: str
) -> None:
    raw = body(POLICY)
    assert reason in rejected(raw, headers_for(raw, **override))


def test_non_json_body_rejected() -> None:
    raw = b"policy created!"
    assert rejected(raw, headers_for(raw)) == "payload is not valid JSON"


def test_header_names_and_algorithm_are_configurable() -> None:
    scheme = BodyHmacScheme(
        signature_header="X-Hub-Signature-256",
        event_type_header="X-Hub-Event",
        delivery_id_header="X-Hub-Delivery",
        algorithm="sha256",
    )
    raw = body(POLICY)
    headers = scheme.sign_headers(raw, SECRET, event_type="policy.created", delivery_id="d-1")
    assert headers["X-Hub-Signature-256"].startswith("sha256=")
    assert verify_delivery(raw, headers, SECRET, scheme=scheme).id == "d-1"
    sha1_signed = headers | {"X-Hub-Signature-256": SCHEME.signature(raw, SECRET)}
    assert "expected the form sha256=" in rejected(raw, sha1_signed, scheme=scheme)
    assert "missing X-Hub-Signature-256 header" in rejected(raw, headers_for(raw), scheme=scheme)


async def test_the_same_receiver_code_serves_a_body_hmac_sender(serve: Serve) -> None:
    receiver = WebhookReceiver(SECRET, scheme=BodyHmacScheme())
    received: list[Event] = []

    @receiver.on("policy.created")
    async def on_policy(event: Event) -> None:
        received.append(event)

    client = await serve(receiver)
    raw = json.dumps(POLICY).encode()
    for _ in range(2):  # the second is a redelivery with the same delivery id
        response = await client.post("/webhooks/kota", data=raw, headers=headers_for(raw))
        assert response.status == 200
    assert [e.data["policy_id"] for e in received] == ["TEST-POLICY-12345"]

    forged = headers_for(raw, **{"X-KASKO-Signature": SCHEME.signature(raw, "whsec_x")})
    response = await client.post("/webhooks/kota", data=raw, headers=forged)
    assert response.status == 400
    kota_style = await client.post(
        "/webhooks/kota", data=raw, headers={"x-kota-webhook-signature": "t=1,v1=" + "a" * 64}
    )
    assert kota_style.status == 400
