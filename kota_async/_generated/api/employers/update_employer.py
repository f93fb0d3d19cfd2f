"""GENERATED from openapi/kota.yaml; do not edit by hand.

UpdateEmployer: Update an employer

    PUT /employers/{employer_id}
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.employer_response import EmployerResponse
from ...models.update_employer_request import UpdateEmployerRequest
from ...types import UNSET, Endpoint, Request, Unset, given

if TYPE_CHECKING:
    from ...models.address_model_without_country import AddressModelWithoutCountry
    from ...models.contact_model import ContactModel
    from ...models.update_employer_request_metadata_type_1 import UpdateEmployerRequestMetadataType1

    pass

ENDPOINT: Endpoint[EmployerResponse] = Endpoint(
    operation_id="UpdateEmployer",
    method="PUT",
    path="/employers/{employer_id}",
    response_type=EmployerResponse,
    body_type=UpdateEmployerRequest,
)


def build(
    employer_id: str,
    /,
    *,
    legal_name: None | str | Unset = UNSET,
    registration_number: None | str | Unset = UNSET,
    legal_address: AddressModelWithoutCountry | Mapping[str, Any] | None | Unset = UNSET,
    contact: ContactModel | Mapping[str, Any] | None | Unset = UNSET,
    earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
    metadata: None | UpdateEmployerRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
) -> Request[EmployerResponse]:
    """Describe one call of UpdateEmployer; the client validates, sends and decodes it."""
    return Request(
        ENDPOINT,
        path_params={
            "employer_id": employer_id,
        },
        query=given({}),
        body=given(
            {
                "legal_name": legal_name,
                "registration_number": registration_number,
                "legal_address": legal_address,
                "contact": contact,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "metadata": metadata,
            }
        ),
    )
