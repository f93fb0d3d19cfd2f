"""Property tests: whatever is signed verifies, and no edit of a signed delivery does."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from webhook_samples import NOW, SECRET

from kota_async.errors import SignatureVerificationError
from kota_async.webhooks import BodyHmacScheme, sign, verify_signature

payloads = st.binary(max_size=512)
secrets = st.text(min_size=1, max_size=40)
timestamps = st.integers(min_value=0, max_value=10**11)
header_chars = st.sampled_from("0123456789abcdefABCDEFtv=, .-x\x00")


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    """`text` with one character inserted, deleted or replaced (always a different string)."""
    position = draw(st.integers(min_value=0, max_value=len(text)))
    action = draw(st.sampled_from(["insert", "delete", "replace"]))
    if action == "insert":
        result = text[:position] + draw(header_chars) + text[position:]
    elif action == "delete" and position < len(text):
        result = text[:position] + text[position + 1 :]
    else:
        position = min(position, len(text) - 1)
        result = text[:position] + draw(header_chars) + text[position + 1 :]
    assume(result != text)
    return result


def verifies(payload: bytes, header: str, secret: str = SECRET) -> bool:
    try:
        verify_signature(payload, header, secret, tolerance=None)
    except SignatureVerificationError:
        return False
    return True


@settings(max_examples=200, deadline=None)
@given(payload=payloads, secret=secrets, timestamp=timestamps)
def test_anything_signed_verifies(payload: bytes, secret: str, timestamp: int) -> None:
    header = sign(payload, secret, timestamp)
    assert verify_signature(payload, header, secret, tolerance=None) == timestamp


@settings(max_examples=300, deadline=None)
@given(payload=payloads, other=payloads, timestamp=timestamps)
def test_no_other_payload_verifies(payload: bytes, other: bytes, timestamp: int) -> None:
    assume(other != payload)
    assert not verifies(other, sign(payload, SECRET, timestamp))


@settings(max_examples=300, deadline=None)
@given(payload=payloads, flip=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_no_single_bit_flip_of_the_payload_verifies(payload: bytes, flip: int, bit: int) -> None:
    assume(payload)
    index = flip % len(payload)
    mutated = bytearray(payload)
    mutated[index] ^= 1 << bit
    assert not verifies(bytes(mutated), sign(payload, SECRET, NOW))


@settings(max_examples=500, deadline=None)
@given(data=st.data(), payload=payloads, timestamp=timestamps)
def test_no_single_edit_of_the_header_verifies(
    data: st.DataObject, payload: bytes, timestamp: int
) -> None:
    header = sign(payload, SECRET, timestamp)
    assert not verifies(payload, data.draw(edited(header)))


@settings(max_examples=200, deadline=None)
@given(payload=payloads, secret=secrets, timestamp=timestamps)
def test_no_other_secret_verifies(payload: bytes, secret: str, timestamp: int) -> None:
    assume(secret != SECRET)
    assert not verifies(payload, sign(payload, SECRET, timestamp), secret)


@settings(max_examples=200, deadline=None)
@given(payload=payloads, timestamp=timestamps, other=timestamps)
def test_signature_does_not_carry_over_to_another_timestamp(
    payload: bytes, timestamp: int, other: int
) -> None:
    assume(other != timestamp)
    v1 = sign(payload, SECRET, timestamp).split(",", 1)[1]
    assert not verifies(payload, f"t={other},{v1}")


@settings(max_examples=300, deadline=None)
@given(header=st.text(max_size=300), payload=payloads)
def test_arbitrary_headers_fail_with_a_signature_error_only(header: str, payload: bytes) -> None:
    with pytest.raises(SignatureVerificationError) as info:
        verify_signature(payload, header, SECRET, tolerance=None)
    assert SECRET not in str(info.value)


BODY_HMAC = BodyHmacScheme()


def body_hmac_verifies(payload: bytes, signature: str) -> bool:
    headers = {
        "X-KASKO-Signature": signature,
        "X-KASKO-Event": "policy.created",
        "X-KASKO-Delivery": "baf59150f9a60c1c0e6a700e6f531676",
    }
    try:
        BODY_HMAC.verify(payload, headers, SECRET)
    except SignatureVerificationError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(payload=payloads, other=payloads)
def test_body_hmac_no_other_payload_verifies(payload: bytes, other: bytes) -> None:
    assert body_hmac_verifies(payload, BODY_HMAC.signature(payload, SECRET))
    assume(other != payload)
    assert not body_hmac_verifies(other, BODY_HMAC.signature(payload, SECRET))


@settings(max_examples=300, deadline=None)
@given(data=st.data(), payload=payloads)
def test_body_hmac_no_single_edit_of_the_signature_verifies(
    data: st.DataObject, payload: bytes
) -> None:
    signature = BODY_HMAC.signature(payload, SECRET)
    assert not body_hmac_verifies(payload, data.draw(edited(signature)))
