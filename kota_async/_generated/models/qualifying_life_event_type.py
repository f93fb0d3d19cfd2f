"""GENERATED from openapi/kota.yaml; do not edit by hand."""

from __future__ import annotations

from enum import StrEnum


class QualifyingLifeEventType(StrEnum):
    """Values the API documents for QualifyingLifeEventType.

    A value Kota adds later decodes as a pseudo-member (its name is `UNKNOWN`, its value the
    string received) instead of failing, so old SDK versions keep working.
    """

    ADOPTION_OF_CHILD = "adoption_of_child"
    BIRTH_OF_CHILD = "birth_of_child"
    DEATH_OF_SPOUSE_OR_DEPENDENT = "death_of_spouse_or_dependent"
    DEPENDENT_AGED_OUT = "dependent_aged_out"
    DEPENDENT_ELIGIBLE_FOR_GOVERNMENT_PROGRAM = "dependent_eligible_for_government_program"
    DEPENDENT_GAINED_OTHER_COVERAGE = "dependent_gained_other_coverage"
    DEPENDENT_LOST_OTHER_COVERAGE = "dependent_lost_other_coverage"
    DEPENDENT_MOVED_IN_OR_OUT_OF_COVERAGE_AREA = "dependent_moved_in_or_out_of_coverage_area"
    DEPENDENT_STUDENT_STATUS_CHANGE_AFFECTING_ELIGIBILITY = (
        "dependent_student_status_change_affecting_eligibility"
    )
    DIVORCE_OR_LEGAL_SEPARATION = "divorce_or_legal_separation"
    ELIGIBLE_FOR_GOVERNMENT_PROGRAM = "eligible_for_government_program"
    EMPLOYMENT_STATUS_CHANGE_AFFECTING_ELIGIBILITY = (
        "employment_status_change_affecting_eligibility"
    )
    GAINED_LEGAL_GUARDIANSHIP = "gained_legal_guardianship"
    GAINED_OTHER_INSURANCE_COVERAGE = "gained_other_insurance_coverage"
    LOST_LEGAL_GUARDIANSHIP = "lost_legal_guardianship"
    MARRIAGE_OR_CIVIL_PARTNERSHIP = "marriage_or_civil_partnership"
    MOVED_OUT_OF_COVERAGE_AREA = "moved_out_of_coverage_area"
    OTHER_CHANGE = "other_change"

    @classmethod
    def _missing_(cls, value: object) -> QualifyingLifeEventType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
