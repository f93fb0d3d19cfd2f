"""GENERATED from openapi/kota.yaml; do not edit by hand.

AddEmployeeToGroup: Add an employee to a group

    POST /groups/{group_id}/employees
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.add_employee_to_group_request import AddEmployeeToGroupRequest
from ...models.group_employee_response import GroupEmployeeResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.policy_configuration_request import PolicyConfigurationRequest

    pass

ENDPOINT: Endpoint[GroupEmployeeResponse] = Endpoint(
    operation_id="AddEmployeeToGroup",
    method="POST",
    path="/groups/{group_id}/employees",
    response_type=GroupEmployeeResponse,
    body_type=AddEmployeeToGroupRequest,
)


def build(
    group_id: str,
    /,
    *,
    employee_id: str,
    create_enrolment_intents: None | bool | Unset = UNSET,
    policy_configuration: PolicyConfigurationRequest | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[GroupEmployeeResponse]:
    """Describe one call of AddEmployeeToGroup; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "group_id": group_id,
        },
        query=given({}),
        body=given(
            {
                "employee_id": employee_id,
                "create_enrolment_intents": create_enrolment_intents,
                "policy_configuration": policy_configuration,
            }
        ),
    )
