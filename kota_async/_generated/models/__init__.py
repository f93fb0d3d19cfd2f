"""GENERATED: every model and enum of the spec, imported lazily; do not edit by hand.

`from kota_async._generated.models import EmployeeResponse` imports that one module (and
nothing else) the first time it is asked for, which keeps `import kota_async` fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_dependents_request import AddDependentsRequest
    from .add_employee_to_group_request import AddEmployeeToGroupRequest
    from .address_model import AddressModel
    from .address_model_without_country import AddressModelWithoutCountry
    from .age_range_details import AgeRangeDetails
    from .amendment_reason_type import AmendmentReasonType
    from .associated_person_eligibility_response import AssociatedPersonEligibilityResponse
    from .associated_person_eligibility_response_paged_list import (
        AssociatedPersonEligibilityResponsePagedList,
    )
    from .associated_person_event_response import AssociatedPersonEventResponse
    from .associated_person_response import AssociatedPersonResponse
    from .associated_person_response_paged_list import AssociatedPersonResponsePagedList
    from .associated_person_type import AssociatedPersonType
    from .associated_person_updated_v2_webhook import AssociatedPersonUpdatedV2Webhook
    from .benefit_type import BenefitType
    from .benefit_type_multi_value_parameter import BenefitTypeMultiValueParameter
    from .bundling_type import BundlingType
    from .check_group_eligibility_request import CheckGroupEligibilityRequest
    from .consent_approval_input import ConsentApprovalInput
    from .consent_link_response import ConsentLinkResponse
    from .consent_type import ConsentType
    from .contact_model import ContactModel
    from .contribution_report_employee_breakdown_response import (
        ContributionReportEmployeeBreakdownResponse,
    )
    from .contribution_report_employee_breakdown_response_paged_list import (
        ContributionReportEmployeeBreakdownResponsePagedList,
    )
    from .contribution_report_event_response import ContributionReportEventResponse
    from .contribution_report_finalized_v2_webhook import ContributionReportFinalizedV2Webhook
    from .contribution_report_finalized_webhook import ContributionReportFinalizedWebhook
    from .contribution_report_response import ContributionReportResponse
    from .contribution_report_response_paged_list import ContributionReportResponsePagedList
    from .contribution_report_status import ContributionReportStatus
    from .contribution_report_status_multi_value_parameter import (
        ContributionReportStatusMultiValueParameter,
    )
    from .cost_sharing_option import CostSharingOption
    from .country_code import CountryCode
    from .country_code_enum_parameter import CountryCodeEnumParameter
    from .create_associated_person_request import CreateAssociatedPersonRequest
    from .create_employee_bank_account import CreateEmployeeBankAccount
    from .create_employee_request import CreateEmployeeRequest
    from .create_employee_request_metadata_type_1 import CreateEmployeeRequestMetadataType1
    from .create_employer_request import CreateEmployerRequest
    from .create_employer_request_metadata_type_1 import CreateEmployerRequestMetadataType1
    from .create_enrolment_intent_request import CreateEnrolmentIntentRequest
    from .create_group_policy_intent_request import CreateGroupPolicyIntentRequest
    from .create_group_quote_intent_request import CreateGroupQuoteIntentRequest
    from .create_group_request import CreateGroupRequest
    from .create_hosted_session_token_response import CreateHostedSessionTokenResponse
    from .create_policy_amendment_intent_request import CreatePolicyAmendmentIntentRequest
    from .create_policy_import_intent_associated_person_request import (
        CreatePolicyImportIntentAssociatedPersonRequest,
    )
    from .create_policy_import_intent_request import CreatePolicyImportIntentRequest
    from .create_session_token_link_request import CreateSessionTokenLinkRequest
    from .create_session_token_request import CreateSessionTokenRequest
    from .create_session_token_response import CreateSessionTokenResponse
    from .currency_code import CurrencyCode
    from .dependent_coverage_selections_request import DependentCoverageSelectionsRequest
    from .dependent_info_response import DependentInfoResponse
    from .dependent_status import DependentStatus
    from .dependents_management_intent_action_code import DependentsManagementIntentActionCode
    from .dependents_management_intent_action_required_response import (
        DependentsManagementIntentActionRequiredResponse,
    )
    from .dependents_management_intent_action_required_v2_webhook import (
        DependentsManagementIntentActionRequiredV2Webhook,
    )
    from .dependents_management_intent_completed_v2_webhook import (
        DependentsManagementIntentCompletedV2Webhook,
    )
    from .dependents_management_intent_dependent_status import (
        DependentsManagementIntentDependentStatus,
    )
    from .dependents_management_intent_event_response import DependentsManagementIntentEventResponse
    from .dependents_management_intent_not_undertaken_v2_webhook import (
        DependentsManagementIntentNotUndertakenV2Webhook,
    )
    from .dependents_management_intent_parent_type import DependentsManagementIntentParentType
    from .dependents_management_intent_response import DependentsManagementIntentResponse
    from .dependents_management_intent_status import DependentsManagementIntentStatus
    from .disclosure_category import DisclosureCategory
    from .disclosure_response import DisclosureResponse
    from .disclosure_type import DisclosureType
    from .eligibility_check_plan_response import EligibilityCheckPlanResponse
    from .eligibility_check_reason_response import EligibilityCheckReasonResponse
    from .eligibility_check_response import EligibilityCheckResponse
    from .eligibility_status import EligibilityStatus
    from .employee_bank_account import EmployeeBankAccount
    from .employee_created_v2_webhook import EmployeeCreatedV2Webhook
    from .employee_created_webhook import EmployeeCreatedWebhook
    from .employee_eligibility_criterion_response import EmployeeEligibilityCriterionResponse
    from .employee_eligibility_criterion_type import EmployeeEligibilityCriterionType
    from .employee_event_response import EmployeeEventResponse
    from .employee_event_response_metadata_type_1 import EmployeeEventResponseMetadataType1
    from .employee_health_insurance_offer_action_required_v2_webhook import (
        EmployeeHealthInsuranceOfferActionRequiredV2Webhook,
    )
    from .employee_health_insurance_offer_action_required_webhook import (
        EmployeeHealthInsuranceOfferActionRequiredWebhook,
    )
    from .employee_health_insurance_offer_event_response import (
        EmployeeHealthInsuranceOfferEventResponse,
    )
    from .employee_health_insurance_offer_response import EmployeeHealthInsuranceOfferResponse
    from .employee_health_insurance_offer_response_paged_list import (
        EmployeeHealthInsuranceOfferResponsePagedList,
    )
    from .employee_health_insurance_offer_status import EmployeeHealthInsuranceOfferStatus
    from .employee_health_insurance_policy_activated_v2_webhook import (
        EmployeeHealthInsurancePolicyActivatedV2Webhook,
    )
    from .employee_health_insurance_policy_activated_webhook import (
        EmployeeHealthInsurancePolicyActivatedWebhook,
    )
    from .employee_health_insurance_policy_cancelled_v2_webhook import (
        EmployeeHealthInsurancePolicyCancelledV2Webhook,
    )
    from .employee_health_insurance_policy_cancelled_webhook import (
        EmployeeHealthInsurancePolicyCancelledWebhook,
    )
    from .employee_health_insurance_policy_event_response import (
        EmployeeHealthInsurancePolicyEventResponse,
    )
    from .employee_health_insurance_policy_expired_v2_webhook import (
        EmployeeHealthInsurancePolicyExpiredV2Webhook,
    )
    from .employee_health_insurance_policy_expired_webhook import (
        EmployeeHealthInsurancePolicyExpiredWebhook,
    )
    from .employee_health_insurance_policy_imported_v2_webhook import (
        EmployeeHealthInsurancePolicyImportedV2Webhook,
    )
    from .employee_health_insurance_policy_response import EmployeeHealthInsurancePolicyResponse
    from .employee_health_insurance_policy_response_paged_list import (
        EmployeeHealthInsurancePolicyResponsePagedList,
    )
    from .employee_health_insurance_policy_status import EmployeeHealthInsurancePolicyStatus
    from .employee_health_insurance_policy_status_multi_value_parameter import (
        EmployeeHealthInsurancePolicyStatusMultiValueParameter,
    )
    from .employee_health_policy_renewal import EmployeeHealthPolicyRenewal
    from .employee_offboarded_v2_webhook import EmployeeOffboardedV2Webhook
    from .employee_offboarded_webhook import EmployeeOffboardedWebhook
    from .employee_response import EmployeeResponse
    from .employee_response_metadata_type_1 import EmployeeResponseMetadataType1
    from .employee_response_paged_list import EmployeeResponsePagedList
    from .employee_status import EmployeeStatus
    from .employee_status_multi_value_parameter import EmployeeStatusMultiValueParameter
    from .employee_updated_v2_webhook import EmployeeUpdatedV2Webhook
    from .employee_updated_webhook import EmployeeUpdatedWebhook
    from .employees_count_details import EmployeesCountDetails
    from .employer_created_v2_webhook import EmployerCreatedV2Webhook
    from .employer_created_webhook import EmployerCreatedWebhook
    from .employer_eligibility_criterion_response import EmployerEligibilityCriterionResponse
    from .employer_eligibility_criterion_type import EmployerEligibilityCriterionType
    from .employer_event_response import EmployerEventResponse
    from .employer_event_response_metadata_type_1 import EmployerEventResponseMetadataType1
    from .employer_health_insurance_policy_renewal_status import (
        EmployerHealthInsurancePolicyRenewalStatus,
    )
    from .employer_health_insurance_policy_response import EmployerHealthInsurancePolicyResponse
    from .employer_health_insurance_policy_response_paged_list import (
        EmployerHealthInsurancePolicyResponsePagedList,
    )
    from .employer_health_insurance_policy_status import EmployerHealthInsurancePolicyStatus
    from .employer_health_insurance_policy_status_multi_value_parameter import (
        EmployerHealthInsurancePolicyStatusMultiValueParameter,
    )
    from .employer_health_insurance_quote_accepted_v2_webhook import (
        EmployerHealthInsuranceQuoteAcceptedV2Webhook,
    )
    from .employer_health_insurance_quote_accepted_webhook import (
        EmployerHealthInsuranceQuoteAcceptedWebhook,
    )
    from .employer_health_insurance_quote_action_required_v2_webhook import (
        EmployerHealthInsuranceQuoteActionRequiredV2Webhook,
    )
    from .employer_health_insurance_quote_action_required_webhook import (
        EmployerHealthInsuranceQuoteActionRequiredWebhook,
    )
    from .employer_health_insurance_quote_created_v2_webhook import (
        EmployerHealthInsuranceQuoteCreatedV2Webhook,
    )
    from .employer_health_insurance_quote_created_webhook import (
        EmployerHealthInsuranceQuoteCreatedWebhook,
    )
    from .employer_health_insurance_quote_event_response import (
        EmployerHealthInsuranceQuoteEventResponse,
    )
    from .employer_health_insurance_quote_not_undertaken_v2_webhook import (
        EmployerHealthInsuranceQuoteNotUndertakenV2Webhook,
    )
    from .employer_health_insurance_quote_not_undertaken_webhook import (
        EmployerHealthInsuranceQuoteNotUndertakenWebhook,
    )
    from .employer_health_insurance_quote_pending_insurer_acceptance_v2_webhook import (
        EmployerHealthInsuranceQuotePendingInsurerAcceptanceV2Webhook,
    )
    from .employer_health_insurance_quote_pending_insurer_acceptance_webhook import (
        EmployerHealthInsuranceQuotePendingInsurerAcceptanceWebhook,
    )
    from .employer_health_insurance_quote_pending_v2_webhook import (
        EmployerHealthInsuranceQuotePendingV2Webhook,
    )
    from .employer_health_insurance_quote_pending_webhook import (
        EmployerHealthInsuranceQuotePendingWebhook,
    )
    from .employer_health_insurance_quote_response import EmployerHealthInsuranceQuoteResponse
    from .employer_health_insurance_quote_response_paged_list import (
        EmployerHealthInsuranceQuoteResponsePagedList,
    )
    from .employer_health_insurance_quote_status import EmployerHealthInsuranceQuoteStatus
    from .employer_health_insurance_quote_status_multi_value_parameter import (
        EmployerHealthInsuranceQuoteStatusMultiValueParameter,
    )
    from .employer_offboarded_v2_webhook import EmployerOffboardedV2Webhook
    from .employer_offboarded_webhook import EmployerOffboardedWebhook
    from .employer_response import EmployerResponse
    from .employer_response_metadata_type_1 import EmployerResponseMetadataType1
    from .employer_response_paged_list import EmployerResponsePagedList
    from .employer_status import EmployerStatus
    from .employer_status_multi_value_parameter import EmployerStatusMultiValueParameter
    from .employer_updated_v2_webhook import EmployerUpdatedV2Webhook
    from .employer_updated_webhook import EmployerUpdatedWebhook
    from .enrolment_intent_action_required_response import EnrolmentIntentActionRequiredResponse
    from .enrolment_intent_action_required_v2_webhook import EnrolmentIntentActionRequiredV2Webhook
    from .enrolment_intent_addon_selection_required_v2_webhook import (
        EnrolmentIntentAddonSelectionRequiredV2Webhook,
    )
    from .enrolment_intent_associated_person_response import EnrolmentIntentAssociatedPersonResponse
    from .enrolment_intent_confirmation_type import EnrolmentIntentConfirmationType
    from .enrolment_intent_dependent_response import EnrolmentIntentDependentResponse
    from .enrolment_intent_enrolled_v2_webhook import EnrolmentIntentEnrolledV2Webhook
    from .enrolment_intent_enrolling_v2_webhook import EnrolmentIntentEnrollingV2Webhook
    from .enrolment_intent_event_response import EnrolmentIntentEventResponse
    from .enrolment_intent_inelgibility_reason import EnrolmentIntentInelgibilityReason
    from .enrolment_intent_ineligibility_reason_code import EnrolmentIntentIneligibilityReasonCode
    from .enrolment_intent_ineligible_v2_webhook import EnrolmentIntentIneligibleV2Webhook
    from .enrolment_intent_not_undertaken_v2_webhook import EnrolmentIntentNotUndertakenV2Webhook
    from .enrolment_intent_pending_confirmation_response import (
        EnrolmentIntentPendingConfirmationResponse,
    )
    from .enrolment_intent_pending_confirmation_v2_webhook import (
        EnrolmentIntentPendingConfirmationV2Webhook,
    )
    from .enrolment_intent_policy_enrolment_response import EnrolmentIntentPolicyEnrolmentResponse
    from .enrolment_intent_processing_v2_webhook import EnrolmentIntentProcessingV2Webhook
    from .enrolment_intent_requirement_response import EnrolmentIntentRequirementResponse
    from .enrolment_intent_requirement_response_paged_list import (
        EnrolmentIntentRequirementResponsePagedList,
    )
    from .enrolment_intent_response import EnrolmentIntentResponse
    from .enrolment_intent_response_paged_list import EnrolmentIntentResponsePagedList
    from .enrolment_intent_scheduled_v2_webhook import EnrolmentIntentScheduledV2Webhook
    from .enrolment_intent_status import EnrolmentIntentStatus
    from .enrolment_intent_status_multi_value_parameter import (
        EnrolmentIntentStatusMultiValueParameter,
    )
    from .enrolment_reference import EnrolmentReference
    from .enrolment_status import EnrolmentStatus
    from .enrolment_type import EnrolmentType
    from .event_response import EventResponse
    from .event_response_paged_list import EventResponsePagedList
    from .family_tier_code import FamilyTierCode
    from .get_contribution_report_period import GetContributionReportPeriod
    from .get_employee_breakdown_contribution import GetEmployeeBreakdownContribution
    from .get_employee_breakdown_health_insurance import GetEmployeeBreakdownHealthInsurance
    from .get_employee_breakdown_period import GetEmployeeBreakdownPeriod
    from .get_employer_health_policy_renewal import GetEmployerHealthPolicyRenewal
    from .get_requirement_request_bad_request_error import GetRequirementRequestBadRequestError
    from .get_requirement_request_internal_server_error import (
        GetRequirementRequestInternalServerError,
    )
    from .get_requirement_request_not_found_error import GetRequirementRequestNotFoundError
    from .get_requirement_request_unauthorized_error import GetRequirementRequestUnauthorizedError
    from .group_archived_v2_webhook import GroupArchivedV2Webhook
    from .group_created_v2_webhook import GroupCreatedV2Webhook
    from .group_employee_added_v2_webhook import GroupEmployeeAddedV2Webhook
    from .group_employee_eligible_v2_webhook import GroupEmployeeEligibleV2Webhook
    from .group_employee_event_response import GroupEmployeeEventResponse
    from .group_employee_move_scheduled_event_response import (
        GroupEmployeeMoveScheduledEventResponse,
    )
    from .group_employee_move_scheduled_v2_webhook import GroupEmployeeMoveScheduledV2Webhook
    from .group_employee_moved_event_response import GroupEmployeeMovedEventResponse
    from .group_employee_moved_v2_webhook import GroupEmployeeMovedV2Webhook
    from .group_employee_removed_event_response import GroupEmployeeRemovedEventResponse
    from .group_employee_removed_v2_webhook import GroupEmployeeRemovedV2Webhook
    from .group_employee_response import GroupEmployeeResponse
    from .group_employee_response_paged_list import GroupEmployeeResponsePagedList
    from .group_enrolment_type import GroupEnrolmentType
    from .group_event_response import GroupEventResponse
    from .group_policy_active_v2_webhook import GroupPolicyActiveV2Webhook
    from .group_policy_cancelled_v2_webhook import GroupPolicyCancelledV2Webhook
    from .group_policy_event_response import GroupPolicyEventResponse
    from .group_policy_expired_v2_webhook import GroupPolicyExpiredV2Webhook
    from .group_policy_intent_action_required_response import (
        GroupPolicyIntentActionRequiredResponse,
    )
    from .group_policy_intent_action_required_v2_webhook import (
        GroupPolicyIntentActionRequiredV2Webhook,
    )
    from .group_policy_intent_event_response import GroupPolicyIntentEventResponse
    from .group_policy_intent_expired_v2_webhook import GroupPolicyIntentExpiredV2Webhook
    from .group_policy_intent_manual_renewal_gathering_required_v2_webhook import (
        GroupPolicyIntentManualRenewalGatheringRequiredV2Webhook,
    )
    from .group_policy_intent_pending_provider_approval_v2_webhook import (
        GroupPolicyIntentPendingProviderApprovalV2Webhook,
    )
    from .group_policy_intent_policy_created_v2_webhook import (
        GroupPolicyIntentPolicyCreatedV2Webhook,
    )
    from .group_policy_intent_processing_v2_webhook import GroupPolicyIntentProcessingV2Webhook
    from .group_policy_intent_provider_rejected_v2_webhook import (
        GroupPolicyIntentProviderRejectedV2Webhook,
    )
    from .group_policy_intent_requirement_response import GroupPolicyIntentRequirementResponse
    from .group_policy_intent_requirement_response_paged_list import (
        GroupPolicyIntentRequirementResponsePagedList,
    )
    from .group_policy_intent_response import GroupPolicyIntentResponse
    from .group_policy_intent_response_paged_list import GroupPolicyIntentResponsePagedList
    from .group_policy_intent_status import GroupPolicyIntentStatus
    from .group_policy_intent_status_multi_value_parameter import (
        GroupPolicyIntentStatusMultiValueParameter,
    )
    from .group_policy_renewal_canceled_v2_webhook import GroupPolicyRenewalCanceledV2Webhook
    from .group_policy_renewal_opened_v2_webhook import GroupPolicyRenewalOpenedV2Webhook
    from .group_policy_renewal_renewed_v2_webhook import GroupPolicyRenewalRenewedV2Webhook
    from .group_policy_response import GroupPolicyResponse
    from .group_policy_response_paged_list import GroupPolicyResponsePagedList
    from .group_policy_scheduled_v2_webhook import GroupPolicyScheduledV2Webhook
    from .group_policy_status import GroupPolicyStatus
    from .group_policy_status_multi_value_parameter import GroupPolicyStatusMultiValueParameter
    from .group_policy_updated_v2_webhook import GroupPolicyUpdatedV2Webhook
    from .group_quote_intent_action_required_response import GroupQuoteIntentActionRequiredResponse
    from .group_quote_intent_action_required_v2_webhook import (
        GroupQuoteIntentActionRequiredV2Webhook,
    )
    from .group_quote_intent_awaiting_quote_v2_webhook import GroupQuoteIntentAwaitingQuoteV2Webhook
    from .group_quote_intent_event_response import GroupQuoteIntentEventResponse
    from .group_quote_intent_processing_v2_webhook import GroupQuoteIntentProcessingV2Webhook
    from .group_quote_intent_quote_available_v2_webhook import (
        GroupQuoteIntentQuoteAvailableV2Webhook,
    )
    from .group_quote_intent_quote_expired_v2_webhook import GroupQuoteIntentQuoteExpiredV2Webhook
    from .group_quote_intent_rejected_by_insurer_v2_webhook import (
        GroupQuoteIntentRejectedByInsurerV2Webhook,
    )
    from .group_quote_intent_rejected_v2_webhook import GroupQuoteIntentRejectedV2Webhook
    from .group_quote_intent_requirement_response import GroupQuoteIntentRequirementResponse
    from .group_quote_intent_requirement_response_paged_list import (
        GroupQuoteIntentRequirementResponsePagedList,
    )
    from .group_quote_intent_response import GroupQuoteIntentResponse
    from .group_quote_intent_response_paged_list import GroupQuoteIntentResponsePagedList
    from .group_quote_intent_status import GroupQuoteIntentStatus
    from .group_quote_intent_status_multi_value_parameter import (
        GroupQuoteIntentStatusMultiValueParameter,
    )
    from .group_quote_response import GroupQuoteResponse
    from .group_ready_v2_webhook import GroupReadyV2Webhook
    from .group_response import GroupResponse
    from .group_response_paged_list import GroupResponsePagedList
    from .group_status import GroupStatus
    from .group_status_multi_value_parameter import GroupStatusMultiValueParameter
    from .group_type import GroupType
    from .group_updated_v2_webhook import GroupUpdatedV2Webhook
    from .health_insurance_contribution_category import HealthInsuranceContributionCategory
    from .health_insurance_contribution_member_type import HealthInsuranceContributionMemberType
    from .health_insurance_contribution_type import HealthInsuranceContributionType
    from .health_insurance_cost_sharing_configuration_response import (
        HealthInsuranceCostSharingConfigurationResponse,
    )
    from .health_insurance_cost_sharing_type import HealthInsuranceCostSharingType
    from .health_insurance_coverage_level_document_response import (
        HealthInsuranceCoverageLevelDocumentResponse,
    )
    from .health_insurance_coverage_level_response import HealthInsuranceCoverageLevelResponse
    from .health_insurance_enrolment_intent_response import HealthInsuranceEnrolmentIntentResponse
    from .health_insurance_estimated_gross_premium_response import (
        HealthInsuranceEstimatedGrossPremiumResponse,
    )
    from .health_insurance_family_cost_sharing_type import HealthInsuranceFamilyCostSharingType
    from .health_insurance_family_type_cost_sharing_configuration_response import (
        HealthInsuranceFamilyTypeCostSharingConfigurationResponse,
    )
    from .health_insurance_gross_estimation_amount_response import (
        HealthInsuranceGrossEstimationAmountResponse,
    )
    from .health_insurance_group_policy_configuration_response import (
        HealthInsuranceGroupPolicyConfigurationResponse,
    )
    from .health_insurance_group_policy_response import HealthInsuranceGroupPolicyResponse
    from .health_insurance_member_count_cost_sharing_configuration_response import (
        HealthInsuranceMemberCountCostSharingConfigurationResponse,
    )
    from .health_insurance_member_selection_cost_sharing_configuration_response import (
        HealthInsuranceMemberSelectionCostSharingConfigurationResponse,
    )
    from .health_insurance_percentage_cost_sharing_configuration_response import (
        HealthInsurancePercentageCostSharingConfigurationResponse,
    )
    from .health_insurance_policy_configuration_response import (
        HealthInsurancePolicyConfigurationResponse,
    )
    from .health_insurance_policy_estimated_gross_premium_response import (
        HealthInsurancePolicyEstimatedGrossPremiumResponse,
    )
    from .health_insurance_policy_gross_estimation_amount_response import (
        HealthInsurancePolicyGrossEstimationAmountResponse,
    )
    from .health_insurance_policy_renewal_response import HealthInsurancePolicyRenewalResponse
    from .health_insurance_policy_renewal_status import HealthInsurancePolicyRenewalStatus
    from .health_insurance_policy_response import HealthInsurancePolicyResponse
    from .health_insurance_required_action_response import HealthInsuranceRequiredActionResponse
    from .health_insurance_type import HealthInsuranceType
    from .http_validation_problem_details import HttpValidationProblemDetails
    from .http_validation_problem_details_errors import HttpValidationProblemDetailsErrors
    from .industry_exclusions_details import IndustryExclusionsDetails
    from .intent_action_type import IntentActionType
    from .member_type import MemberType
    from .member_type_code import MemberTypeCode
    from .member_type_pricing_response import MemberTypePricingResponse
    from .members_count_details import MembersCountDetails
    from .offboard_employee_request import OffboardEmployeeRequest
    from .order_direction import OrderDirection
    from .order_direction_enum_parameter import OrderDirectionEnumParameter
    from .per_member_pricing_response import PerMemberPricingResponse
    from .plan_coverage_option_benefit_response import PlanCoverageOptionBenefitResponse
    from .plan_coverage_option_input_type import PlanCoverageOptionInputType
    from .plan_coverage_option_response import PlanCoverageOptionResponse
    from .plan_coverage_option_scope import PlanCoverageOptionScope
    from .plan_coverage_option_selection_request import PlanCoverageOptionSelectionRequest
    from .plan_coverage_option_selection_response import PlanCoverageOptionSelectionResponse
    from .plan_coverage_response import PlanCoverageResponse
    from .plan_document_response import PlanDocumentResponse
    from .plan_document_type import PlanDocumentType
    from .plan_health_insurance_response import PlanHealthInsuranceResponse
    from .plan_pricing_response import PlanPricingResponse
    from .plan_pricing_type import PlanPricingType
    from .plan_provider_response import PlanProviderResponse
    from .plan_response import PlanResponse
    from .plan_response_paged_list import PlanResponsePagedList
    from .plan_sort_by import PlanSortBy
    from .plan_sort_by_enum_parameter import PlanSortByEnumParameter
    from .plan_with_pricing_response import PlanWithPricingResponse
    from .policy_active_v2_webhook import PolicyActiveV2Webhook
    from .policy_amendment_action_code import PolicyAmendmentActionCode
    from .policy_amendment_associated_persons_response import (
        PolicyAmendmentAssociatedPersonsResponse,
    )
    from .policy_amendment_dependents_response import PolicyAmendmentDependentsResponse
    from .policy_amendment_intent_action_required_v2_webhook import (
        PolicyAmendmentIntentActionRequiredV2Webhook,
    )
    from .policy_amendment_intent_amended_v2_webhook import PolicyAmendmentIntentAmendedV2Webhook
    from .policy_amendment_intent_awaiting_quote_v2_webhook import (
        PolicyAmendmentIntentAwaitingQuoteV2Webhook,
    )
    from .policy_amendment_intent_confirmation_code import PolicyAmendmentIntentConfirmationCode
    from .policy_amendment_intent_event_response import PolicyAmendmentIntentEventResponse
    from .policy_amendment_intent_failure_code import PolicyAmendmentIntentFailureCode
    from .policy_amendment_intent_not_undertaken_v2_webhook import (
        PolicyAmendmentIntentNotUndertakenV2Webhook,
    )
    from .policy_amendment_intent_pending_confirmation_v2_webhook import (
        PolicyAmendmentIntentPendingConfirmationV2Webhook,
    )
    from .policy_amendment_intent_processing_error_v2_webhook import (
        PolicyAmendmentIntentProcessingErrorV2Webhook,
    )
    from .policy_amendment_intent_processing_v2_webhook import (
        PolicyAmendmentIntentProcessingV2Webhook,
    )
    from .policy_amendment_intent_response import PolicyAmendmentIntentResponse
    from .policy_amendment_intent_response_paged_list import PolicyAmendmentIntentResponsePagedList
    from .policy_amendment_intent_status import PolicyAmendmentIntentStatus
    from .policy_amendment_intent_status_multi_value_parameter import (
        PolicyAmendmentIntentStatusMultiValueParameter,
    )
    from .policy_amendment_pending_confirmation_response import (
        PolicyAmendmentPendingConfirmationResponse,
    )
    from .policy_amendment_processing_error_response import PolicyAmendmentProcessingErrorResponse
    from .policy_amendment_qualifying_life_event_response import (
        PolicyAmendmentQualifyingLifeEventResponse,
    )
    from .policy_amendment_quote_amount_response import PolicyAmendmentQuoteAmountResponse
    from .policy_amendment_quote_contributions_response import (
        PolicyAmendmentQuoteContributionsResponse,
    )
    from .policy_amendment_quote_response import PolicyAmendmentQuoteResponse
    from .policy_amendment_reason_request import PolicyAmendmentReasonRequest
    from .policy_amendment_reason_response import PolicyAmendmentReasonResponse
    from .policy_amendment_requested_change_request import PolicyAmendmentRequestedChangeRequest
    from .policy_amendment_requested_change_response import PolicyAmendmentRequestedChangeResponse
    from .policy_amendment_required_action_response import PolicyAmendmentRequiredActionResponse
    from .policy_cancelled_v2_webhook import PolicyCancelledV2Webhook
    from .policy_configuration_request import PolicyConfigurationRequest
    from .policy_configuration_response import PolicyConfigurationResponse
    from .policy_event_response import PolicyEventResponse
    from .policy_expired_v2_webhook import PolicyExpiredV2Webhook
    from .policy_import_intent_associated_person_response import (
        PolicyImportIntentAssociatedPersonResponse,
    )
    from .policy_import_intent_event_response import PolicyImportIntentEventResponse
    from .policy_import_intent_failed_v2_webhook import PolicyImportIntentFailedV2Webhook
    from .policy_import_intent_processing_v2_webhook import PolicyImportIntentProcessingV2Webhook
    from .policy_import_intent_response import PolicyImportIntentResponse
    from .policy_import_intent_response_paged_list import PolicyImportIntentResponsePagedList
    from .policy_import_intent_status import PolicyImportIntentStatus
    from .policy_import_intent_status_multi_value_parameter import (
        PolicyImportIntentStatusMultiValueParameter,
    )
    from .policy_import_intent_success_v2_webhook import PolicyImportIntentSuccessV2Webhook
    from .policy_imported_v2_webhook import PolicyImportedV2Webhook
    from .policy_member_response import PolicyMemberResponse
    from .policy_plan_response import PolicyPlanResponse
    from .policy_provider_response import PolicyProviderResponse
    from .policy_reference import PolicyReference
    from .policy_renewal_canceled_v2_webhook import PolicyRenewalCanceledV2Webhook
    from .policy_renewal_opened_v2_webhook import PolicyRenewalOpenedV2Webhook
    from .policy_renewal_renewed_v2_webhook import PolicyRenewalRenewedV2Webhook
    from .policy_response import PolicyResponse
    from .policy_response_paged_list import PolicyResponsePagedList
    from .policy_scheduled_v2_webhook import PolicyScheduledV2Webhook
    from .policy_status import PolicyStatus
    from .policy_status_multi_value_parameter import PolicyStatusMultiValueParameter
    from .policy_type import PolicyType
    from .policy_updated_v2_webhook import PolicyUpdatedV2Webhook
    from .pricing_tier_response import PricingTierResponse
    from .problem_details import ProblemDetails
    from .provider_enum import ProviderEnum
    from .provider_enum_multi_value_parameter import ProviderEnumMultiValueParameter
    from .provider_response import ProviderResponse
    from .provider_response_paged_list import ProviderResponsePagedList
    from .qualifying_life_event_supplemental_info import QualifyingLifeEventSupplementalInfo
    from .qualifying_life_event_type import QualifyingLifeEventType
    from .relationship_type import RelationshipType
    from .replay_delivery_response import ReplayDeliveryResponse
    from .replay_event_response import ReplayEventResponse
    from .requested_change_type import RequestedChangeType
    from .requirement_object_type import RequirementObjectType
    from .requirement_object_type_enum_parameter import RequirementObjectTypeEnumParameter
    from .requirement_type import RequirementType
    from .requirements_get_requirement_response_200 import RequirementsGetRequirementResponse200
    from .requirements_requirement_id_get_responses_content_application_json_schema_schema import (
        RequirementsRequirementIdGetResponsesContentApplicationJsonSchemaSchema,
    )
    from .requirements_requirement_id_post_request_body_content_application_json_schema_answers import (
        RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers,
    )
    from .requirements_requirement_id_post_responses_content_application_json_schema_schema import (
        RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaSchema,
    )
    from .requirements_requirement_id_post_responses_content_application_json_schema_status import (
        RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaStatus,
    )
    from .requirements_requirement_id_post_responses_content_application_problem_json_schema_errors_items import (
        RequirementsRequirementIdPostResponsesContentApplicationProblemJsonSchemaErrorsItems,
    )
    from .requirements_submit_answers_response_200 import RequirementsSubmitAnswersResponse200
    from .scheduled_group_transition_response import ScheduledGroupTransitionResponse
    from .selected_option_request import SelectedOptionRequest
    from .selected_option_response import SelectedOptionResponse
    from .sex_at_birth import SexAtBirth
    from .sort_direction import SortDirection
    from .sort_direction_enum_parameter import SortDirectionEnumParameter
    from .submit_answers_body import SubmitAnswersBody
    from .submit_answers_request_bad_request_error import SubmitAnswersRequestBadRequestError
    from .submit_answers_request_conflict_error import SubmitAnswersRequestConflictError
    from .submit_answers_request_internal_server_error import (
        SubmitAnswersRequestInternalServerError,
    )
    from .submit_answers_request_not_found_error import SubmitAnswersRequestNotFoundError
    from .submit_answers_request_unauthorized_error import SubmitAnswersRequestUnauthorizedError
    from .submit_coverage_selections_request import SubmitCoverageSelectionsRequest
    from .tier_based_pricing_response import TierBasedPricingResponse
    from .update_associated_person_request import UpdateAssociatedPersonRequest
    from .update_employee_request import UpdateEmployeeRequest
    from .update_employee_request_metadata_type_1 import UpdateEmployeeRequestMetadataType1
    from .update_employer_request import UpdateEmployerRequest
    from .update_employer_request_metadata_type_1 import UpdateEmployerRequestMetadataType1
    from .update_group_request import UpdateGroupRequest
    from .webhook_endpoint_response import WebhookEndpointResponse
    from .webhook_endpoint_response_paged_list import WebhookEndpointResponsePagedList
    from .webhook_version import WebhookVersion
    from .webhook_version_enum_parameter import WebhookVersionEnumParameter

_MODULES: dict[str, str] = {
    "AddDependentsRequest": ".add_dependents_request",
    "AddEmployeeToGroupRequest": ".add_employee_to_group_request",
    "AddressModel": ".address_model",
    "AddressModelWithoutCountry": ".address_model_without_country",
    "AgeRangeDetails": ".age_range_details",
    "AmendmentReasonType": ".amendment_reason_type",
    "AssociatedPersonEligibilityResponse": ".associated_person_eligibility_response",
    "AssociatedPersonEligibilityResponsePagedList": ".associated_person_eligibility_response_paged_list",
    "AssociatedPersonEventResponse": ".associated_person_event_response",
    "AssociatedPersonResponse": ".associated_person_response",
    "AssociatedPersonResponsePagedList": ".associated_person_response_paged_list",
    "AssociatedPersonType": ".associated_person_type",
    "AssociatedPersonUpdatedV2Webhook": ".associated_person_updated_v2_webhook",
    "BenefitType": ".benefit_type",
    "BenefitTypeMultiValueParameter": ".benefit_type_multi_value_parameter",
    "BundlingType": ".bundling_type",
    "CheckGroupEligibilityRequest": ".check_group_eligibility_request",
    "ConsentApprovalInput": ".consent_approval_input",
    "ConsentLinkResponse": ".consent_link_response",
    "ConsentType": ".consent_type",
    "ContactModel": ".contact_model",
    "ContributionReportEmployeeBreakdownResponse": ".contribution_report_employee_breakdown_response",
    "ContributionReportEmployeeBreakdownResponsePagedList": ".contribution_report_employee_breakdown_response_paged_list",
    "ContributionReportEventResponse": ".contribution_report_event_response",
    "ContributionReportFinalizedV2Webhook": ".contribution_report_finalized_v2_webhook",
    "ContributionReportFinalizedWebhook": ".contribution_report_finalized_webhook",
    "ContributionReportResponse": ".contribution_report_response",
    "ContributionReportResponsePagedList": ".contribution_report_response_paged_list",
    "ContributionReportStatus": ".contribution_report_status",
    "ContributionReportStatusMultiValueParameter": ".contribution_report_status_multi_value_parameter",
    "CostSharingOption": ".cost_sharing_option",
    "CountryCode": ".country_code",
    "CountryCodeEnumParameter": ".country_code_enum_parameter",
    "CreateAssociatedPersonRequest": ".create_associated_person_request",
    "CreateEmployeeBankAccount": ".create_employee_bank_account",
    "CreateEmployeeRequest": ".create_employee_request",
    "CreateEmployeeRequestMetadataType1": ".create_employee_request_metadata_type_1",
    "CreateEmployerRequest": ".create_employer_request",
    "CreateEmployerRequestMetadataType1": ".create_employer_request_metadata_type_1",
    "CreateEnrolmentIntentRequest": ".create_enrolment_intent_request",
    "CreateGroupPolicyIntentRequest": ".create_group_policy_intent_request",
    "CreateGroupQuoteIntentRequest": ".create_group_quote_intent_request",
    "CreateGroupRequest": ".create_group_request",
    "CreateHostedSessionTokenResponse": ".create_hosted_session_token_response",
    "CreatePolicyAmendmentIntentRequest": ".create_policy_amendment_intent_request",
    "CreatePolicyImportIntentAssociatedPersonRequest": ".create_policy_import_intent_associated_person_request",
    "CreatePolicyImportIntentRequest": ".create_policy_import_intent_request",
    "CreateSessionTokenLinkRequest": ".create_session_token_link_request",
    "CreateSessionTokenRequest": ".create_session_token_request",
    "CreateSessionTokenResponse": ".create_session_token_response",
    "CurrencyCode": ".currency_code",
    "DependentCoverageSelectionsRequest": ".dependent_coverage_selections_request",
    "DependentInfoResponse": ".dependent_info_response",
    "DependentStatus": ".dependent_status",
    "DependentsManagementIntentActionCode": ".dependents_management_intent_action_code",
    "DependentsManagementIntentActionRequiredResponse": ".dependents_management_intent_action_required_response",
    "DependentsManagementIntentActionRequiredV2Webhook": ".dependents_management_intent_action_required_v2_webhook",
    "DependentsManagementIntentCompletedV2Webhook": ".dependents_management_intent_completed_v2_webhook",
    "DependentsManagementIntentDependentStatus": ".dependents_management_intent_dependent_status",
    "DependentsManagementIntentEventResponse": ".dependents_management_intent_event_response",
    "DependentsManagementIntentNotUndertakenV2Webhook": ".dependents_management_intent_not_undertaken_v2_webhook",
    "DependentsManagementIntentParentType": ".dependents_management_intent_parent_type",
    "DependentsManagementIntentResponse": ".dependents_management_intent_response",
    "DependentsManagementIntentStatus": ".dependents_management_intent_status",
    "DisclosureCategory": ".disclosure_category",
    "DisclosureResponse": ".disclosure_response",
    "DisclosureType": ".disclosure_type",
    "EligibilityCheckPlanResponse": ".eligibility_check_plan_response",
    "EligibilityCheckReasonResponse": ".eligibility_check_reason_response",
    "EligibilityCheckResponse": ".eligibility_check_response",
    "EligibilityStatus": ".eligibility_status",
    "EmployeeBankAccount": ".employee_bank_account",
    "EmployeeCreatedV2Webhook": ".employee_created_v2_webhook",
    "EmployeeCreatedWebhook": ".employee_created_webhook",
    "EmployeeEligibilityCriterionResponse": ".employee_eligibility_criterion_response",
    "EmployeeEligibilityCriterionType": ".employee_eligibility_criterion_type",
    "EmployeeEventResponse": ".employee_event_response",
    "EmployeeEventResponseMetadataType1": ".employee_event_response_metadata_type_1",
    "EmployeeHealthInsuranceOfferActionRequiredV2Webhook": ".employee_health_insurance_offer_action_required_v2_webhook",
    "EmployeeHealthInsuranceOfferActionRequiredWebhook": ".employee_health_insurance_offer_action_required_webhook",
    "EmployeeHealthInsuranceOfferEventResponse": ".employee_health_insurance_offer_event_response",
    "EmployeeHealthInsuranceOfferResponse": ".employee_health_insurance_offer_response",
    "EmployeeHealthInsuranceOfferResponsePagedList": ".employee_health_insurance_offer_response_paged_list",
    "EmployeeHealthInsuranceOfferStatus": ".employee_health_insurance_offer_status",
    "EmployeeHealthInsurancePolicyActivatedV2Webhook": ".employee_health_insurance_policy_activated_v2_webhook",
    "EmployeeHealthInsurancePolicyActivatedWebhook": ".employee_health_insurance_policy_activated_webhook",
    "EmployeeHealthInsurancePolicyCancelledV2Webhook": ".employee_health_insurance_policy_cancelled_v2_webhook",
    "EmployeeHealthInsurancePolicyCancelledWebhook": ".employee_health_insurance_policy_cancelled_webhook",
    "EmployeeHealthInsurancePolicyEventResponse": ".employee_health_insurance_policy_event_response",
    "EmployeeHealthInsurancePolicyExpiredV2Webhook": ".employee_health_insurance_policy_expired_v2_webhook",
    "EmployeeHealthInsurancePolicyExpiredWebhook": ".employee_health_insurance_policy_expired_webhook",
    "EmployeeHealthInsurancePolicyImportedV2Webhook": ".employee_health_insurance_policy_imported_v2_webhook",
    "EmployeeHealthInsurancePolicyResponse": ".employee_health_insurance_policy_response",
    "EmployeeHealthInsurancePolicyResponsePagedList": ".employee_health_insurance_policy_response_paged_list",
    "EmployeeHealthInsurancePolicyStatus": ".employee_health_insurance_policy_status",
    "EmployeeHealthInsurancePolicyStatusMultiValueParameter": ".employee_health_insurance_policy_status_multi_value_parameter",
    "EmployeeHealthPolicyRenewal": ".employee_health_policy_renewal",
    "EmployeeOffboardedV2Webhook": ".employee_offboarded_v2_webhook",
    "EmployeeOffboardedWebhook": ".employee_offboarded_webhook",
    "EmployeeResponse": ".employee_response",
    "EmployeeResponseMetadataType1": ".employee_response_metadata_type_1",
    "EmployeeResponsePagedList": ".employee_response_paged_list",
    "EmployeeStatus": ".employee_status",
    "EmployeeStatusMultiValueParameter": ".employee_status_multi_value_parameter",
    "EmployeeUpdatedV2Webhook": ".employee_updated_v2_webhook",
    "EmployeeUpdatedWebhook": ".employee_updated_webhook",
    "EmployeesCountDetails": ".employees_count_details",
    "EmployerCreatedV2Webhook": ".employer_created_v2_webhook",
    "EmployerCreatedWebhook": ".employer_created_webhook",
    "EmployerEligibilityCriterionResponse": ".employer_eligibility_criterion_response",
    "EmployerEligibilityCriterionType": ".employer_eligibility_criterion_type",
    "EmployerEventResponse": ".employer_event_response",
    "EmployerEventResponseMetadataType1": ".employer_event_response_metadata_type_1",
    "EmployerHealthInsurancePolicyRenewalStatus": ".employer_health_insurance_policy_renewal_status",
    "EmployerHealthInsurancePolicyResponse": ".employer_health_insurance_policy_response",
    "EmployerHealthInsurancePolicyResponsePagedList": ".employer_health_insurance_policy_response_paged_list",
    "EmployerHealthInsurancePolicyStatus": ".employer_health_insurance_policy_status",
    "EmployerHealthInsurancePolicyStatusMultiValueParameter": ".employer_health_insurance_policy_status_multi_value_parameter",
    "EmployerHealthInsuranceQuoteAcceptedV2Webhook": ".employer_health_insurance_quote_accepted_v2_webhook",
    "EmployerHealthInsuranceQuoteAcceptedWebhook": ".employer_health_insurance_quote_accepted_webhook",
    "EmployerHealthInsuranceQuoteActionRequiredV2Webhook": ".employer_health_insurance_quote_action_required_v2_webhook",
    "EmployerHealthInsuranceQuoteActionRequiredWebhook": ".employer_health_insurance_quote_action_required_webhook",
    "EmployerHealthInsuranceQuoteCreatedV2Webhook": ".employer_health_insurance_quote_created_v2_webhook",
    "EmployerHealthInsuranceQuoteCreatedWebhook": ".employer_health_insurance_quote_created_webhook",
    "EmployerHealthInsuranceQuoteEventResponse": ".employer_health_insurance_quote_event_response",
    "EmployerHealthInsuranceQuoteNotUndertakenV2Webhook": ".employer_health_insurance_quote_not_undertaken_v2_webhook",
    "EmployerHealthInsuranceQuoteNotUndertakenWebhook": ".employer_health_insurance_quote_not_undertaken_webhook",
    "EmployerHealthInsuranceQuotePendingInsurerAcceptanceV2Webhook": ".employer_health_insurance_quote_pending_insurer_acceptance_v2_webhook",
    "EmployerHealthInsuranceQuotePendingInsurerAcceptanceWebhook": ".employer_health_insurance_quote_pending_insurer_acceptance_webhook",
    "EmployerHealthInsuranceQuotePendingV2Webhook": ".employer_health_insurance_quote_pending_v2_webhook",
    "EmployerHealthInsuranceQuotePendingWebhook": ".employer_health_insurance_quote_pending_webhook",
    "EmployerHealthInsuranceQuoteResponse": ".employer_health_insurance_quote_response",
    "EmployerHealthInsuranceQuoteResponsePagedList": ".employer_health_insurance_quote_response_paged_list",
    "EmployerHealthInsuranceQuoteStatus": ".employer_health_insurance_quote_status",
    "EmployerHealthInsuranceQuoteStatusMultiValueParameter": ".employer_health_insurance_quote_status_multi_value_parameter",
    "EmployerOffboardedV2Webhook": ".employer_offboarded_v2_webhook",
    "EmployerOffboardedWebhook": ".employer_offboarded_webhook",
    "EmployerResponse": ".employer_response",
    "EmployerResponseMetadataType1": ".employer_response_metadata_type_1",
    "EmployerResponsePagedList": ".employer_response_paged_list",
    "EmployerStatus": ".employer_status",
    "EmployerStatusMultiValueParameter": ".employer_status_multi_value_parameter",
    "EmployerUpdatedV2Webhook": ".employer_updated_v2_webhook",
    "EmployerUpdatedWebhook": ".employer_updated_webhook",
    "EnrolmentIntentActionRequiredResponse": ".enrolment_intent_action_required_response",
    "EnrolmentIntentActionRequiredV2Webhook": ".enrolment_intent_action_required_v2_webhook",
    "EnrolmentIntentAddonSelectionRequiredV2Webhook": ".enrolment_intent_addon_selection_required_v2_webhook",
    "EnrolmentIntentAssociatedPersonResponse": ".enrolment_intent_associated_person_response",
    "EnrolmentIntentConfirmationType": ".enrolment_intent_confirmation_type",
    "EnrolmentIntentDependentResponse": ".enrolment_intent_dependent_response",
    "EnrolmentIntentEnrolledV2Webhook": ".enrolment_intent_enrolled_v2_webhook",
    "EnrolmentIntentEnrollingV2Webhook": ".enrolment_intent_enrolling_v2_webhook",
    "EnrolmentIntentEventResponse": ".enrolment_intent_event_response",
    "EnrolmentIntentInelgibilityReason": ".enrolment_intent_inelgibility_reason",
    "EnrolmentIntentIneligibilityReasonCode": ".enrolment_intent_ineligibility_reason_code",
    "EnrolmentIntentIneligibleV2Webhook": ".enrolment_intent_ineligible_v2_webhook",
    "EnrolmentIntentNotUndertakenV2Webhook": ".enrolment_intent_not_undertaken_v2_webhook",
    "EnrolmentIntentPendingConfirmationResponse": ".enrolment_intent_pending_confirmation_response",
    "EnrolmentIntentPendingConfirmationV2Webhook": ".enrolment_intent_pending_confirmation_v2_webhook",
    "EnrolmentIntentPolicyEnrolmentResponse": ".enrolment_intent_policy_enrolment_response",
    "EnrolmentIntentProcessingV2Webhook": ".enrolment_intent_processing_v2_webhook",
    "EnrolmentIntentRequirementResponse": ".enrolment_intent_requirement_response",
    "EnrolmentIntentRequirementResponsePagedList": ".enrolment_intent_requirement_response_paged_list",
    "EnrolmentIntentResponse": ".enrolment_intent_response",
    "EnrolmentIntentResponsePagedList": ".enrolment_intent_response_paged_list",
    "EnrolmentIntentScheduledV2Webhook": ".enrolment_intent_scheduled_v2_webhook",
    "EnrolmentIntentStatus": ".enrolment_intent_status",
    "EnrolmentIntentStatusMultiValueParameter": ".enrolment_intent_status_multi_value_parameter",
    "EnrolmentReference": ".enrolment_reference",
    "EnrolmentStatus": ".enrolment_status",
    "EnrolmentType": ".enrolment_type",
    "EventResponse": ".event_response",
    "EventResponsePagedList": ".event_response_paged_list",
    "FamilyTierCode": ".family_tier_code",
    "GetContributionReportPeriod": ".get_contribution_report_period",
    "GetEmployeeBreakdownContribution": ".get_employee_breakdown_contribution",
    "GetEmployeeBreakdownHealthInsurance": ".get_employee_breakdown_health_insurance",
    "GetEmployeeBreakdownPeriod": ".get_employee_breakdown_period",
    "GetEmployerHealthPolicyRenewal": ".get_employer_health_policy_renewal",
    "GetRequirementRequestBadRequestError": ".get_requirement_request_bad_request_error",
    "GetRequirementRequestInternalServerError": ".get_requirement_request_internal_server_error",
    "GetRequirementRequestNotFoundError": ".get_requirement_request_not_found_error",
    "GetRequirementRequestUnauthorizedError": ".get_requirement_request_unauthorized_error",
    "GroupArchivedV2Webhook": ".group_archived_v2_webhook",
    "GroupCreatedV2Webhook": ".group_created_v2_webhook",
    "GroupEmployeeAddedV2Webhook": ".group_employee_added_v2_webhook",
    "GroupEmployeeEligibleV2Webhook": ".group_employee_eligible_v2_webhook",
    "GroupEmployeeEventResponse": ".group_employee_event_response",
    "GroupEmployeeMoveScheduledEventResponse": ".group_employee_move_scheduled_event_response",
    "GroupEmployeeMoveScheduledV2Webhook": ".group_employee_move_scheduled_v2_webhook",
    "GroupEmployeeMovedEventResponse": ".group_employee_moved_event_response",
    "GroupEmployeeMovedV2Webhook": ".group_employee_moved_v2_webhook",
    "GroupEmployeeRemovedEventResponse": ".group_employee_removed_event_response",
    "GroupEmployeeRemovedV2Webhook": ".group_employee_removed_v2_webhook",
    "GroupEmployeeResponse": ".group_employee_response",
    "GroupEmployeeResponsePagedList": ".group_employee_response_paged_list",
    "GroupEnrolmentType": ".group_enrolment_type",
    "GroupEventResponse": ".group_event_response",
    "GroupPolicyActiveV2Webhook": ".group_policy_active_v2_webhook",
    "GroupPolicyCancelledV2Webhook": ".group_policy_cancelled_v2_webhook",
    "GroupPolicyEventResponse": ".group_policy_event_response",
    "GroupPolicyExpiredV2Webhook": ".group_policy_expired_v2_webhook",
    "GroupPolicyIntentActionRequiredResponse": ".group_policy_intent_action_required_response",
    "GroupPolicyIntentActionRequiredV2Webhook": ".group_policy_intent_action_required_v2_webhook",
    "GroupPolicyIntentEventResponse": ".group_policy_intent_event_response",
    "GroupPolicyIntentExpiredV2Webhook": ".group_policy_intent_expired_v2_webhook",
    "GroupPolicyIntentManualRenewalGatheringRequiredV2Webhook": ".group_policy_intent_manual_renewal_gathering_required_v2_webhook",
    "GroupPolicyIntentPendingProviderApprovalV2Webhook": ".group_policy_intent_pending_provider_approval_v2_webhook",
    "GroupPolicyIntentPolicyCreatedV2Webhook": ".group_policy_intent_policy_created_v2_webhook",
    "GroupPolicyIntentProcessingV2Webhook": ".group_policy_intent_processing_v2_webhook",
    "GroupPolicyIntentProviderRejectedV2Webhook": ".group_policy_intent_provider_rejected_v2_webhook",
    "GroupPolicyIntentRequirementResponse": ".group_policy_intent_requirement_response",
    "GroupPolicyIntentRequirementResponsePagedList": ".group_policy_intent_requirement_response_paged_list",
    "GroupPolicyIntentResponse": ".group_policy_intent_response",
    "GroupPolicyIntentResponsePagedList": ".group_policy_intent_response_paged_list",
    "GroupPolicyIntentStatus": ".group_policy_intent_status",
    "GroupPolicyIntentStatusMultiValueParameter": ".group_policy_intent_status_multi_value_parameter",
    "GroupPolicyRenewalCanceledV2Webhook": ".group_policy_renewal_canceled_v2_webhook",
    "GroupPolicyRenewalOpenedV2Webhook": ".group_policy_renewal_opened_v2_webhook",
    "GroupPolicyRenewalRenewedV2Webhook": ".group_policy_renewal_renewed_v2_webhook",
    "GroupPolicyResponse": ".group_policy_response",
    "GroupPolicyResponsePagedList": ".group_policy_response_paged_list",
    "GroupPolicyScheduledV2Webhook": ".group_policy_scheduled_v2_webhook",
    "GroupPolicyStatus": ".group_policy_status",
    "GroupPolicyStatusMultiValueParameter": ".group_policy_status_multi_value_parameter",
    "GroupPolicyUpdatedV2Webhook": ".group_policy_updated_v2_webhook",
    "GroupQuoteIntentActionRequiredResponse": ".group_quote_intent_action_required_response",
    "GroupQuoteIntentActionRequiredV2Webhook": ".group_quote_intent_action_required_v2_webhook",
    "GroupQuoteIntentAwaitingQuoteV2Webhook": ".group_quote_intent_awaiting_quote_v2_webhook",
    "GroupQuoteIntentEventResponse": ".group_quote_intent_event_response",
    "GroupQuoteIntentProcessingV2Webhook": ".group_quote_intent_processing_v2_webhook",
    "GroupQuoteIntentQuoteAvailableV2Webhook": ".group_quote_intent_quote_available_v2_webhook",
    "GroupQuoteIntentQuoteExpiredV2Webhook": ".group_quote_intent_quote_expired_v2_webhook",
    "GroupQuoteIntentRejectedByInsurerV2Webhook": ".group_quote_intent_rejected_by_insurer_v2_webhook",
    "GroupQuoteIntentRejectedV2Webhook": ".group_quote_intent_rejected_v2_webhook",
    "GroupQuoteIntentRequirementResponse": ".group_quote_intent_requirement_response",
    "GroupQuoteIntentRequirementResponsePagedList": ".group_quote_intent_requirement_response_paged_list",
    "GroupQuoteIntentResponse": ".group_quote_intent_response",
    "GroupQuoteIntentResponsePagedList": ".group_quote_intent_response_paged_list",
    "GroupQuoteIntentStatus": ".group_quote_intent_status",
    "GroupQuoteIntentStatusMultiValueParameter": ".group_quote_intent_status_multi_value_parameter",
    "GroupQuoteResponse": ".group_quote_response",
    "GroupReadyV2Webhook": ".group_ready_v2_webhook",
    "GroupResponse": ".group_response",
    "GroupResponsePagedList": ".group_response_paged_list",
    "GroupStatus": ".group_status",
    "GroupStatusMultiValueParameter": ".group_status_multi_value_parameter",
    "GroupType": ".group_type",
    "GroupUpdatedV2Webhook": ".group_updated_v2_webhook",
    "HealthInsuranceContributionCategory": ".health_insurance_contribution_category",
    "HealthInsuranceContributionMemberType": ".health_insurance_contribution_member_type",
    "HealthInsuranceContributionType": ".health_insurance_contribution_type",
    "HealthInsuranceCostSharingConfigurationResponse": ".health_insurance_cost_sharing_configuration_response",
    "HealthInsuranceCostSharingType": ".health_insurance_cost_sharing_type",
    "HealthInsuranceCoverageLevelDocumentResponse": ".health_insurance_coverage_level_document_response",
    "HealthInsuranceCoverageLevelResponse": ".health_insurance_coverage_level_response",
    "HealthInsuranceEnrolmentIntentResponse": ".health_insurance_enrolment_intent_response",
    "HealthInsuranceEstimatedGrossPremiumResponse": ".health_insurance_estimated_gross_premium_response",
    "HealthInsuranceFamilyCostSharingType": ".health_insurance_family_cost_sharing_type",
    "HealthInsuranceFamilyTypeCostSharingConfigurationResponse": ".health_insurance_family_type_cost_sharing_configuration_response",
    "HealthInsuranceGrossEstimationAmountResponse": ".health_insurance_gross_estimation_amount_response",
    "HealthInsuranceGroupPolicyConfigurationResponse": ".health_insurance_group_policy_configuration_response",
    "HealthInsuranceGroupPolicyResponse": ".health_insurance_group_policy_response",
    "HealthInsuranceMemberCountCostSharingConfigurationResponse": ".health_insurance_member_count_cost_sharing_configuration_response",
    "HealthInsuranceMemberSelectionCostSharingConfigurationResponse": ".health_insurance_member_selection_cost_sharing_configuration_response",
    "HealthInsurancePercentageCostSharingConfigurationResponse": ".health_insurance_percentage_cost_sharing_configuration_response",
    "HealthInsurancePolicyConfigurationResponse": ".health_insurance_policy_configuration_response",
    "HealthInsurancePolicyEstimatedGrossPremiumResponse": ".health_insurance_policy_estimated_gross_premium_response",
    "HealthInsurancePolicyGrossEstimationAmountResponse": ".health_insurance_policy_gross_estimation_amount_response",
    "HealthInsurancePolicyRenewalResponse": ".health_insurance_policy_renewal_response",
    "HealthInsurancePolicyRenewalStatus": ".health_insurance_policy_renewal_status",
    "HealthInsurancePolicyResponse": ".health_insurance_policy_response",
    "HealthInsuranceRequiredActionResponse": ".health_insurance_required_action_response",
    "HealthInsuranceType": ".health_insurance_type",
    "HttpValidationProblemDetails": ".http_validation_problem_details",
    "HttpValidationProblemDetailsErrors": ".http_validation_problem_details_errors",
    "IndustryExclusionsDetails": ".industry_exclusions_details",
    "IntentActionType": ".intent_action_type",
    "MemberType": ".member_type",
    "MemberTypeCode": ".member_type_code",
    "MemberTypePricingResponse": ".member_type_pricing_response",
    "MembersCountDetails": ".members_count_details",
    "OffboardEmployeeRequest": ".offboard_employee_request",
    "OrderDirection": ".order_direction",
    "OrderDirectionEnumParameter": ".order_direction_enum_parameter",
    "PerMemberPricingResponse": ".per_member_pricing_response",
    "PlanCoverageOptionBenefitResponse": ".plan_coverage_option_benefit_response",
    "PlanCoverageOptionInputType": ".plan_coverage_option_input_type",
    "PlanCoverageOptionResponse": ".plan_coverage_option_response",
    "PlanCoverageOptionScope": ".plan_coverage_option_scope",
    "PlanCoverageOptionSelectionRequest": ".plan_coverage_option_selection_request",
    "PlanCoverageOptionSelectionResponse": ".plan_coverage_option_selection_response",
    "PlanCoverageResponse": ".plan_coverage_response",
    "PlanDocumentResponse": ".plan_document_response",
    "PlanDocumentType": ".plan_document_type",
    "PlanHealthInsuranceResponse": ".plan_health_insurance_response",
    "PlanPricingResponse": ".plan_pricing_response",
    "PlanPricingType": ".plan_pricing_type",
    "PlanProviderResponse": ".plan_provider_response",
    "PlanResponse": ".plan_response",
    "PlanResponsePagedList": ".plan_response_paged_list",
    "PlanSortBy": ".plan_sort_by",
    "PlanSortByEnumParameter": ".plan_sort_by_enum_parameter",
    "PlanWithPricingResponse": ".plan_with_pricing_response",
    "PolicyActiveV2Webhook": ".policy_active_v2_webhook",
    "PolicyAmendmentActionCode": ".policy_amendment_action_code",
    "PolicyAmendmentAssociatedPersonsResponse": ".policy_amendment_associated_persons_response",
    "PolicyAmendmentDependentsResponse": ".policy_amendment_dependents_response",
    "PolicyAmendmentIntentActionRequiredV2Webhook": ".policy_amendment_intent_action_required_v2_webhook",
    "PolicyAmendmentIntentAmendedV2Webhook": ".policy_amendment_intent_amended_v2_webhook",
    "PolicyAmendmentIntentAwaitingQuoteV2Webhook": ".policy_amendment_intent_awaiting_quote_v2_webhook",
    "PolicyAmendmentIntentConfirmationCode": ".policy_amendment_intent_confirmation_code",
    "PolicyAmendmentIntentEventResponse": ".policy_amendment_intent_event_response",
    "PolicyAmendmentIntentFailureCode": ".policy_amendment_intent_failure_code",
    "PolicyAmendmentIntentNotUndertakenV2Webhook": ".policy_amendment_intent_not_undertaken_v2_webhook",
    "PolicyAmendmentIntentPendingConfirmationV2Webhook": ".policy_amendment_intent_pending_confirmation_v2_webhook",
    "PolicyAmendmentIntentProcessingErrorV2Webhook": ".policy_amendment_intent_processing_error_v2_webhook",
    "PolicyAmendmentIntentProcessingV2Webhook": ".policy_amendment_intent_processing_v2_webhook",
    "PolicyAmendmentIntentResponse": ".policy_amendment_intent_response",
    "PolicyAmendmentIntentResponsePagedList": ".policy_amendment_intent_response_paged_list",
    "PolicyAmendmentIntentStatus": ".policy_amendment_intent_status",
    "PolicyAmendmentIntentStatusMultiValueParameter": ".policy_amendment_intent_status_multi_value_parameter",
    "PolicyAmendmentPendingConfirmationResponse": ".policy_amendment_pending_confirmation_response",
    "PolicyAmendmentProcessingErrorResponse": ".policy_amendment_processing_error_response",
    "PolicyAmendmentQualifyingLifeEventResponse": ".policy_amendment_qualifying_life_event_response",
    "PolicyAmendmentQuoteAmountResponse": ".policy_amendment_quote_amount_response",
    "PolicyAmendmentQuoteContributionsResponse": ".policy_amendment_quote_contributions_response",
    "PolicyAmendmentQuoteResponse": ".policy_amendment_quote_response",
    "PolicyAmendmentReasonRequest": ".policy_amendment_reason_request",
    "PolicyAmendmentReasonResponse": ".policy_amendment_reason_response",
    "PolicyAmendmentRequestedChangeRequest": ".policy_amendment_requested_change_request",
    "PolicyAmendmentRequestedChangeResponse": ".policy_amendment_requested_change_response",
    "PolicyAmendmentRequiredActionResponse": ".policy_amendment_required_action_response",
    "PolicyCancelledV2Webhook": ".policy_cancelled_v2_webhook",
    "PolicyConfigurationRequest": ".policy_configuration_request",
    "PolicyConfigurationResponse": ".policy_configuration_response",
    "PolicyEventResponse": ".policy_event_response",
    "PolicyExpiredV2Webhook": ".policy_expired_v2_webhook",
    "PolicyImportIntentAssociatedPersonResponse": ".policy_import_intent_associated_person_response",
    "PolicyImportIntentEventResponse": ".policy_import_intent_event_response",
    "PolicyImportIntentFailedV2Webhook": ".policy_import_intent_failed_v2_webhook",
    "PolicyImportIntentProcessingV2Webhook": ".policy_import_intent_processing_v2_webhook",
    "PolicyImportIntentResponse": ".policy_import_intent_response",
    "PolicyImportIntentResponsePagedList": ".policy_import_intent_response_paged_list",
    "PolicyImportIntentStatus": ".policy_import_intent_status",
    "PolicyImportIntentStatusMultiValueParameter": ".policy_import_intent_status_multi_value_parameter",
    "PolicyImportIntentSuccessV2Webhook": ".policy_import_intent_success_v2_webhook",
    "PolicyImportedV2Webhook": ".policy_imported_v2_webhook",
    "PolicyMemberResponse": ".policy_member_response",
    "PolicyPlanResponse": ".policy_plan_response",
    "PolicyProviderResponse": ".policy_provider_response",
    "PolicyReference": ".policy_reference",
    "PolicyRenewalCanceledV2Webhook": ".policy_renewal_canceled_v2_webhook",
    "PolicyRenewalOpenedV2Webhook": ".policy_renewal_opened_v2_webhook",
    "PolicyRenewalRenewedV2Webhook": ".policy_renewal_renewed_v2_webhook",
    "PolicyResponse": ".policy_response",
    "PolicyResponsePagedList": ".policy_response_paged_list",
    "PolicyScheduledV2Webhook": ".policy_scheduled_v2_webhook",
    "PolicyStatus": ".policy_status",
    "PolicyStatusMultiValueParameter": ".policy_status_multi_value_parameter",
    "PolicyType": ".policy_type",
    "PolicyUpdatedV2Webhook": ".policy_updated_v2_webhook",
    "PricingTierResponse": ".pricing_tier_response",
    "ProblemDetails": ".problem_details",
    "ProviderEnum": ".provider_enum",
    "ProviderEnumMultiValueParameter": ".provider_enum_multi_value_parameter",
    "ProviderResponse": ".provider_response",
    "ProviderResponsePagedList": ".provider_response_paged_list",
    "QualifyingLifeEventSupplementalInfo": ".qualifying_life_event_supplemental_info",
    "QualifyingLifeEventType": ".qualifying_life_event_type",
    "RelationshipType": ".relationship_type",
    "ReplayDeliveryResponse": ".replay_delivery_response",
    "ReplayEventResponse": ".replay_event_response",
    "RequestedChangeType": ".requested_change_type",
    "RequirementObjectType": ".requirement_object_type",
    "RequirementObjectTypeEnumParameter": ".requirement_object_type_enum_parameter",
    "RequirementType": ".requirement_type",
    "RequirementsGetRequirementResponse200": ".requirements_get_requirement_response_200",
    "RequirementsRequirementIdGetResponsesContentApplicationJsonSchemaSchema": ".requirements_requirement_id_get_responses_content_application_json_schema_schema",
    "RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers": ".requirements_requirement_id_post_request_body_content_application_json_schema_answers",
    "RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaSchema": ".requirements_requirement_id_post_responses_content_application_json_schema_schema",
    "RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaStatus": ".requirements_requirement_id_post_responses_content_application_json_schema_status",
    "RequirementsRequirementIdPostResponsesContentApplicationProblemJsonSchemaErrorsItems": ".requirements_requirement_id_post_responses_content_application_problem_json_schema_errors_items",
    "RequirementsSubmitAnswersResponse200": ".requirements_submit_answers_response_200",
    "ScheduledGroupTransitionResponse": ".scheduled_group_transition_response",
    "SelectedOptionRequest": ".selected_option_request",
    "SelectedOptionResponse": ".selected_option_response",
    "SexAtBirth": ".sex_at_birth",
    "SortDirection": ".sort_direction",
    "SortDirectionEnumParameter": ".sort_direction_enum_parameter",
    "SubmitAnswersBody": ".submit_answers_body",
    "SubmitAnswersRequestBadRequestError": ".submit_answers_request_bad_request_error",
    "SubmitAnswersRequestConflictError": ".submit_answers_request_conflict_error",
    "SubmitAnswersRequestInternalServerError": ".submit_answers_request_internal_server_error",
    "SubmitAnswersRequestNotFoundError": ".submit_answers_request_not_found_error",
    "SubmitAnswersRequestUnauthorizedError": ".submit_answers_request_unauthorized_error",
    "SubmitCoverageSelectionsRequest": ".submit_coverage_selections_request",
    "TierBasedPricingResponse": ".tier_based_pricing_response",
    "UpdateAssociatedPersonRequest": ".update_associated_person_request",
    "UpdateEmployeeRequest": ".update_employee_request",
    "UpdateEmployeeRequestMetadataType1": ".update_employee_request_metadata_type_1",
    "UpdateEmployerRequest": ".update_employer_request",
    "UpdateEmployerRequestMetadataType1": ".update_employer_request_metadata_type_1",
    "UpdateGroupRequest": ".update_group_request",
    "WebhookEndpointResponse": ".webhook_endpoint_response",
    "WebhookEndpointResponsePagedList": ".webhook_endpoint_response_paged_list",
    "WebhookVersion": ".webhook_version",
    "WebhookVersionEnumParameter": ".webhook_version_enum_parameter",
}

__all__ = (
    "AddDependentsRequest",
    "AddEmployeeToGroupRequest",
    "AddressModel",
    "AddressModelWithoutCountry",
    "AgeRangeDetails",
    "AmendmentReasonType",
    "AssociatedPersonEligibilityResponse",
    "AssociatedPersonEligibilityResponsePagedList",
    "AssociatedPersonEventResponse",
    "AssociatedPersonResponse",
    "AssociatedPersonResponsePagedList",
    "AssociatedPersonType",
    "AssociatedPersonUpdatedV2Webhook",
    "BenefitType",
    "BenefitTypeMultiValueParameter",
    "BundlingType",
    "CheckGroupEligibilityRequest",
    "ConsentApprovalInput",
    "ConsentLinkResponse",
    "ConsentType",
    "ContactModel",
    "ContributionReportEmployeeBreakdownResponse",
    "ContributionReportEmployeeBreakdownResponsePagedList",
    "ContributionReportEventResponse",
    "ContributionReportFinalizedV2Webhook",
    "ContributionReportFinalizedWebhook",
    "ContributionReportResponse",
    "ContributionReportResponsePagedList",
    "ContributionReportStatus",
    "ContributionReportStatusMultiValueParameter",
    "CostSharingOption",
    "CountryCode",
    "CountryCodeEnumParameter",
    "CreateAssociatedPersonRequest",
    "CreateEmployeeBankAccount",
    "CreateEmployeeRequest",
    "CreateEmployeeRequestMetadataType1",
    "CreateEmployerRequest",
    "CreateEmployerRequestMetadataType1",
    "CreateEnrolmentIntentRequest",
    "CreateGroupPolicyIntentRequest",
    "CreateGroupQuoteIntentRequest",
    "CreateGroupRequest",
    "CreateHostedSessionTokenResponse",
    "CreatePolicyAmendmentIntentRequest",
    "CreatePolicyImportIntentAssociatedPersonRequest",
    "CreatePolicyImportIntentRequest",
    "CreateSessionTokenLinkRequest",
    "CreateSessionTokenRequest",
    "CreateSessionTokenResponse",
    "CurrencyCode",
    "DependentCoverageSelectionsRequest",
    "DependentInfoResponse",
    "DependentsManagementIntentActionCode",
    "DependentsManagementIntentActionRequiredResponse",
    "DependentsManagementIntentActionRequiredV2Webhook",
    "DependentsManagementIntentCompletedV2Webhook",
    "DependentsManagementIntentDependentStatus",
    "DependentsManagementIntentEventResponse",
    "DependentsManagementIntentNotUndertakenV2Webhook",
    "DependentsManagementIntentParentType",
    "DependentsManagementIntentResponse",
    "DependentsManagementIntentStatus",
    "DependentStatus",
    "DisclosureCategory",
    "DisclosureResponse",
    "DisclosureType",
    "EligibilityCheckPlanResponse",
    "EligibilityCheckReasonResponse",
    "EligibilityCheckResponse",
    "EligibilityStatus",
    "EmployeeBankAccount",
    "EmployeeCreatedV2Webhook",
    "EmployeeCreatedWebhook",
    "EmployeeEligibilityCriterionResponse",
    "EmployeeEligibilityCriterionType",
    "EmployeeEventResponse",
    "EmployeeEventResponseMetadataType1",
    "EmployeeHealthInsuranceOfferActionRequiredV2Webhook",
    "EmployeeHealthInsuranceOfferActionRequiredWebhook",
    "EmployeeHealthInsuranceOfferEventResponse",
    "EmployeeHealthInsuranceOfferResponse",
    "EmployeeHealthInsuranceOfferResponsePagedList",
    "EmployeeHealthInsuranceOfferStatus",
    "EmployeeHealthInsurancePolicyActivatedV2Webhook",
    "EmployeeHealthInsurancePolicyActivatedWebhook",
    "EmployeeHealthInsurancePolicyCancelledV2Webhook",
    "EmployeeHealthInsurancePolicyCancelledWebhook",
    "EmployeeHealthInsurancePolicyEventResponse",
    "EmployeeHealthInsurancePolicyExpiredV2Webhook",
    "EmployeeHealthInsurancePolicyExpiredWebhook",
    "EmployeeHealthInsurancePolicyImportedV2Webhook",
    "EmployeeHealthInsurancePolicyResponse",
    "EmployeeHealthInsurancePolicyResponsePagedList",
    "EmployeeHealthInsurancePolicyStatus",
    "EmployeeHealthInsurancePolicyStatusMultiValueParameter",
    "EmployeeHealthPolicyRenewal",
    "EmployeeOffboardedV2Webhook",
    "EmployeeOffboardedWebhook",
    "EmployeeResponse",
    "EmployeeResponseMetadataType1",
    "EmployeeResponsePagedList",
    "EmployeesCountDetails",
    "EmployeeStatus",
    "EmployeeStatusMultiValueParameter",
    "EmployeeUpdatedV2Webhook",
    "EmployeeUpdatedWebhook",
    "EmployerCreatedV2Webhook",
    "EmployerCreatedWebhook",
    "EmployerEligibilityCriterionResponse",
    "EmployerEligibilityCriterionType",
    "EmployerEventResponse",
    "EmployerEventResponseMetadataType1",
    "EmployerHealthInsurancePolicyRenewalStatus",
    "EmployerHealthInsurancePolicyResponse",
    "EmployerHealthInsurancePolicyResponsePagedList",
    "EmployerHealthInsurancePolicyStatus",
    "EmployerHealthInsurancePolicyStatusMultiValueParameter",
    "EmployerHealthInsuranceQuoteAcceptedV2Webhook",
    "EmployerHealthInsuranceQuoteAcceptedWebhook",
    "EmployerHealthInsuranceQuoteActionRequiredV2Webhook",
    "EmployerHealthInsuranceQuoteActionRequiredWebhook",
    "EmployerHealthInsuranceQuoteCreatedV2Webhook",
    "EmployerHealthInsuranceQuoteCreatedWebhook",
    "EmployerHealthInsuranceQuoteEventResponse",
    "EmployerHealthInsuranceQuoteNotUndertakenV2Webhook",
    "EmployerHealthInsuranceQuoteNotUndertakenWebhook",
    "EmployerHealthInsuranceQuotePendingInsurerAcceptanceV2Webhook",
    "EmployerHealthInsuranceQuotePendingInsurerAcceptanceWebhook",
    "EmployerHealthInsuranceQuotePendingV2Webhook",
    "EmployerHealthInsuranceQuotePendingWebhook",
    "EmployerHealthInsuranceQuoteResponse",
    "EmployerHealthInsuranceQuoteResponsePagedList",
    "EmployerHealthInsuranceQuoteStatus",
    "EmployerHealthInsuranceQuoteStatusMultiValueParameter",
    "EmployerOffboardedV2Webhook",
    "EmployerOffboardedWebhook",
    "EmployerResponse",
    "EmployerResponseMetadataType1",
    "EmployerResponsePagedList",
    "EmployerStatus",
    "EmployerStatusMultiValueParameter",
    "EmployerUpdatedV2Webhook",
    "EmployerUpdatedWebhook",
    "EnrolmentIntentActionRequiredResponse",
    "EnrolmentIntentActionRequiredV2Webhook",
    "EnrolmentIntentAddonSelectionRequiredV2Webhook",
    "EnrolmentIntentAssociatedPersonResponse",
    "EnrolmentIntentConfirmationType",
    "EnrolmentIntentDependentResponse",
    "EnrolmentIntentEnrolledV2Webhook",
    "EnrolmentIntentEnrollingV2Webhook",
    "EnrolmentIntentEventResponse",
    "EnrolmentIntentInelgibilityReason",
    "EnrolmentIntentIneligibilityReasonCode",
    "EnrolmentIntentIneligibleV2Webhook",
    "EnrolmentIntentNotUndertakenV2Webhook",
    "EnrolmentIntentPendingConfirmationResponse",
    "EnrolmentIntentPendingConfirmationV2Webhook",
    "EnrolmentIntentPolicyEnrolmentResponse",
    "EnrolmentIntentProcessingV2Webhook",
    "EnrolmentIntentRequirementResponse",
    "EnrolmentIntentRequirementResponsePagedList",
    "EnrolmentIntentResponse",
    "EnrolmentIntentResponsePagedList",
    "EnrolmentIntentScheduledV2Webhook",
    "EnrolmentIntentStatus",
    "EnrolmentIntentStatusMultiValueParameter",
    "EnrolmentReference",
    "EnrolmentStatus",
    "EnrolmentType",
    "EventResponse",
    "EventResponsePagedList",
    "FamilyTierCode",
    "GetContributionReportPeriod",
    "GetEmployeeBreakdownContribution",
    "GetEmployeeBreakdownHealthInsurance",
    "GetEmployeeBreakdownPeriod",
    "GetEmployerHealthPolicyRenewal",
    "GetRequirementRequestBadRequestError",
    "GetRequirementRequestInternalServerError",
    "GetRequirementRequestNotFoundError",
    "GetRequirementRequestUnauthorizedError",
    "GroupArchivedV2Webhook",
    "GroupCreatedV2Webhook",
    "GroupEmployeeAddedV2Webhook",
    "GroupEmployeeEligibleV2Webhook",
    "GroupEmployeeEventResponse",
    "GroupEmployeeMovedEventResponse",
    "GroupEmployeeMovedV2Webhook",
    "GroupEmployeeMoveScheduledEventResponse",
    "GroupEmployeeMoveScheduledV2Webhook",
    "GroupEmployeeRemovedEventResponse",
    "GroupEmployeeRemovedV2Webhook",
    "GroupEmployeeResponse",
    "GroupEmployeeResponsePagedList",
    "GroupEnrolmentType",
    "GroupEventResponse",
    "GroupPolicyActiveV2Webhook",
    "GroupPolicyCancelledV2Webhook",
    "GroupPolicyEventResponse",
    "GroupPolicyExpiredV2Webhook",
    "GroupPolicyIntentActionRequiredResponse",
    "GroupPolicyIntentActionRequiredV2Webhook",
    "GroupPolicyIntentEventResponse",
    "GroupPolicyIntentExpiredV2Webhook",
    "GroupPolicyIntentManualRenewalGatheringRequiredV2Webhook",
    "GroupPolicyIntentPendingProviderApprovalV2Webhook",
    "GroupPolicyIntentPolicyCreatedV2Webhook",
    "GroupPolicyIntentProcessingV2Webhook",
    "GroupPolicyIntentProviderRejectedV2Webhook",
    "GroupPolicyIntentRequirementResponse",
    "GroupPolicyIntentRequirementResponsePagedList",
    "GroupPolicyIntentResponse",
    "GroupPolicyIntentResponsePagedList",
    "GroupPolicyIntentStatus",
    "GroupPolicyIntentStatusMultiValueParameter",
    "GroupPolicyRenewalCanceledV2Webhook",
    "GroupPolicyRenewalOpenedV2Webhook",
    "GroupPolicyRenewalRenewedV2Webhook",
    "GroupPolicyResponse",
    "GroupPolicyResponsePagedList",
    "GroupPolicyScheduledV2Webhook",
    "GroupPolicyStatus",
    "GroupPolicyStatusMultiValueParameter",
    "GroupPolicyUpdatedV2Webhook",
    "GroupQuoteIntentActionRequiredResponse",
    "GroupQuoteIntentActionRequiredV2Webhook",
    "GroupQuoteIntentAwaitingQuoteV2Webhook",
    "GroupQuoteIntentEventResponse",
    "GroupQuoteIntentProcessingV2Webhook",
    "GroupQuoteIntentQuoteAvailableV2Webhook",
    "GroupQuoteIntentQuoteExpiredV2Webhook",
    "GroupQuoteIntentRejectedByInsurerV2Webhook",
    "GroupQuoteIntentRejectedV2Webhook",
    "GroupQuoteIntentRequirementResponse",
    "GroupQuoteIntentRequirementResponsePagedList",
    "GroupQuoteIntentResponse",
    "GroupQuoteIntentResponsePagedList",
    "GroupQuoteIntentStatus",
    "GroupQuoteIntentStatusMultiValueParameter",
    "GroupQuoteResponse",
    "GroupReadyV2Webhook",
    "GroupResponse",
    "GroupResponsePagedList",
    "GroupStatus",
    "GroupStatusMultiValueParameter",
    "GroupType",
    "GroupUpdatedV2Webhook",
    "HealthInsuranceContributionCategory",
    "HealthInsuranceContributionMemberType",
    "HealthInsuranceContributionType",
    "HealthInsuranceCostSharingConfigurationResponse",
    "HealthInsuranceCostSharingType",
    "HealthInsuranceCoverageLevelDocumentResponse",
    "HealthInsuranceCoverageLevelResponse",
    "HealthInsuranceEnrolmentIntentResponse",
    "HealthInsuranceEstimatedGrossPremiumResponse",
    "HealthInsuranceFamilyCostSharingType",
    "HealthInsuranceFamilyTypeCostSharingConfigurationResponse",
    "HealthInsuranceGrossEstimationAmountResponse",
    "HealthInsuranceGroupPolicyConfigurationResponse",
    "HealthInsuranceGroupPolicyResponse",
    "HealthInsuranceMemberCountCostSharingConfigurationResponse",
    "HealthInsuranceMemberSelectionCostSharingConfigurationResponse",
    "HealthInsurancePercentageCostSharingConfigurationResponse",
    "HealthInsurancePolicyConfigurationResponse",
    "HealthInsurancePolicyEstimatedGrossPremiumResponse",
    "HealthInsurancePolicyGrossEstimationAmountResponse",
    "HealthInsurancePolicyRenewalResponse",
    "HealthInsurancePolicyRenewalStatus",
    "HealthInsurancePolicyResponse",
    "HealthInsuranceRequiredActionResponse",
    "HealthInsuranceType",
    "HttpValidationProblemDetails",
    "HttpValidationProblemDetailsErrors",
    "IndustryExclusionsDetails",
    "IntentActionType",
    "MembersCountDetails",
    "MemberType",
    "MemberTypeCode",
    "MemberTypePricingResponse",
    "OffboardEmployeeRequest",
    "OrderDirection",
    "OrderDirectionEnumParameter",
    "PerMemberPricingResponse",
    "PlanCoverageOptionBenefitResponse",
    "PlanCoverageOptionInputType",
    "PlanCoverageOptionResponse",
    "PlanCoverageOptionScope",
    "PlanCoverageOptionSelectionRequest",
    "PlanCoverageOptionSelectionResponse",
    "PlanCoverageResponse",
    "PlanDocumentResponse",
    "PlanDocumentType",
    "PlanHealthInsuranceResponse",
    "PlanPricingResponse",
    "PlanPricingType",
    "PlanProviderResponse",
    "PlanResponse",
    "PlanResponsePagedList",
    "PlanSortBy",
    "PlanSortByEnumParameter",
    "PlanWithPricingResponse",
    "PolicyActiveV2Webhook",
    "PolicyAmendmentActionCode",
    "PolicyAmendmentAssociatedPersonsResponse",
    "PolicyAmendmentDependentsResponse",
    "PolicyAmendmentIntentActionRequiredV2Webhook",
    "PolicyAmendmentIntentAmendedV2Webhook",
    "PolicyAmendmentIntentAwaitingQuoteV2Webhook",
    "PolicyAmendmentIntentConfirmationCode",
    "PolicyAmendmentIntentEventResponse",
    "PolicyAmendmentIntentFailureCode",
    "PolicyAmendmentIntentNotUndertakenV2Webhook",
    "PolicyAmendmentIntentPendingConfirmationV2Webhook",
    "PolicyAmendmentIntentProcessingErrorV2Webhook",
    "PolicyAmendmentIntentProcessingV2Webhook",
    "PolicyAmendmentIntentResponse",
    "PolicyAmendmentIntentResponsePagedList",
    "PolicyAmendmentIntentStatus",
    "PolicyAmendmentIntentStatusMultiValueParameter",
    "PolicyAmendmentPendingConfirmationResponse",
    "PolicyAmendmentProcessingErrorResponse",
    "PolicyAmendmentQualifyingLifeEventResponse",
    "PolicyAmendmentQuoteAmountResponse",
    "PolicyAmendmentQuoteContributionsResponse",
    "PolicyAmendmentQuoteResponse",
    "PolicyAmendmentReasonRequest",
    "PolicyAmendmentReasonResponse",
    "PolicyAmendmentRequestedChangeRequest",
    "PolicyAmendmentRequestedChangeResponse",
    "PolicyAmendmentRequiredActionResponse",
    "PolicyCancelledV2Webhook",
    "PolicyConfigurationRequest",
    "PolicyConfigurationResponse",
    "PolicyEventResponse",
    "PolicyExpiredV2Webhook",
    "PolicyImportedV2Webhook",
    "PolicyImportIntentAssociatedPersonResponse",
    "PolicyImportIntentEventResponse",
    "PolicyImportIntentFailedV2Webhook",
    "PolicyImportIntentProcessingV2Webhook",
    "PolicyImportIntentResponse",
    "PolicyImportIntentResponsePagedList",
    "PolicyImportIntentStatus",
    "PolicyImportIntentStatusMultiValueParameter",
    "PolicyImportIntentSuccessV2Webhook",
    "PolicyMemberResponse",
    "PolicyPlanResponse",
    "PolicyProviderResponse",
    "PolicyReference",
    "PolicyRenewalCanceledV2Webhook",
    "PolicyRenewalOpenedV2Webhook",
    "PolicyRenewalRenewedV2Webhook",
    "PolicyResponse",
    "PolicyResponsePagedList",
    "PolicyScheduledV2Webhook",
    "PolicyStatus",
    "PolicyStatusMultiValueParameter",
    "PolicyType",
    "PolicyUpdatedV2Webhook",
    "PricingTierResponse",
    "ProblemDetails",
    "ProviderEnum",
    "ProviderEnumMultiValueParameter",
    "ProviderResponse",
    "ProviderResponsePagedList",
    "QualifyingLifeEventSupplementalInfo",
    "QualifyingLifeEventType",
    "RelationshipType",
    "ReplayDeliveryResponse",
    "ReplayEventResponse",
    "RequestedChangeType",
    "RequirementObjectType",
    "RequirementObjectTypeEnumParameter",
    "RequirementsGetRequirementResponse200",
    "RequirementsRequirementIdGetResponsesContentApplicationJsonSchemaSchema",
    "RequirementsRequirementIdPostRequestBodyContentApplicationJsonSchemaAnswers",
    "RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaSchema",
    "RequirementsRequirementIdPostResponsesContentApplicationJsonSchemaStatus",
    "RequirementsRequirementIdPostResponsesContentApplicationProblemJsonSchemaErrorsItems",
    "RequirementsSubmitAnswersResponse200",
    "RequirementType",
    "ScheduledGroupTransitionResponse",
    "SelectedOptionRequest",
    "SelectedOptionResponse",
    "SexAtBirth",
    "SortDirection",
    "SortDirectionEnumParameter",
    "SubmitAnswersBody",
    "SubmitAnswersRequestBadRequestError",
    "SubmitAnswersRequestConflictError",
    "SubmitAnswersRequestInternalServerError",
    "SubmitAnswersRequestNotFoundError",
    "SubmitAnswersRequestUnauthorizedError",
    "SubmitCoverageSelectionsRequest",
    "TierBasedPricingResponse",
    "UpdateAssociatedPersonRequest",
    "UpdateEmployeeRequest",
    "UpdateEmployeeRequestMetadataType1",
    "UpdateEmployerRequest",
    "UpdateEmployerRequestMetadataType1",
    "UpdateGroupRequest",
    "WebhookEndpointResponse",
    "WebhookEndpointResponsePagedList",
    "WebhookVersion",
    "WebhookVersionEnumParameter",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
