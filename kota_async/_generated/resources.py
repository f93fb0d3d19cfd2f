"""GENERATED from openapi/kota.yaml; do not edit by hand.

The resource namespaces users call (`kota.employers.create(...)`), one class per URL level.
Each method only *describes* its call (via the operation's module in `api/`) and hands it to
the client's `call` or `paginate`; sending, retrying and decoding happen in the handwritten
transport. Operation modules are imported on first use, so importing this file is cheap.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Unpack

from .types import UNSET, Request, RequestOptions, Unset

if TYPE_CHECKING:
    from kota_async.pagination import AsyncPager

    from .models import (
        AddressModel,
        AddressModelWithoutCountry,
        AssociatedPersonEligibilityResponse,
        AssociatedPersonResponse,
        ConsentApprovalInput,
        ContactModel,
        ContributionReportEmployeeBreakdownResponse,
        ContributionReportResponse,
        CountryCode,
        CreateEmployeeBankAccount,
        CreateEmployeeRequestMetadataType1,
        CreateEmployerRequestMetadataType1,
        CreateHostedSessionTokenResponse,
        CreatePolicyImportIntentAssociatedPersonRequest,
        CreateSessionTokenResponse,
        DependentCoverageSelectionsRequest,
        DependentsManagementIntentResponse,
        EligibilityCheckResponse,
        EmployeeHealthInsuranceOfferResponse,
        EmployeeHealthInsurancePolicyResponse,
        EmployeeResponse,
        EmployerHealthInsurancePolicyResponse,
        EmployerHealthInsuranceQuoteResponse,
        EmployerResponse,
        EnrolmentIntentRequirementResponse,
        EnrolmentIntentResponse,
        EventResponse,
        GroupEmployeeResponse,
        GroupPolicyIntentRequirementResponse,
        GroupPolicyIntentResponse,
        GroupPolicyResponse,
        GroupQuoteIntentRequirementResponse,
        GroupQuoteIntentResponse,
        GroupQuoteResponse,
        GroupResponse,
        HealthInsuranceCostSharingConfigurationResponse,
        OrderDirection,
        PlanCoverageOptionSelectionRequest,
        PlanResponse,
        PlanSortBy,
        PolicyAmendmentIntentResponse,
        PolicyAmendmentReasonRequest,
        PolicyAmendmentRequestedChangeRequest,
        PolicyConfigurationRequest,
        PolicyImportIntentResponse,
        PolicyResponse,
        ProviderResponse,
        RelationshipType,
        ReplayEventResponse,
        RequirementObjectType,
        RequirementsGetRequirementResponse200,
        RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers,
        RequirementsSubmitAnswersResponse200,
        SexAtBirth,
        SortDirection,
        UpdateEmployeeRequestMetadataType1,
        UpdateEmployerRequestMetadataType1,
        WebhookEndpointResponse,
        WebhookVersion,
    )

R = TypeVar("R")
I = TypeVar("I")


class Requester(Protocol):
    """What a client must provide for the namespaces to work (KotaClient does)."""

    async def call(self, request: Request[R], options: RequestOptions) -> R:
        """Send one request and return its decoded body."""
        ...

    def paginate(
        self,
        request: Request[Any],
        item_type: type[I],
        options: RequestOptions,
        *,
        page_size: int | None,
        limit: int | None,
        prefetch: int,
    ) -> AsyncPager[I]:
        """Return a pager over every item of a list operation."""
        ...


class Namespace:
    """Base of every resource namespace: holds the client the calls go through."""

    def __init__(self, client: Requester) -> None:
        self._client = client


class Resources(Namespace):
    """The root of the namespaces: `kota.employers`, `kota.employees`, ..."""

    @cached_property
    def contribution_reports(self) -> ContributionReportsResource:
        """`kota.contribution_reports`"""
        return ContributionReportsResource(self._client)

    @cached_property
    def dependents_management_intents(self) -> DependentsManagementIntentsResource:
        """`kota.dependents_management_intents`"""
        return DependentsManagementIntentsResource(self._client)

    @cached_property
    def embed_sessions(self) -> EmbedSessionsResource:
        """`kota.embed_sessions`"""
        return EmbedSessionsResource(self._client)

    @cached_property
    def employees(self) -> EmployeesResource:
        """`kota.employees`"""
        return EmployeesResource(self._client)

    @cached_property
    def employers(self) -> EmployersResource:
        """`kota.employers`"""
        return EmployersResource(self._client)

    @cached_property
    def enrolment_intents(self) -> EnrolmentIntentsResource:
        """`kota.enrolment_intents`"""
        return EnrolmentIntentsResource(self._client)

    @cached_property
    def events(self) -> EventsResource:
        """`kota.events`"""
        return EventsResource(self._client)

    @cached_property
    def group_policies(self) -> GroupPoliciesResource:
        """`kota.group_policies`"""
        return GroupPoliciesResource(self._client)

    @cached_property
    def group_policy_intents(self) -> GroupPolicyIntentsResource:
        """`kota.group_policy_intents`"""
        return GroupPolicyIntentsResource(self._client)

    @cached_property
    def group_quote_intents(self) -> GroupQuoteIntentsResource:
        """`kota.group_quote_intents`"""
        return GroupQuoteIntentsResource(self._client)

    @cached_property
    def groups(self) -> GroupsResource:
        """`kota.groups`"""
        return GroupsResource(self._client)

    @cached_property
    def hosted_sessions(self) -> HostedSessionsResource:
        """`kota.hosted_sessions`"""
        return HostedSessionsResource(self._client)

    @cached_property
    def plans(self) -> PlansResource:
        """`kota.plans`"""
        return PlansResource(self._client)

    @cached_property
    def policies(self) -> PoliciesResource:
        """`kota.policies`"""
        return PoliciesResource(self._client)

    @cached_property
    def policy_import_intents(self) -> PolicyImportIntentsResource:
        """`kota.policy_import_intents`"""
        return PolicyImportIntentsResource(self._client)

    @cached_property
    def providers(self) -> ProvidersResource:
        """`kota.providers`"""
        return ProvidersResource(self._client)

    @cached_property
    def requirements(self) -> RequirementsResource:
        """`kota.requirements`"""
        return RequirementsResource(self._client)

    @cached_property
    def webhook_endpoints(self) -> WebhookEndpointsResource:
        """`kota.webhook_endpoints`"""
        return WebhookEndpointsResource(self._client)


class ContributionReportsResource(Namespace):
    """`kota.contribution_reports`: operations under /contribution_reports."""

    @cached_property
    def employee_breakdowns(self) -> ContributionReportsEmployeeBreakdownsResource:
        """`kota.contribution_reports.employee_breakdowns`"""
        return ContributionReportsEmployeeBreakdownsResource(self._client)

    async def finalize(
        self,
        contribution_report_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> ContributionReportResponse:
        """Finalize a contribution report

        `POST /contribution_reports/{contribution_report_id}/finalize` (FinalizeContributionReport).
        """
        from .api.contribution_reports.finalize_contribution_report import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "contribution_report_id": contribution_report_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        employer_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        month: int | Unset = UNSET,
        year: int | Unset = UNSET,
        external_customer_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ContributionReportResponse]:
        """List contribution reports

        `GET /contribution_reports` (ListContributionReports). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.contribution_reports.list_contribution_reports import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "employer_id": employer_id,
                "status": status,
                "month": month,
                "year": year,
                "external_customer_id": external_customer_id,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        contribution_report_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> ContributionReportResponse:
        """Retrieve a contribution report

        `GET /contribution_reports/{contribution_report_id}` (RetrieveContributionReport).
        """
        from .api.contribution_reports.retrieve_contribution_report import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "contribution_report_id": contribution_report_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class ContributionReportsEmployeeBreakdownsResource(Namespace):
    """`kota.contribution_reports.employee_breakdowns`: operations under /contribution_reports/employee_breakdowns."""

    def list(
        self,
        contribution_report_id: str,
        /,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ContributionReportEmployeeBreakdownResponse]:
        """List the employee breakdowns of a contribution report

        `GET /contribution_reports/{contribution_report_id}/employee_breakdowns` (ListEmployeeBreakdownsForContributionReport). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.contribution_reports.list_employee_breakdowns_for_contribution_report import (
            ENDPOINT,
            ITEM,
        )

        request = Request(
            ENDPOINT,
            {
                "contribution_report_id": contribution_report_id,
            },
            {},
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        contribution_report_id: str,
        employee_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> ContributionReportEmployeeBreakdownResponse:
        """Retrieve an employee's breakdown in a contribution report

        `GET /contribution_reports/{contribution_report_id}/employee_breakdowns/{employee_id}` (RetrieveEmployeeBreakdownForContributionReport).
        """
        from .api.contribution_reports.retrieve_employee_breakdown_for_contribution_report import (
            ENDPOINT,
        )

        request = Request(
            ENDPOINT,
            {
                "contribution_report_id": contribution_report_id,
                "employee_id": employee_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class DependentsManagementIntentsResource(Namespace):
    """`kota.dependents_management_intents`: operations under /dependents_management_intents."""

    @cached_property
    def associated_persons_eligibility(
        self,
    ) -> DependentsManagementIntentsAssociatedPersonsEligibilityResource:
        """`kota.dependents_management_intents.associated_persons_eligibility`"""
        return DependentsManagementIntentsAssociatedPersonsEligibilityResource(self._client)

    @cached_property
    def dependents(self) -> DependentsManagementIntentsDependentsResource:
        """`kota.dependents_management_intents.dependents`"""
        return DependentsManagementIntentsDependentsResource(self._client)

    async def cancel(
        self,
        dependents_management_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel a dependents management intent

        `POST /dependents_management_intents/{dependents_management_intent_id}/cancel` (CancelDependentsManagementIntent).
        """
        from .api.dependents_management_intents.cancel_dependents_management_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "dependents_management_intent_id": dependents_management_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def confirm(
        self,
        dependents_management_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Confirm a dependents management intent

        `POST /dependents_management_intents/{dependents_management_intent_id}/confirm` (ConfirmDependentsManagementIntent).
        """
        from .api.dependents_management_intents.confirm_dependents_management_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "dependents_management_intent_id": dependents_management_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def retrieve(
        self,
        dependents_management_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> DependentsManagementIntentResponse:
        """Fetch one dependents management intent

        `GET /dependents_management_intents/{dependents_management_intent_id}` (RetrieveDependentsManagementIntent).
        """
        from .api.dependents_management_intents.retrieve_dependents_management_intent import (
            ENDPOINT,
        )

        request = Request(
            ENDPOINT,
            {
                "dependents_management_intent_id": dependents_management_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class DependentsManagementIntentsAssociatedPersonsEligibilityResource(Namespace):
    """`kota.dependents_management_intents.associated_persons_eligibility`: operations under /dependents_management_intents/associated_persons_eligibility."""

    def list(
        self,
        dependents_management_intent_id: str,
        /,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AssociatedPersonEligibilityResponse]:
        """List which associated persons may be added as dependants

        `GET /dependents_management_intents/{dependents_management_intent_id}/associated_persons_eligibility` (GetAssociatedPersonsEligibility). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.dependents_management_intents.get_associated_persons_eligibility import (
            ENDPOINT,
            ITEM,
        )

        request = Request(
            ENDPOINT,
            {
                "dependents_management_intent_id": dependents_management_intent_id,
            },
            {},
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )


class DependentsManagementIntentsDependentsResource(Namespace):
    """`kota.dependents_management_intents.dependents`: operations under /dependents_management_intents/dependents."""

    async def create(
        self,
        dependents_management_intent_id: str,
        /,
        *,
        associated_person_ids: Sequence[str],
        dependent_coverage_selections: None
        | Sequence[DependentCoverageSelectionsRequest | Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DependentsManagementIntentResponse:
        """Add dependants to a dependents management intent

        `POST /dependents_management_intents/{dependents_management_intent_id}/dependents` (AddDependentsToDependentsManagementIntent).
        """
        from .api.dependents_management_intents.add_dependents_to_dependents_management_intent import (
            ENDPOINT,
        )

        request = Request(
            ENDPOINT,
            {
                "dependents_management_intent_id": dependents_management_intent_id,
            },
            {},
            {
                "associated_person_ids": associated_person_ids,
                "dependent_coverage_selections": dependent_coverage_selections,
            },
        )
        return await self._client.call(request, options)

    async def delete(
        self,
        dependents_management_intent_id: str,
        associated_person_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> DependentsManagementIntentResponse:
        """Remove a dependant from a dependents management intent

        `DELETE /dependents_management_intents/{dependents_management_intent_id}/dependents/{associated_person_id}` (RemoveDependentFromDependentsManagementIntent).
        """
        from .api.dependents_management_intents.remove_dependent_from_dependents_management_intent import (
            ENDPOINT,
        )

        request = Request(
            ENDPOINT,
            {
                "dependents_management_intent_id": dependents_management_intent_id,
                "associated_person_id": associated_person_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class EmbedSessionsResource(Namespace):
    """`kota.embed_sessions`: operations under /embed_sessions."""

    async def create(
        self,
        *,
        employer_id: str,
        employee_id: None | str | Unset = UNSET,
        external_customer_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateSessionTokenResponse:
        """Create an embed session token

        `POST /embed/sessions` (CreateEmbedSession).
        """
        from .api.embed_sessions.create_embed_session import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "employer_id": employer_id,
                "employee_id": employee_id,
                "external_customer_id": external_customer_id,
            },
        )
        return await self._client.call(request, options)


class EmployeesResource(Namespace):
    """`kota.employees`: operations under /employees."""

    @cached_property
    def associated_persons(self) -> EmployeesAssociatedPersonsResource:
        """`kota.employees.associated_persons`"""
        return EmployeesAssociatedPersonsResource(self._client)

    @cached_property
    def health_insurance(self) -> EmployeesHealthInsuranceResource:
        """`kota.employees.health_insurance`"""
        return EmployeesHealthInsuranceResource(self._client)

    async def cancel_offboarding(
        self,
        employee_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployeeResponse:
        """Cancel an employee's offboarding

        `POST /employees/{employee_id}/offboard/cancel` (CancelOffboardingEmployee).
        """
        from .api.employees.cancel_offboarding_employee import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def create(
        self,
        *,
        employer_id: str,
        first_name: str,
        last_name: str,
        date_of_birth: datetime.date,
        sex_at_birth: SexAtBirth | str,
        home_address: AddressModel | Mapping[str, Any],
        national_tax_id: str,
        start_on: datetime.date,
        phone_number: str,
        email: str,
        external_customer_id: None | str | Unset = UNSET,
        nationality: CountryCode | str | None | Unset = UNSET,
        earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
        bank_account: CreateEmployeeBankAccount | Mapping[str, Any] | None | Unset = UNSET,
        metadata: None | CreateEmployeeRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EmployeeResponse:
        """Create an employee

        `POST /employees` (CreateEmployee).
        """
        from .api.employees.create_employee import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "employer_id": employer_id,
                "first_name": first_name,
                "last_name": last_name,
                "date_of_birth": date_of_birth,
                "sex_at_birth": sex_at_birth,
                "home_address": home_address,
                "national_tax_id": national_tax_id,
                "start_on": start_on,
                "phone_number": phone_number,
                "email": email,
                "external_customer_id": external_customer_id,
                "nationality": nationality,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "bank_account": bank_account,
                "metadata": metadata,
            },
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        filter: str | Unset = UNSET,
        employer_id: str | Unset = UNSET,
        external_customer_id: str | Unset = UNSET,
        metadata_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EmployeeResponse]:
        """List employees

        `GET /employees` (ListEmployees). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.employees.list_employees import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "filter": filter,
                "employer_id": employer_id,
                "external_customer_id": external_customer_id,
                "metadata_id": metadata_id,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def offboard(
        self,
        employee_id: str,
        /,
        *,
        offboard_on: datetime.datetime,
        offboard_reason: str,
        **options: Unpack[RequestOptions],
    ) -> EmployeeResponse:
        """Offboard an employee

        `POST /employees/{employee_id}/offboard` (OffboardEmployee).
        """
        from .api.employees.offboard_employee import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {},
            {
                "offboard_on": offboard_on,
                "offboard_reason": offboard_reason,
            },
        )
        return await self._client.call(request, options)

    async def retrieve(
        self,
        employee_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployeeResponse:
        """Retrieve an employee

        `GET /employees/{employee_id}` (RetrieveEmployee).
        """
        from .api.employees.retrieve_employee import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def update(
        self,
        employee_id: str,
        /,
        *,
        first_name: None | str | Unset = UNSET,
        last_name: None | str | Unset = UNSET,
        home_address: AddressModelWithoutCountry | Mapping[str, Any] | None | Unset = UNSET,
        nationality: CountryCode | str | None | Unset = UNSET,
        national_tax_id: None | str | Unset = UNSET,
        phone_number: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        start_on: None | datetime.date | Unset = UNSET,
        earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
        bank_account: CreateEmployeeBankAccount | Mapping[str, Any] | None | Unset = UNSET,
        metadata: None | UpdateEmployeeRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EmployeeResponse:
        """Update an employee

        `PUT /employees/{employee_id}` (UpdateEmployee).
        """
        from .api.employees.update_employee import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {},
            {
                "first_name": first_name,
                "last_name": last_name,
                "home_address": home_address,
                "nationality": nationality,
                "national_tax_id": national_tax_id,
                "phone_number": phone_number,
                "email": email,
                "start_on": start_on,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "bank_account": bank_account,
                "metadata": metadata,
            },
        )
        return await self._client.call(request, options)


class EmployeesAssociatedPersonsResource(Namespace):
    """`kota.employees.associated_persons`: operations under /employees/associated_persons."""

    async def create(
        self,
        employee_id: str,
        /,
        *,
        first_name: str,
        last_name: str,
        date_of_birth: datetime.date,
        sex_at_birth: SexAtBirth | str,
        relationship_type: RelationshipType | str,
        email: None | str | Unset = UNSET,
        phone_number: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AssociatedPersonResponse:
        """Add an associated person to an employee

        `POST /employees/{employee_id}/associated_persons` (CreateAssociatedPerson).
        """
        from .api.associated_persons.create_associated_person import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {},
            {
                "first_name": first_name,
                "last_name": last_name,
                "date_of_birth": date_of_birth,
                "sex_at_birth": sex_at_birth,
                "relationship_type": relationship_type,
                "email": email,
                "phone_number": phone_number,
            },
        )
        return await self._client.call(request, options)

    async def delete(
        self,
        employee_id: str,
        associated_person_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> AssociatedPersonResponse:
        """Delete an associated person

        `DELETE /employees/{employee_id}/associated_persons/{associated_person_id}` (DeleteAssociatedPerson).
        """
        from .api.associated_persons.delete_associated_person import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
                "associated_person_id": associated_person_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    def list(
        self,
        employee_id: str,
        /,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AssociatedPersonResponse]:
        """List an employee's associated persons

        `GET /employees/{employee_id}/associated_persons` (ListAssociatedPersons). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.associated_persons.list_associated_persons import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {},
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        employee_id: str,
        associated_person_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> AssociatedPersonResponse:
        """Retrieve an associated person

        `GET /employees/{employee_id}/associated_persons/{associated_person_id}` (RetrieveAssociatedPerson).
        """
        from .api.associated_persons.retrieve_associated_person import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
                "associated_person_id": associated_person_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def update(
        self,
        employee_id: str,
        associated_person_id: str,
        /,
        *,
        first_name: None | str | Unset = UNSET,
        last_name: None | str | Unset = UNSET,
        date_of_birth: None | datetime.date | Unset = UNSET,
        sex_at_birth: SexAtBirth | str | None | Unset = UNSET,
        relationship_type: RelationshipType | str | None | Unset = UNSET,
        email: None | str | Unset = UNSET,
        phone_number: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AssociatedPersonResponse:
        """Update an associated person

        `PUT /employees/{employee_id}/associated_persons/{associated_person_id}` (UpdateAssociatedPerson).
        """
        from .api.associated_persons.update_associated_person import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
                "associated_person_id": associated_person_id,
            },
            {},
            {
                "first_name": first_name,
                "last_name": last_name,
                "date_of_birth": date_of_birth,
                "sex_at_birth": sex_at_birth,
                "relationship_type": relationship_type,
                "email": email,
                "phone_number": phone_number,
            },
        )
        return await self._client.call(request, options)


class EmployeesHealthInsuranceResource(Namespace):
    """`kota.employees.health_insurance`: operations under /employees/health_insurance."""

    @cached_property
    def offers(self) -> EmployeesHealthInsuranceOffersResource:
        """`kota.employees.health_insurance.offers`"""
        return EmployeesHealthInsuranceOffersResource(self._client)

    @cached_property
    def policies(self) -> EmployeesHealthInsurancePoliciesResource:
        """`kota.employees.health_insurance.policies`"""
        return EmployeesHealthInsurancePoliciesResource(self._client)


class EmployeesHealthInsuranceOffersResource(Namespace):
    """`kota.employees.health_insurance.offers`: operations under /employees/health_insurance/offers."""

    def list(
        self,
        employee_id: str,
        /,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EmployeeHealthInsuranceOfferResponse]:
        """List an employee's health insurance offers

        `GET /employees/{employee_id}/health_insurance/offers` (ListEmployeeHealthInsuranceOffers). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.health_insurance.list_employee_health_insurance_offers import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {},
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        employee_id: str,
        employee_offer_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployeeHealthInsuranceOfferResponse:
        """Retrieve an employee's health insurance offer

        `GET /employees/{employee_id}/health_insurance/offers/{employee_offer_id}` (RetrieveEmployeeHealthInsuranceOffer).
        """
        from .api.health_insurance.retrieve_employee_health_insurance_offer import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
                "employee_offer_id": employee_offer_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class EmployeesHealthInsurancePoliciesResource(Namespace):
    """`kota.employees.health_insurance.policies`: operations under /employees/health_insurance/policies."""

    def list(
        self,
        employee_id: str,
        /,
        *,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EmployeeHealthInsurancePolicyResponse]:
        """List an employee's health insurance policies

        `GET /employees/{employee_id}/health_insurance/policies` (ListEmployeeHealthInsurancePolicies). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.health_insurance.list_employee_health_insurance_policies import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
            },
            {
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        employee_id: str,
        employee_policy_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployeeHealthInsurancePolicyResponse:
        """Retrieve an employee's health insurance policy

        `GET /employees/{employee_id}/health_insurance/policies/{employee_policy_id}` (RetrieveEmployeeHealthInsurancePolicy).
        """
        from .api.health_insurance.retrieve_employee_health_insurance_policy import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employee_id": employee_id,
                "employee_policy_id": employee_policy_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class EmployersResource(Namespace):
    """`kota.employers`: operations under /employers."""

    @cached_property
    def health_insurance(self) -> EmployersHealthInsuranceResource:
        """`kota.employers.health_insurance`"""
        return EmployersHealthInsuranceResource(self._client)

    async def create(
        self,
        *,
        legal_name: str,
        legal_address: AddressModel | Mapping[str, Any],
        contact: ContactModel | Mapping[str, Any],
        registration_number: None | str | Unset = UNSET,
        earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
        metadata: None | CreateEmployerRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EmployerResponse:
        """Create an employer

        `POST /employers` (CreateEmployer).
        """
        from .api.employers.create_employer import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "legal_name": legal_name,
                "legal_address": legal_address,
                "contact": contact,
                "registration_number": registration_number,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "metadata": metadata,
            },
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        filter: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EmployerResponse]:
        """List employers

        `GET /employers` (ListEmployers). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.employers.list_employers import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "filter": filter,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def offboard(
        self,
        employer_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployerResponse:
        """Offboard an employer

        `POST /employers/{employer_id}/offboard` (OffboardEmployer).
        """
        from .api.employers.offboard_employer import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employer_id": employer_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def retrieve(
        self,
        employer_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployerResponse:
        """Retrieve an employer

        `GET /employers/{employer_id}` (RetrieveEmployer).
        """
        from .api.employers.retrieve_employer import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employer_id": employer_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def update(
        self,
        employer_id: str,
        /,
        *,
        legal_name: None | str | Unset = UNSET,
        registration_number: None | str | Unset = UNSET,
        legal_address: AddressModelWithoutCountry | Mapping[str, Any] | None | Unset = UNSET,
        contact: ContactModel | Mapping[str, Any] | None | Unset = UNSET,
        earliest_benefits_start_date: None | datetime.date | Unset = UNSET,
        metadata: None | UpdateEmployerRequestMetadataType1 | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EmployerResponse:
        """Update an employer

        `PUT /employers/{employer_id}` (UpdateEmployer).
        """
        from .api.employers.update_employer import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employer_id": employer_id,
            },
            {},
            {
                "legal_name": legal_name,
                "registration_number": registration_number,
                "legal_address": legal_address,
                "contact": contact,
                "earliest_benefits_start_date": earliest_benefits_start_date,
                "metadata": metadata,
            },
        )
        return await self._client.call(request, options)


class EmployersHealthInsuranceResource(Namespace):
    """`kota.employers.health_insurance`: operations under /employers/health_insurance."""

    @cached_property
    def policies(self) -> EmployersHealthInsurancePoliciesResource:
        """`kota.employers.health_insurance.policies`"""
        return EmployersHealthInsurancePoliciesResource(self._client)

    @cached_property
    def quotes(self) -> EmployersHealthInsuranceQuotesResource:
        """`kota.employers.health_insurance.quotes`"""
        return EmployersHealthInsuranceQuotesResource(self._client)


class EmployersHealthInsurancePoliciesResource(Namespace):
    """`kota.employers.health_insurance.policies`: operations under /employers/health_insurance/policies."""

    def list(
        self,
        employer_id: str,
        /,
        *,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EmployerHealthInsurancePolicyResponse]:
        """List an employer's health insurance policies

        `GET /employers/{employer_id}/health_insurance/policies` (ListEmployerHealthInsurancePolicies). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.health_insurance.list_employer_health_insurance_policies import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "employer_id": employer_id,
            },
            {
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        employer_id: str,
        employer_policy_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployerHealthInsurancePolicyResponse:
        """Retrieve an employer's health insurance policy

        `GET /employers/{employer_id}/health_insurance/policies/{employer_policy_id}` (RetrieveEmployerHealthInsurancePolicy).
        """
        from .api.health_insurance.retrieve_employer_health_insurance_policy import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employer_id": employer_id,
                "employer_policy_id": employer_policy_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class EmployersHealthInsuranceQuotesResource(Namespace):
    """`kota.employers.health_insurance.quotes`: operations under /employers/health_insurance/quotes."""

    def list(
        self,
        employer_id: str,
        /,
        *,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EmployerHealthInsuranceQuoteResponse]:
        """List an employer's health insurance quotes

        `GET /employers/{employer_id}/health_insurance/quotes` (ListEmployerHealthInsuranceQuotes). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.health_insurance.list_employer_health_insurance_quotes import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "employer_id": employer_id,
            },
            {
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        employer_id: str,
        employer_quote_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EmployerHealthInsuranceQuoteResponse:
        """Retrieve an employer's health insurance quote

        `GET /employers/{employer_id}/health_insurance/quotes/{employer_quote_id}` (RetrieveEmployerHealthInsuranceQuote).
        """
        from .api.health_insurance.retrieve_employer_health_insurance_quote import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "employer_id": employer_id,
                "employer_quote_id": employer_quote_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class EnrolmentIntentsResource(Namespace):
    """`kota.enrolment_intents`: operations under /enrolment_intents."""

    @cached_property
    def requirements(self) -> EnrolmentIntentsRequirementsResource:
        """`kota.enrolment_intents.requirements`"""
        return EnrolmentIntentsRequirementsResource(self._client)

    async def confirm(
        self,
        enrolment_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Confirm an enrolment intent

        `POST /enrolment_intents/{enrolment_intent_id}/confirm` (ConfirmEnrolmentIntent).
        """
        from .api.enrolment_intents.confirm_enrolment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "enrolment_intent_id": enrolment_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def coverage_selections(
        self,
        enrolment_intent_id: str,
        /,
        *,
        coverage_selections: Sequence[PlanCoverageOptionSelectionRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Choose coverage options on an enrolment intent

        `POST /enrolment_intents/{enrolment_intent_id}/coverage-selections` (SubmitEnrolmentIntentCoverageSelections).
        """
        from .api.enrolment_intents.submit_enrolment_intent_coverage_selections import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "enrolment_intent_id": enrolment_intent_id,
            },
            {},
            {
                "coverage_selections": coverage_selections,
            },
        )
        return await self._client.call(request, options)

    async def create(
        self,
        *,
        employee_id: str,
        group_id: str,
        force_confirmation: bool,
        policy_configuration: PolicyConfigurationRequest | Mapping[str, Any] | None | Unset = UNSET,
        coverage_selections: None
        | Sequence[PlanCoverageOptionSelectionRequest | Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnrolmentIntentResponse:
        """Start an employee's enrolment

        `POST /enrolment_intents` (CreateEnrolmentIntent).
        """
        from .api.enrolment_intents.create_enrolment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "force_confirmation": force_confirmation,
                "policy_configuration": policy_configuration,
                "coverage_selections": coverage_selections,
            },
        )
        return await self._client.call(request, options)

    async def create_dependents_management_intent(
        self,
        enrolment_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> DependentsManagementIntentResponse:
        """Start managing dependants for an enrolment

        `POST /enrolment_intents/{enrolment_intent_id}/create_dependents_management_intent` (CreateDependentsManagementIntentForEnrolmentIntent).
        """
        from .api.enrolment_intents.create_dependents_management_intent_for_enrolment_intent import (
            ENDPOINT,
        )

        request = Request(
            ENDPOINT,
            {
                "enrolment_intent_id": enrolment_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        employee_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EnrolmentIntentResponse]:
        """List enrolment intents

        `GET /enrolment_intents` (ListEnrolmentIntents). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.enrolment_intents.list_enrolment_intents import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def reject(
        self,
        enrolment_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reject an enrolment intent

        `POST /enrolment_intents/{enrolment_intent_id}/reject` (RejectEnrolmentIntent).
        """
        from .api.enrolment_intents.reject_enrolment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "enrolment_intent_id": enrolment_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def retrieve(
        self,
        enrolment_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EnrolmentIntentResponse:
        """Retrieve an enrolment intent

        `GET /enrolment_intents/{enrolment_intent_id}` (RetrieveEnrolmentIntent).
        """
        from .api.enrolment_intents.retrieve_enrolment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "enrolment_intent_id": enrolment_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def update(
        self,
        enrolment_intent_id: str,
        /,
        *,
        desired_policy_start_date: None | datetime.date | Unset = UNSET,
        enrolment_date: None | datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnrolmentIntentResponse:
        """Change an enrolment intent's policy configuration

        `PUT /enrolment_intents/{enrolment_intent_id}` (UpdateEnrolmentIntentConfiguration).
        """
        from .api.enrolment_intents.update_enrolment_intent_configuration import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "enrolment_intent_id": enrolment_intent_id,
            },
            {},
            {
                "desired_policy_start_date": desired_policy_start_date,
                "enrolment_date": enrolment_date,
            },
        )
        return await self._client.call(request, options)


class EnrolmentIntentsRequirementsResource(Namespace):
    """`kota.enrolment_intents.requirements`: operations under /enrolment_intents/requirements."""

    def list(
        self,
        enrolment_intent_id: str,
        /,
        *,
        object_type: RequirementObjectType | str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EnrolmentIntentRequirementResponse]:
        """List an enrolment intent's requirements

        `GET /enrolment_intents/{enrolment_intent_id}/requirements` (ListEnrolmentIntentRequirements). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.enrolment_intents.list_enrolment_intent_requirements import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "enrolment_intent_id": enrolment_intent_id,
            },
            {
                "object_type": object_type,
                "object_id": object_id,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )


class EventsResource(Namespace):
    """`kota.events`: operations under /events."""

    def list(
        self,
        *,
        created_after: datetime.datetime | Unset = UNSET,
        order_direction: OrderDirection | str | Unset = UNSET,
        version: WebhookVersion | str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[EventResponse]:
        """List events

        `GET /events` (ListEvents). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.events.list_events import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "created_after": created_after,
                "order_direction": order_direction,
                "version": version,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def replay(
        self,
        event_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> ReplayEventResponse:
        """Send an event to your webhook endpoints again

        `POST /events/{event_id}/replay` (ReplayEvent).
        """
        from .api.events.replay_event import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "event_id": event_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def retrieve(
        self,
        event_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> EventResponse:
        """Retrieve an event

        `GET /events/{event_id}` (RetrieveEvent).
        """
        from .api.events.retrieve_event import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "event_id": event_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class GroupPoliciesResource(Namespace):
    """`kota.group_policies`: operations under /group_policies."""

    def list(
        self,
        *,
        employer_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GroupPolicyResponse]:
        """List group policies

        `GET /group_policies` (ListGroupPolicies). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.group_policies.list_group_policies import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "employer_id": employer_id,
                "group_id": group_id,
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        group_policy_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> GroupPolicyResponse:
        """Retrieve a group policy

        `GET /group_policies/{group_policy_id}` (RetrieveGroupPolicy).
        """
        from .api.group_policies.retrieve_group_policy import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_policy_id": group_policy_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class GroupPolicyIntentsResource(Namespace):
    """`kota.group_policy_intents`: operations under /group_policy_intents."""

    @cached_property
    def requirements(self) -> GroupPolicyIntentsRequirementsResource:
        """`kota.group_policy_intents.requirements`"""
        return GroupPolicyIntentsRequirementsResource(self._client)

    async def create(
        self,
        *,
        quote_intent_id: str,
        cost_sharing: HealthInsuranceCostSharingConfigurationResponse
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        consent_approvals: None
        | Sequence[ConsentApprovalInput | Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupPolicyIntentResponse:
        """Turn a group quote into a group policy

        `POST /group_policy_intents` (CreateGroupPolicyIntent).
        """
        from .api.group_policy_intents.create_group_policy_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "quote_intent_id": quote_intent_id,
                "cost_sharing": cost_sharing,
                "consent_approvals": consent_approvals,
            },
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        group_id: str | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GroupPolicyIntentResponse]:
        """List group policy intents

        `GET /group_policy_intents` (ListGroupPolicyIntents). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.group_policy_intents.list_group_policy_intents import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "group_id": group_id,
                "plan_id": plan_id,
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        group_policy_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> GroupPolicyIntentResponse:
        """Retrieve a group policy intent

        `GET /group_policy_intents/{group_policy_intent_id}` (RetrieveGroupPolicyIntent).
        """
        from .api.group_policy_intents.retrieve_group_policy_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_policy_intent_id": group_policy_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class GroupPolicyIntentsRequirementsResource(Namespace):
    """`kota.group_policy_intents.requirements`: operations under /group_policy_intents/requirements."""

    def list(
        self,
        group_policy_intent_id: str,
        /,
        *,
        object_type: RequirementObjectType | str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GroupPolicyIntentRequirementResponse]:
        """List a group policy intent's requirements

        `GET /group_policy_intents/{group_policy_intent_id}/requirements` (ListGroupPolicyIntentRequirements). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.group_policy_intents.list_group_policy_intent_requirements import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "group_policy_intent_id": group_policy_intent_id,
            },
            {
                "object_type": object_type,
                "object_id": object_id,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )


class GroupQuoteIntentsResource(Namespace):
    """`kota.group_quote_intents`: operations under /group_quote_intents."""

    @cached_property
    def requirements(self) -> GroupQuoteIntentsRequirementsResource:
        """`kota.group_quote_intents.requirements`"""
        return GroupQuoteIntentsRequirementsResource(self._client)

    async def create(
        self,
        *,
        group_id: str,
        plan_id: str,
        cost_sharing: HealthInsuranceCostSharingConfigurationResponse
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        expected_start_date: None | datetime.date | Unset = UNSET,
        coverage_selections: None
        | Sequence[PlanCoverageOptionSelectionRequest | Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupQuoteIntentResponse:
        """Request a quote for a group

        `POST /group_quote_intents` (CreateGroupQuoteIntent).
        """
        from .api.group_quote_intents.create_group_quote_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "group_id": group_id,
                "plan_id": plan_id,
                "cost_sharing": cost_sharing,
                "expected_start_date": expected_start_date,
                "coverage_selections": coverage_selections,
            },
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        group_id: str | Unset = UNSET,
        plan_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GroupQuoteIntentResponse]:
        """List group quote intents

        `GET /group_quote_intents` (ListGroupQuoteIntents). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.group_quote_intents.list_group_quote_intents import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "group_id": group_id,
                "plan_id": plan_id,
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def quote(
        self,
        group_quote_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> GroupQuoteResponse:
        """Retrieve the quote of a group quote intent

        `GET /group_quote_intents/{group_quote_intent_id}/quote` (GetGroupQuoteIntentQuote).
        """
        from .api.group_quote_intents.get_group_quote_intent_quote import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_quote_intent_id": group_quote_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def reject(
        self,
        group_quote_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reject a group quote

        `POST /group_quote_intents/{group_quote_intent_id}/reject` (RejectGroupQuoteIntent).
        """
        from .api.group_quote_intents.reject_group_quote_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_quote_intent_id": group_quote_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def retrieve(
        self,
        group_quote_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> GroupQuoteIntentResponse:
        """Retrieve a group quote intent

        `GET /group_quote_intents/{group_quote_intent_id}` (RetrieveGroupQuoteIntent).
        """
        from .api.group_quote_intents.retrieve_group_quote_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_quote_intent_id": group_quote_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class GroupQuoteIntentsRequirementsResource(Namespace):
    """`kota.group_quote_intents.requirements`: operations under /group_quote_intents/requirements."""

    def list(
        self,
        group_quote_intent_id: str,
        /,
        *,
        object_type: RequirementObjectType | str | Unset = UNSET,
        object_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GroupQuoteIntentRequirementResponse]:
        """List a group quote intent's requirements

        `GET /group_quote_intents/{group_quote_intent_id}/requirements` (ListGroupQuoteIntentRequirements). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.group_quote_intents.list_group_quote_intent_requirements import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "group_quote_intent_id": group_quote_intent_id,
            },
            {
                "object_type": object_type,
                "object_id": object_id,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )


class GroupsResource(Namespace):
    """`kota.groups`: operations under /groups."""

    @cached_property
    def employees(self) -> GroupsEmployeesResource:
        """`kota.groups.employees`"""
        return GroupsEmployeesResource(self._client)

    async def create(
        self,
        *,
        employer_id: str,
        name: str,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupResponse:
        """Create a group

        `POST /groups` (CreateGroup).
        """
        from .api.groups.create_group import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "employer_id": employer_id,
                "name": name,
                "description": description,
            },
        )
        return await self._client.call(request, options)

    async def eligibility_check(
        self,
        group_id: str,
        /,
        *,
        employee_id: str,
        **options: Unpack[RequestOptions],
    ) -> EligibilityCheckResponse:
        """Check whether an employee is eligible in a group

        `POST /groups/{group_id}/eligibility_check` (CheckGroupEligibility).
        """
        from .api.groups.check_group_eligibility import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_id": group_id,
            },
            {},
            {
                "employee_id": employee_id,
            },
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        employer_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GroupResponse]:
        """List groups

        `GET /groups` (ListGroups). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.groups.list_groups import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "employer_id": employer_id,
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        group_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> GroupResponse:
        """Retrieve a group

        `GET /groups/{group_id}` (RetrieveGroup).
        """
        from .api.groups.retrieve_group import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_id": group_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def update(
        self,
        group_id: str,
        /,
        *,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupResponse:
        """Update a group

        `PUT /groups/{group_id}` (UpdateGroup).
        """
        from .api.groups.update_group import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_id": group_id,
            },
            {},
            {
                "name": name,
                "description": description,
            },
        )
        return await self._client.call(request, options)


class GroupsEmployeesResource(Namespace):
    """`kota.groups.employees`: operations under /groups/employees."""

    async def create(
        self,
        group_id: str,
        /,
        *,
        employee_id: str,
        create_enrolment_intents: None | bool | Unset = UNSET,
        policy_configuration: PolicyConfigurationRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GroupEmployeeResponse:
        """Add an employee to a group

        `POST /groups/{group_id}/employees` (AddEmployeeToGroup).
        """
        from .api.groups.add_employee_to_group import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "group_id": group_id,
            },
            {},
            {
                "employee_id": employee_id,
                "create_enrolment_intents": create_enrolment_intents,
                "policy_configuration": policy_configuration,
            },
        )
        return await self._client.call(request, options)

    def list(
        self,
        group_id: str,
        /,
        *,
        employee_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[GroupEmployeeResponse]:
        """List a group's employees

        `GET /groups/{group_id}/employees` (ListGroupEmployees). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.groups.list_group_employees import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "group_id": group_id,
            },
            {
                "employee_id": employee_id,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )


class HostedSessionsResource(Namespace):
    """`kota.hosted_sessions`: operations under /hosted_sessions."""

    async def create(
        self,
        *,
        employer_id: str,
        employee_id: str,
        **options: Unpack[RequestOptions],
    ) -> CreateHostedSessionTokenResponse:
        """Create a hosted session link

        `POST /hosted/sessions` (CreateHostedSession).
        """
        from .api.hosted_sessions.create_hosted_session import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "employer_id": employer_id,
                "employee_id": employee_id,
            },
        )
        return await self._client.call(request, options)


class PlansResource(Namespace):
    """`kota.plans`: operations under /plans."""

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        provider_id: str | Unset = UNSET,
        country: CountryCode | str | Unset = UNSET,
        available_on: datetime.date | Unset = UNSET,
        group_id: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        sort_by: PlanSortBy | str | Unset = UNSET,
        sort_dir: SortDirection | str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PlanResponse]:
        """List plans

        `GET /plans` (ListPlans). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.plans.list_plans import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "type": type,
                "provider_id": provider_id,
                "country": country,
                "available_on": available_on,
                "group_id": group_id,
                "start_date": start_date,
                "sort_by": sort_by,
                "sort_dir": sort_dir,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        plan_id: str,
        /,
        *,
        group_id: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PlanResponse:
        """Retrieve a plan

        `GET /plans/{plan_id}` (RetrievePlan).
        """
        from .api.plans.retrieve_plan import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "plan_id": plan_id,
            },
            {
                "group_id": group_id,
                "start_date": start_date,
            },
            None,
        )
        return await self._client.call(request, options)


class PoliciesResource(Namespace):
    """`kota.policies`: operations under /policies."""

    @cached_property
    def policy_amendment_intents(self) -> PoliciesPolicyAmendmentIntentsResource:
        """`kota.policies.policy_amendment_intents`"""
        return PoliciesPolicyAmendmentIntentsResource(self._client)

    def list(
        self,
        *,
        employee_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        group_policy_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PolicyResponse]:
        """List policies

        `GET /policies` (ListPolicies). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.policies.list_policies import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "group_policy_id": group_policy_id,
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        policy_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> PolicyResponse:
        """Retrieve a policy

        `GET /policies/{policy_id}` (RetrievePolicy).
        """
        from .api.policies.retrieve_policy import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "policy_id": policy_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class PoliciesPolicyAmendmentIntentsResource(Namespace):
    """`kota.policies.policy_amendment_intents`: operations under /policies/policy_amendment_intents."""

    async def cancel(
        self,
        policy_id: str,
        id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel a policy amendment

        `POST /policies/{policy_id}/policy_amendment_intents/{id}/cancel` (CancelPolicyAmendmentIntent).
        """
        from .api.policy_amendment_intents.cancel_policy_amendment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "policy_id": policy_id,
                "id": id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def confirm(
        self,
        policy_id: str,
        policy_amendment_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Confirm a policy amendment

        `POST /policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}/confirm` (ConfirmPolicyAmendmentIntent).
        """
        from .api.policy_amendment_intents.confirm_policy_amendment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "policy_id": policy_id,
                "policy_amendment_intent_id": policy_amendment_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def create(
        self,
        policy_id: str,
        /,
        *,
        amendment_reason: PolicyAmendmentReasonRequest | Mapping[str, Any],
        requested_changes: Sequence[PolicyAmendmentRequestedChangeRequest | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> PolicyAmendmentIntentResponse:
        """Request a change to a policy

        `POST /policies/{policy_id}/policy_amendment_intents` (CreatePolicyAmendmentIntent).
        """
        from .api.policy_amendment_intents.create_policy_amendment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "policy_id": policy_id,
            },
            {},
            {
                "amendment_reason": amendment_reason,
                "requested_changes": requested_changes,
            },
        )
        return await self._client.call(request, options)

    async def create_dependents_management_intent(
        self,
        policy_id: str,
        id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> DependentsManagementIntentResponse:
        """Start managing dependants for a policy amendment

        `POST /policies/{policy_id}/policy_amendment_intents/{id}/create_dependents_management_intent` (CreateDependentsManagementIntentForPolicyAmendment).
        """
        from .api.policy_amendment_intents.create_dependents_management_intent_for_policy_amendment import (
            ENDPOINT,
        )

        request = Request(
            ENDPOINT,
            {
                "policy_id": policy_id,
                "id": id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    def list(
        self,
        policy_id: str,
        /,
        *,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PolicyAmendmentIntentResponse]:
        """List a policy's amendment intents

        `GET /policies/{policy_id}/policy_amendment_intents` (ListPolicyAmendmentIntents). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.policy_amendment_intents.list_policy_amendment_intents import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {
                "policy_id": policy_id,
            },
            {
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        policy_id: str,
        policy_amendment_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> PolicyAmendmentIntentResponse:
        """Fetch one amendment intent of a policy

        `GET /policies/{policy_id}/policy_amendment_intents/{policy_amendment_intent_id}` (RetrievePolicyAmendmentIntent).
        """
        from .api.policy_amendment_intents.retrieve_policy_amendment_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "policy_id": policy_id,
                "policy_amendment_intent_id": policy_amendment_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class PolicyImportIntentsResource(Namespace):
    """`kota.policy_import_intents`: operations under /policy_import_intents."""

    async def create(
        self,
        *,
        employee_id: str,
        group_id: str,
        provider_policy_number: str,
        member_number: str,
        policy_start_date: datetime.date,
        policy_end_date: None | datetime.date | Unset = UNSET,
        associated_persons: None
        | Sequence[CreatePolicyImportIntentAssociatedPersonRequest | Mapping[str, Any]]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PolicyImportIntentResponse:
        """Import an existing policy

        `POST /policy_import_intents` (CreatePolicyImportIntent).
        """
        from .api.policy_import_intents.create_policy_import_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {},
            {},
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "provider_policy_number": provider_policy_number,
                "member_number": member_number,
                "policy_start_date": policy_start_date,
                "policy_end_date": policy_end_date,
                "associated_persons": associated_persons,
            },
        )
        return await self._client.call(request, options)

    def list(
        self,
        *,
        employee_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PolicyImportIntentResponse]:
        """List policy import intents

        `GET /policy_import_intents` (ListPolicyImportIntents). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.policy_import_intents.list_policy_import_intents import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "employee_id": employee_id,
                "group_id": group_id,
                "status": status,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        policy_import_intent_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> PolicyImportIntentResponse:
        """Fetch one policy import intent

        `GET /policy_import_intents/{policy_import_intent_id}` (RetrievePolicyImportIntent).
        """
        from .api.policy_import_intents.retrieve_policy_import_intent import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "policy_import_intent_id": policy_import_intent_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class ProvidersResource(Namespace):
    """`kota.providers`: operations under /providers."""

    def list(
        self,
        *,
        country: CountryCode | str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ProviderResponse]:
        """List providers

        `GET /providers` (ListProviders). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.providers.list_providers import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {
                "country": country,
            },
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        provider_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> ProviderResponse:
        """Retrieve a provider

        `GET /providers/{provider_id}` (RetrieveProvider).
        """
        from .api.providers.retrieve_provider import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "provider_id": provider_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)


class RequirementsResource(Namespace):
    """`kota.requirements`: operations under /requirements."""

    async def retrieve(
        self,
        requirement_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> RequirementsGetRequirementResponse200:
        """Retrieve a requirement

        `GET /requirements/{requirement_id}` (get-requirement).
        """
        from .api.requirements.get_requirement import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "requirement_id": requirement_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)

    async def submit_answers(
        self,
        requirement_id: str,
        /,
        *,
        answers: RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers
        | Mapping[str, Any]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RequirementsSubmitAnswersResponse200:
        """Submit answers to a requirement

        `POST /requirements/{requirement_id}` (submit-answers).
        """
        from .api.requirements.submit_answers import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "requirement_id": requirement_id,
            },
            {},
            {
                "answers": answers,
            },
        )
        return await self._client.call(request, options)


class WebhookEndpointsResource(Namespace):
    """`kota.webhook_endpoints`: operations under /webhook_endpoints."""

    def list(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[WebhookEndpointResponse]:
        """List webhook endpoints

        `GET /webhooks/endpoints` (ListWebhookEndpoints). Returns a pager: `async for`
        it for every item across pages, or `await` it for the first page.
        """
        from .api.webhooks.list_webhook_endpoints import ENDPOINT, ITEM

        request = Request(
            ENDPOINT,
            {},
            {},
            None,
        )
        return self._client.paginate(
            request, ITEM, options, page_size=page_size, limit=limit, prefetch=prefetch
        )

    async def retrieve(
        self,
        webhook_endpoint_id: str,
        /,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointResponse:
        """Retrieve a webhook endpoint

        `GET /webhooks/endpoints/{webhook_endpoint_id}` (RetrieveWebhookEndpoint).
        """
        from .api.webhooks.retrieve_webhook_endpoint import ENDPOINT

        request = Request(
            ENDPOINT,
            {
                "webhook_endpoint_id": webhook_endpoint_id,
            },
            {},
            None,
        )
        return await self._client.call(request, options)
