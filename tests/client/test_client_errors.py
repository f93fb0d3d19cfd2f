"""Error responses become typed exceptions that keep what Kota (or a proxy) said."""

from __future__ import annotations

import pytest
from fault_server import NEW_EMPLOYEE, FaultServer, Reply, problem

from kota_async import (
    APIError,
    AuthenticationError,
    BadRequestError,
    IdempotencyError,
    InvalidStateError,
    KotaClient,
    KotaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
)


async def test_validation_problem_keeps_status_code_trace_and_field_errors(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail(
        "POST",
        "/employees",
        problem(
            400,
            error_code="invalid_request",
            detail="One or more validation errors occurred.",
            trace_id="00-abc123-01",
            errors={"email": ["Not a valid email."], "start_on": ["Must be in the future."]},
        ),
    )

    with pytest.raises(BadRequestError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)

    error = caught.value
    assert error.status == 400
    assert error.error_code == "invalid_request"
    assert error.trace_id == "00-abc123-01"
    assert error.detail == "One or more validation errors occurred."
    assert error.errors == {
        "email": ["Not a valid email."],
        "start_on": ["Must be in the future."],
    }
    message = str(error)
    assert "Not a valid email." in message
    assert "00-abc123-01" in message


async def test_field_errors_given_as_a_list_are_mapped_by_field(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail(
        "POST",
        "/employees",
        problem(
            400,
            error_code="invalid_request",
            errors=[
                {"field_id": "smoker", "error_type": "required", "message": "Answer required."},
                {"field_id": "smoker", "error_type": "type", "message": "Must be yes or no."},
            ],
        ),
    )

    with pytest.raises(BadRequestError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)

    assert caught.value.errors == {"smoker": ["Answer required.", "Must be yes or no."]}


async def test_invalid_state_has_its_own_class(kota: KotaClient, server: FaultServer) -> None:
    server.fail("POST", "/employees", problem(400, error_code="invalid_state"))

    with pytest.raises(InvalidStateError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)
    assert isinstance(caught.value, BadRequestError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, IdempotencyError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (422, APIError),
    ],
)
async def test_each_status_maps_to_its_class(
    kota: KotaClient, server: FaultServer, status: int, cls: type[APIError]
) -> None:
    server.fail("POST", "/employees", problem(status, error_code=f"code_{status}"))

    with pytest.raises(cls) as caught:
        await kota.employees.create(**NEW_EMPLOYEE, max_retries=0)

    assert isinstance(caught.value, KotaError)
    assert caught.value.status == status
    assert caught.value.error_code == f"code_{status}"


async def test_html_from_a_proxy_becomes_a_server_error_with_a_snippet(
    kota: KotaClient, server: FaultServer
) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    server.fail("POST", "/employees", Reply(502, page, content_type="text/html"))

    with pytest.raises(ServerError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE, max_retries=0)

    assert caught.value.status == 502
    assert caught.value.error_code is None
    assert "502 Bad Gateway" in str(caught.value)
    assert caught.value.body == page


async def test_empty_error_body_still_maps_by_status(kota: KotaClient, server: FaultServer) -> None:
    server.fail("GET", "/employees/ee_missing", Reply(404, b"", headers={"X-Request-Id": "req-42"}))

    with pytest.raises(NotFoundError) as caught:
        await kota.employees.retrieve("ee_missing")

    assert "empty body" in str(caught.value)
    assert caught.value.trace_id == "req-42"


async def test_trace_id_falls_back_to_the_trace_header(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail(
        "POST",
        "/employees",
        problem(409, trace_id=None, headers={"X-Trace-Id": "hdr-trace-9"}),
    )

    with pytest.raises(IdempotencyError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)
    assert caught.value.trace_id == "hdr-trace-9"


async def test_success_with_a_non_json_body_is_a_decode_error(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail(
        "POST", "/employees", Reply(200, b"<html>maintenance</html>", content_type="text/html")
    )

    with pytest.raises(ResponseDecodeError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)

    error = caught.value
    assert error.operation_id == "CreateEmployee"
    assert error.status == 200
    assert "CreateEmployee" in str(error)
    assert "200" in str(error)
    assert "maintenance" in str(error)


async def test_success_with_the_wrong_shape_is_a_decode_error(
    kota: KotaClient, server: FaultServer
) -> None:
    server.fail(
        "POST",
        "/employees",
        Reply(200, {"id": "ee_1", "first_name": 42}, content_type="application/json"),
    )

    with pytest.raises(ResponseDecodeError) as caught:
        await kota.employees.create(**NEW_EMPLOYEE)

    assert caught.value.operation_id == "CreateEmployee"
    assert "first_name" in str(caught.value)


async def test_a_decode_error_is_not_retried(kota: KotaClient, server: FaultServer) -> None:
    server.fail("POST", "/employees", Reply(200, b"not json", content_type="text/plain"))

    with pytest.raises(ResponseDecodeError):
        await kota.employees.create(**NEW_EMPLOYEE)
    assert len(server.to("POST", "/employees")) == 1
