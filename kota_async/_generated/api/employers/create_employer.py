"""GENERATED from openapi/kota.yaml; do not edit by hand.

CreateEmployer: Create an employer

    POST /employers
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_employer_request import CreateEmployerRequest
from ...models.employer_response import EmployerResponse
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.address_model import AddressModel
    from ...models.contact_model import ContactModel
    from ...models.create_employer_request_metadata_type_1 import CreateEmployerRequestMetadataType1

    pass

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="CreateEmployer",
    method="POST",
    path="/employers",
    response_type=EmployerResponse,
    body_type=CreateEmployerRequest,
)


def build(
    *,
    legal_name: str,
    legal_address: AddressModel | Mapping[str, Any],
    contact: ContactModel | Mapping[str, Any],
    registration_number: None | str | Unset = UNSET,
    earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
    metadata: None | CreateEmployerRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
) -> Request[EmployerResponse]:
    """Describe one call of CreateEmployer; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={},
        query=given({}),
        body=given(
            {
                "legal_name": legal_name,
                "legal_address": legal_address,
                "contact": contact,
                "registration_number": registration_number,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "metadata": metadata,
            }
        ),
    )
