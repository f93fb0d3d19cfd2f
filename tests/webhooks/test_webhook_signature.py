"""construct_event: Kota's `t=...,v1=...` signature, checked before anything is parsed."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable

import pytest
from webhook_samples import NOW, SECRET, body, employee_created, signed

from kota_async._generated.models import EmployeeResponse
from kota_async.errors import KotaError, SignatureVerificationError
from kota_async.webhooks import (
    MAX_SIGNATURE_HEADER_LENGTH,
    Event,
    construct_event,
    sign,
    verify_signature,
)


def expected_v1(raw: bytes, secret: str, timestamp: int) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + raw, hashlib.sha256).hexdigest()


def rejected(
    raw: bytes, header: str | None, *, secret: str = SECRET, tolerance: int | None = 300
) -> str:
    """The message of the SignatureVerificationError construct_event raises."""
    with pytest.raises(SignatureVerificationError) as info:
        construct_event(raw, header, secret, tolerance=tolerance, now=NOW)
    message = str(info.value)
    assert SECRET not in message
    assert expected_v1(raw, SECRET, NOW) not in message
    return message


def test_sign_produces_kota_header_format() -> None:
    raw = b'{"id":"evt_1"}'
    assert sign(raw, SECRET, NOW) == f"t={NOW},v1={expected_v1(raw, SECRET, NOW)}"


def test_sign_defaults_to_the_current_time() -> None:
    header = sign(b"{}", SECRET)
    stamp = int(header.split(",")[0].removeprefix("t="))
    assert abs(stamp - dt.datetime.now(dt.UTC).timestamp()) < 5


def test_valid_delivery_becomes_typed_event() -> None:
    raw, header = signed(employee_created())
    event = construct_event(raw, header, SECRET, now=NOW)
    assert isinstance(event, Event)
    assert event.id == "evt_3b1333d87d9d4fd6ad83ba7f6b0e951a"
    assert event.type == "employee.created"
    assert event.platform_id == "pt_3b1333d87d9d4fd6ad83ba7f6b0e951a"
    assert event.created_at == dt.datetime(2024, 12, 1, 9, 30, tzinfo=dt.UTC)
    assert (event.family, event.api_version) == ("v1", "1.0")
    assert isinstance(event.data, EmployeeResponse)
    assert event.typed
    assert event.raw == employee_created()


def test_several_v1_values_accepted_during_secret_rotation() -> None:
    raw = body(employee_created())
    old = sign(raw, "whsec_old_secret", NOW).split(",")[1]
    new = sign(raw, SECRET, NOW).split(",")[1]
    assert construct_event(raw, f"t={NOW},{old},{new}", SECRET, now=NOW).id
    assert construct_event(raw, f"t={NOW},{new},{old}", SECRET, now=NOW).id


def test_unknown_signature_keys_are_ignored_for_forward_compatibility() -> None:
    raw, header = signed(employee_created())
    assert construct_event(raw, header + ",v9=future", SECRET, now=NOW).type == "employee.created"


def test_unknown_event_type_still_parses_with_plain_dict_data() -> None:
    payload = employee_created() | {"type": "employee.teleported", "data": {"to": "mars"}}
    raw, header = signed(payload)
    event = construct_event(raw, header, SECRET, now=NOW)
    assert event.type == "employee.teleported"
    assert event.data == {"to": "mars"}
    assert not event.typed


def test_unknown_fields_in_a_known_event_are_kept() -> None:
    payload = employee_created()
    payload["data"]["shoe_size"] = 44
    raw, header = signed(payload)
    event = construct_event(raw, header, SECRET, now=NOW)
    assert event.data.additional_properties == {"shoe_size": 44}


def test_tampered_body_rejected() -> None:
    raw, header = signed(employee_created())
    assert "signature mismatch" in rejected(raw.replace(b"evt_", b"evt_X"), header)


def test_wrong_secret_rejected() -> None:
    raw, header = signed(employee_created(), secret="whsec_someone_else")
    assert "signature mismatch" in rejected(raw, header)


@pytest.mark.parametrize(("offset", "word"), [(-301, "ago"), (301, "in the future")])
def test_timestamp_outside_tolerance_rejected(offset: int, word: str) -> None:
    raw, header = signed(employee_created(), timestamp=NOW + offset)
    message = rejected(raw, header)
    assert "outside the tolerance" in message
    assert word in message


@pytest.mark.parametrize("offset", [-300, 300])
def test_timestamp_at_the_tolerance_edge_accepted(offset: int) -> None:
    raw, header = signed(employee_created(), timestamp=NOW + offset)
    assert construct_event(raw, header, SECRET, now=NOW).type == "employee.created"


def test_tolerance_is_configurable_and_can_be_disabled() -> None:
    raw, header = signed(employee_created(), timestamp=NOW - 3600)
    assert "outside the tolerance" in rejected(raw, header, tolerance=600)
    assert construct_event(raw, header, SECRET, tolerance=None, now=NOW).id
    with pytest.raises(ValueError, match="tolerance"):
        construct_event(raw, header, SECRET, tolerance=-1, now=NOW)


def test_forged_stale_delivery_reports_the_signature_not_the_time() -> None:
    raw, header = signed(employee_created(), secret="whsec_forger", timestamp=NOW - 86_400)
    assert "signature mismatch" in rejected(raw, header)


@pytest.mark.parametrize("header", [None, "", "   "])
def test_missing_header_rejected(header: str | None) -> None:
    assert "missing x-kota-webhook-signature header" in rejected(body(employee_created()), header)


def _v1(raw: bytes) -> str:
    return expected_v1(raw, SECRET, NOW)


@pytest.mark.parametrize(
    ("make_header", "reason"),
    [
        (lambda raw: f"v1={_v1(raw)}", "no timestamp (t=)"),
        (lambda raw: f"t={NOW}", "no v1 signature"),
        (lambda raw: f"t={NOW},v1={'z' * 64}", "not 64 lowercase hex characters"),
        (lambda raw: f"t={NOW},v1={_v1(raw)[:-2]}", "not 64 lowercase hex characters"),
        (lambda raw: f"t={NOW},v1={_v1(raw).upper()}", "not 64 lowercase hex characters"),
        (lambda raw: f"t={NOW},t={NOW},v1={_v1(raw)}", "duplicated timestamp (t=)"),
        (lambda raw: f"t={NOW},t={NOW + 1},v1={_v1(raw)}", "duplicated timestamp (t=)"),
        (lambda raw: f"t=soon,v1={_v1(raw)}", "timestamp (t=) is not unix seconds"),
        (lambda raw: f"t=-{NOW},v1={_v1(raw)}", "timestamp (t=) is not unix seconds"),
        (lambda raw: f"t={NOW},v1{_v1(raw)}", "every item must be key=value"),
        (lambda raw: f"t={NOW}, v1={_v1(raw)}", "no v1 signature"),
        (lambda raw: f"t={NOW},v1={_v1(raw)},", "every item must be key=value"),
        (
            lambda raw: f"t={NOW},v1={_v1(raw)}," + "v0=ab," * MAX_SIGNATURE_HEADER_LENGTH,
            "too long",
        ),
    ],
    ids=[
        "no-t",
        "no-v1",
        "non-hex",
        "short-hex",
        "uppercase-hex",
        "duplicated-t",
        "conflicting-t",
        "t-not-number",
        "t-negative",
        "item-without-equals",
        "whitespace-in-key",
        "trailing-comma",
        "huge-header",
    ],
)
def test_malformed_header_rejected_with_reason(
    make_header: Callable[[bytes], str], reason: str
) -> None:
    raw = body(employee_created())
    header = make_header(raw)
    message = rejected(raw, header)
    assert reason in message


def test_non_json_body_rejected_after_the_signature_checks_out() -> None:
    raw = b"<xml>not json</xml>"
    assert rejected(raw, sign(raw, SECRET, NOW)) == "payload is not valid JSON"
    raw = b"\xff\xfe"
    assert rejected(raw, sign(raw, SECRET, NOW)) == "payload is not valid JSON"


def test_non_json_body_with_bad_signature_reports_the_signature() -> None:
    assert "signature mismatch" in rejected(b"<xml/>", sign(b"<xml/>", "whsec_other", NOW))


def test_json_that_is_not_an_event_rejected() -> None:
    raw = b"[1, 2, 3]"
    assert rejected(raw, sign(raw, SECRET, NOW)) == "payload is not a JSON object"
    raw = b'{"type": "employee.created"}'
    assert "'id' is missing" in rejected(raw, sign(raw, SECRET, NOW))
    raw = body(employee_created() | {"created_at": "yesterday"})
    assert "created_at" in rejected(raw, sign(raw, SECRET, NOW))


def test_known_event_whose_data_breaks_its_schema_rejected_naming_the_field() -> None:
    payload = employee_created()
    del payload["data"]["first_name"]
    raw, header = signed(payload)
    message = rejected(raw, header)
    assert "not a valid Kota event" in message
    assert "first_name" in message


def test_empty_secret_is_refused_not_treated_as_a_key() -> None:
    raw = body(employee_created())
    header = "t=1,v1=" + hmac.new(b"", b"1." + raw, hashlib.sha256).hexdigest()
    assert "secret is empty" in rejected(raw, header, secret="", tolerance=None)


def test_every_failure_is_a_kota_error() -> None:
    with pytest.raises(KotaError):
        construct_event(b"{}", None, SECRET)


def test_verify_signature_returns_the_signed_timestamp() -> None:
    raw = b"{}"
    assert verify_signature(raw, sign(raw, SECRET, NOW), SECRET, now=NOW) == NOW


def test_timestamp_is_verified_as_sent_so_a_padded_copy_fails() -> None:
    raw, header = signed(employee_created())
    assert "signature mismatch" in rejected(raw, header.replace("t=", "t=0", 1))
