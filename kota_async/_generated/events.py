"""GENERATED from the `webhooks` section of openapi/kota.yaml; do not edit by hand.

Which payload model each webhook event decodes into. Kota sends two families of payload:
"v1" carries `api_version` (e.g. "1.0"), "v2" carries `version` (e.g. "V2"). Models are
imported only when an event of their type arrives.
"""

from __future__ import annotations

import importlib
from typing import Any

EVENT_MODELS: dict[tuple[str, str], str] = {
    ("associated_person.updated", "v2"): "AssociatedPersonUpdatedV2Webhook",
    ("contribution_report.finalized", "v1"): "ContributionReportFinalizedWebhook",
    ("contribution_report.finalized", "v2"): "ContributionReportFinalizedV2Webhook",
    (
        "dependents_management_intent.action_required",
        "v2",
    ): "DependentsManagementIntentActionRequiredV2Webhook",
    (
        "dependents_management_intent.completed",
        "v2",
    ): "DependentsManagementIntentCompletedV2Webhook",
    (
        "dependents_management_intent.not_undertaken",
        "v2",
    ): "DependentsManagementIntentNotUndertakenV2Webhook",
    ("employee.created", "v1"): "EmployeeCreatedWebhook",
    ("employee.created", "v2"): "EmployeeCreatedV2Webhook",
    (
        "employee.health_insurance.offer.action_required",
        "v1",
    ): "EmployeeHealthInsuranceOfferActionRequiredWebhook",
    (
        "employee.health_insurance.offer.action_required",
        "v2",
    ): "EmployeeHealthInsuranceOfferActionRequiredV2Webhook",
    (
        "employee.health_insurance.policy.activated",
        "v1",
    ): "EmployeeHealthInsurancePolicyActivatedWebhook",
    (
        "employee.health_insurance.policy.activated",
        "v2",
    ): "EmployeeHealthInsurancePolicyActivatedV2Webhook",
    (
        "employee.health_insurance.policy.cancelled",
        "v1",
    ): "EmployeeHealthInsurancePolicyCancelledWebhook",
    (
        "employee.health_insurance.policy.cancelled",
        "v2",
    ): "EmployeeHealthInsurancePolicyCancelledV2Webhook",
    (
        "employee.health_insurance.policy.expired",
        "v1",
    ): "EmployeeHealthInsurancePolicyExpiredWebhook",
    (
        "employee.health_insurance.policy.expired",
        "v2",
    ): "EmployeeHealthInsurancePolicyExpiredV2Webhook",
    (
        "employee.health_insurance.policy.imported",
        "v2",
    ): "EmployeeHealthInsurancePolicyImportedV2Webhook",
    ("employee.offboarded", "v1"): "EmployeeOffboardedWebhook",
    ("employee.offboarded", "v2"): "EmployeeOffboardedV2Webhook",
    ("employee.updated", "v1"): "EmployeeUpdatedWebhook",
    ("employee.updated", "v2"): "EmployeeUpdatedV2Webhook",
    ("employer.created", "v1"): "EmployerCreatedWebhook",
    ("employer.created", "v2"): "EmployerCreatedV2Webhook",
    (
        "employer.health_insurance.quote.accepted",
        "v1",
    ): "EmployerHealthInsuranceQuoteAcceptedWebhook",
    (
        "employer.health_insurance.quote.accepted",
        "v2",
    ): "EmployerHealthInsuranceQuoteAcceptedV2Webhook",
    (
        "employer.health_insurance.quote.action_required",
        "v1",
    ): "EmployerHealthInsuranceQuoteActionRequiredWebhook",
    (
        "employer.health_insurance.quote.action_required",
        "v2",
    ): "EmployerHealthInsuranceQuoteActionRequiredV2Webhook",
    ("employer.health_insurance.quote.created", "v1"): "EmployerHealthInsuranceQuoteCreatedWebhook",
    (
        "employer.health_insurance.quote.created",
        "v2",
    ): "EmployerHealthInsuranceQuoteCreatedV2Webhook",
    (
        "employer.health_insurance.quote.not_undertaken",
        "v1",
    ): "EmployerHealthInsuranceQuoteNotUndertakenWebhook",
    (
        "employer.health_insurance.quote.not_undertaken",
        "v2",
    ): "EmployerHealthInsuranceQuoteNotUndertakenV2Webhook",
    (
        "employer.health_insurance.quote.pending_insurer_acceptance",
        "v1",
    ): "EmployerHealthInsuranceQuotePendingInsurerAcceptanceWebhook",
    (
        "employer.health_insurance.quote.pending_insurer_acceptance",
        "v2",
    ): "EmployerHealthInsuranceQuotePendingInsurerAcceptanceV2Webhook",
    (
        "employer.health_insurance.quote.pending_quote",
        "v1",
    ): "EmployerHealthInsuranceQuotePendingWebhook",
    (
        "employer.health_insurance.quote.pending_quote",
        "v2",
    ): "EmployerHealthInsuranceQuotePendingV2Webhook",
    ("employer.offboarded", "v1"): "EmployerOffboardedWebhook",
    ("employer.offboarded", "v2"): "EmployerOffboardedV2Webhook",
    ("employer.updated", "v1"): "EmployerUpdatedWebhook",
    ("employer.updated", "v2"): "EmployerUpdatedV2Webhook",
    ("enrolment_intent.action_required", "v2"): "EnrolmentIntentActionRequiredV2Webhook",
    (
        "enrolment_intent.addon_selection_required",
        "v2",
    ): "EnrolmentIntentAddonSelectionRequiredV2Webhook",
    ("enrolment_intent.enrolled", "v2"): "EnrolmentIntentEnrolledV2Webhook",
    ("enrolment_intent.enrolling", "v2"): "EnrolmentIntentEnrollingV2Webhook",
    ("enrolment_intent.ineligible", "v2"): "EnrolmentIntentIneligibleV2Webhook",
    ("enrolment_intent.not_undertaken", "v2"): "EnrolmentIntentNotUndertakenV2Webhook",
    ("enrolment_intent.pending_confirmation", "v2"): "EnrolmentIntentPendingConfirmationV2Webhook",
    ("enrolment_intent.processing", "v2"): "EnrolmentIntentProcessingV2Webhook",
    ("enrolment_intent.scheduled", "v2"): "EnrolmentIntentScheduledV2Webhook",
    ("group.archived", "v2"): "GroupArchivedV2Webhook",
    ("group.created", "v2"): "GroupCreatedV2Webhook",
    ("group.employee.added", "v2"): "GroupEmployeeAddedV2Webhook",
    ("group.employee.eligible", "v2"): "GroupEmployeeEligibleV2Webhook",
    ("group.employee.move.scheduled", "v2"): "GroupEmployeeMoveScheduledV2Webhook",
    ("group.employee.moved", "v2"): "GroupEmployeeMovedV2Webhook",
    ("group.employee.removed", "v2"): "GroupEmployeeRemovedV2Webhook",
    ("group.ready", "v2"): "GroupReadyV2Webhook",
    ("group.updated", "v2"): "GroupUpdatedV2Webhook",
    ("group_policy.active", "v2"): "GroupPolicyActiveV2Webhook",
    ("group_policy.cancelled", "v2"): "GroupPolicyCancelledV2Webhook",
    ("group_policy.expired", "v2"): "GroupPolicyExpiredV2Webhook",
    ("group_policy.renewal.canceled", "v2"): "GroupPolicyRenewalCanceledV2Webhook",
    ("group_policy.renewal.opened", "v2"): "GroupPolicyRenewalOpenedV2Webhook",
    ("group_policy.renewal.renewed", "v2"): "GroupPolicyRenewalRenewedV2Webhook",
    ("group_policy.scheduled", "v2"): "GroupPolicyScheduledV2Webhook",
    ("group_policy.updated", "v2"): "GroupPolicyUpdatedV2Webhook",
    ("group_policy_intent.action_required", "v2"): "GroupPolicyIntentActionRequiredV2Webhook",
    ("group_policy_intent.expired", "v2"): "GroupPolicyIntentExpiredV2Webhook",
    (
        "group_policy_intent.manual_renewal_gathering_required",
        "v2",
    ): "GroupPolicyIntentManualRenewalGatheringRequiredV2Webhook",
    (
        "group_policy_intent.pending_provider_approval",
        "v2",
    ): "GroupPolicyIntentPendingProviderApprovalV2Webhook",
    ("group_policy_intent.policy_created", "v2"): "GroupPolicyIntentPolicyCreatedV2Webhook",
    ("group_policy_intent.processing", "v2"): "GroupPolicyIntentProcessingV2Webhook",
    ("group_policy_intent.provider_rejected", "v2"): "GroupPolicyIntentProviderRejectedV2Webhook",
    ("group_quote_intent.action_required", "v2"): "GroupQuoteIntentActionRequiredV2Webhook",
    ("group_quote_intent.awaiting_quote", "v2"): "GroupQuoteIntentAwaitingQuoteV2Webhook",
    ("group_quote_intent.processing", "v2"): "GroupQuoteIntentProcessingV2Webhook",
    ("group_quote_intent.quote_available", "v2"): "GroupQuoteIntentQuoteAvailableV2Webhook",
    ("group_quote_intent.quote_expired", "v2"): "GroupQuoteIntentQuoteExpiredV2Webhook",
    ("group_quote_intent.rejected", "v2"): "GroupQuoteIntentRejectedV2Webhook",
    ("group_quote_intent.rejected_by_insurer", "v2"): "GroupQuoteIntentRejectedByInsurerV2Webhook",
    ("policy.active", "v2"): "PolicyActiveV2Webhook",
    ("policy.cancelled", "v2"): "PolicyCancelledV2Webhook",
    ("policy.expired", "v2"): "PolicyExpiredV2Webhook",
    ("policy.imported", "v2"): "PolicyImportedV2Webhook",
    ("policy.renewal.canceled", "v2"): "PolicyRenewalCanceledV2Webhook",
    ("policy.renewal.opened", "v2"): "PolicyRenewalOpenedV2Webhook",
    ("policy.renewal.renewed", "v2"): "PolicyRenewalRenewedV2Webhook",
    ("policy.scheduled", "v2"): "PolicyScheduledV2Webhook",
    ("policy.updated", "v2"): "PolicyUpdatedV2Webhook",
    (
        "policy_amendment_intent.action_required",
        "v2",
    ): "PolicyAmendmentIntentActionRequiredV2Webhook",
    ("policy_amendment_intent.amended", "v2"): "PolicyAmendmentIntentAmendedV2Webhook",
    ("policy_amendment_intent.awaiting_quote", "v2"): "PolicyAmendmentIntentAwaitingQuoteV2Webhook",
    ("policy_amendment_intent.not_undertaken", "v2"): "PolicyAmendmentIntentNotUndertakenV2Webhook",
    (
        "policy_amendment_intent.pending_confirmation",
        "v2",
    ): "PolicyAmendmentIntentPendingConfirmationV2Webhook",
    ("policy_amendment_intent.processing", "v2"): "PolicyAmendmentIntentProcessingV2Webhook",
    (
        "policy_amendment_intent.processing_error",
        "v2",
    ): "PolicyAmendmentIntentProcessingErrorV2Webhook",
    ("policy_import_intent.failed", "v2"): "PolicyImportIntentFailedV2Webhook",
    ("policy_import_intent.processing", "v2"): "PolicyImportIntentProcessingV2Webhook",
    ("policy_import_intent.success", "v2"): "PolicyImportIntentSuccessV2Webhook",
}
"""(event type, family) -> name of the payload model in `kota_async._generated.models`."""

EVENT_TYPES: frozenset[str] = frozenset(event_type for event_type, _ in EVENT_MODELS)
"""Every event type the spec documents."""


def event_model(event_type: str, family: str) -> type[Any] | None:
    """The payload model for an event, or None for a type (or family) the spec does not know."""
    name = EVENT_MODELS.get((event_type, family))
    if name is None:
        return None
    models = importlib.import_module("kota_async._generated.models")
    model: type[Any] = getattr(models, name)
    return model
