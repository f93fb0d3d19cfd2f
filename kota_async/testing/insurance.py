"""Health insurance quotes and offers, enough to drive Kota's "action required" flow.

Kota's most important webhooks are `employer.health_insurance.quote.action_required` and
`employee.health_insurance.offer.action_required`: they carry a `required_action`
(`reason`, `reason_description`, `code`, `due_at`) that platforms must pass on to the
employer or employee. In real life an insurer triggers them; in the fake, a test or the
demo does, through `FakeKota.quote_action_required()` and
`FakeKota.offer_action_required()`. The quote or offer is kept, so the list and
retrieve endpoints for quotes and offers answer with it too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from kota_async.testing.clock import format_datetime
from kota_async.testing.filters import status_filter
from kota_async.testing.pagination import paginate
from kota_async.testing.pipeline import Call, Handler
from kota_async.testing.problems import Problem
from kota_async.testing.store import EventRecord, State, new_id

__all__ = ["QUOTE_STATUSES", "HealthInsurance", "RequiredAction"]

QUOTE_STATUSES = (
    "pending_quote",
    "action_required",
    "not_undertaken",
    "accepted",
    "pending_insurer_acceptance",
)
QUOTE_OBJECT = "employer_health_insurance_quote"
OFFER_OBJECT = "employee_health_insurance_offer"
DEFAULT_DUE_DAYS = 14

RequiredAction = dict[str, str]
"""`{"reason", "reason_description", "code", "due_at"}` as in HealthInsuranceRequiredAction."""


def required_action(
    reason: str, reason_description: str, code: str, due_at: date | str
) -> RequiredAction:
    """A required_action object; `due_at` is a date (or an ISO date string)."""
    due = due_at.isoformat() if isinstance(due_at, date) else date.fromisoformat(due_at).isoformat()
    return {"reason": reason, "reason_description": reason_description, "code": code, "due_at": due}


class HealthInsurance:
    """Quotes and offers of one fake, and the action-required events about them."""

    def __init__(self, state: State, base_url: Callable[[], str]) -> None:
        self.state = state
        self._base_url = base_url
        self.quotes: dict[str, dict[str, Any]] = {}
        self.offers: dict[str, dict[str, Any]] = {}

    def routes(self) -> dict[str, Handler]:
        """Operation id -> endpoint."""
        return {
            "ListEmployerHealthInsuranceQuotes": self.list_quotes,
            "RetrieveEmployerHealthInsuranceQuote": self.retrieve_quote,
            "ListEmployeeHealthInsuranceOffers": self.list_offers,
            "RetrieveEmployeeHealthInsuranceOffer": self.retrieve_offer,
        }

    def default_due(self) -> date:
        """When a required action is due unless the caller says otherwise."""
        return self.state.clock.today() + timedelta(days=DEFAULT_DUE_DAYS)

    def quote_action_required(self, employer_id: str, action: RequiredAction) -> EventRecord:
        """Store an action-required quote for the employer and record its event."""
        employer = self.state.employer(employer_id)
        if employer is None:
            raise KeyError(f"no employer {employer_id!r}")
        currency = "gbp" if employer.legal_address.get("country_code") == "gb" else "eur"
        quote_id = new_id("erhq")
        quote: dict[str, Any] = {
            "object": QUOTE_OBJECT,
            "id": quote_id,
            "employer_id": employer_id,
            "quoted_at": format_datetime(self.state.now()),
            "status": "action_required",
            "required_action": action,
            "coverage_levels": [self._coverage_level(currency)],
        }
        self.quotes[quote_id] = quote
        return self.state.record_event(
            "employer.health_insurance.quote.action_required", QUOTE_OBJECT, quote
        )

    def offer_action_required(self, employee_id: str, action: RequiredAction) -> EventRecord:
        """Store an action-required offer for the employee and record its event."""
        employee = self.state.employee(employee_id)
        if employee is None:
            raise KeyError(f"no employee {employee_id!r}")
        address = employee.fields.get("home_address") or {}
        currency = "gbp" if address.get("country_code") == "gb" else "eur"
        offer_id = new_id("eeho")
        offer: dict[str, Any] = {
            "object": OFFER_OBJECT,
            "id": offer_id,
            "employer_id": employee.employer_id,
            "employee_id": employee.id,
            "external_customer_id": employee.fields.get("external_customer_id"),
            "status": "action_required",
            "required_action": action,
            "coverage_level": self._coverage_level(currency),
        }
        self.offers[offer_id] = offer
        return self.state.record_event(
            "employee.health_insurance.offer.action_required", OFFER_OBJECT, offer
        )

    def list_quotes(self, call: Call) -> dict[str, Any]:
        """GET /employers/{employer_id}/health_insurance/quotes."""
        employer_id = call.path["employer_id"]
        items = [q for q in reversed(self.quotes.values()) if q["employer_id"] == employer_id]
        wanted = status_filter(call.query, "status", QUOTE_STATUSES)
        if wanted is not None:
            items = [q for q in items if q["status"] in wanted]
        return paginate(items, call.query, lambda q: q)

    def retrieve_quote(self, call: Call) -> dict[str, Any]:
        """GET /employers/{employer_id}/health_insurance/quotes/{employer_quote_id}."""
        quote = self.quotes.get(call.path["employer_quote_id"])
        if quote is None or quote["employer_id"] != call.path["employer_id"]:
            raise Problem.not_found("health insurance quote", call.path["employer_quote_id"])
        return quote

    def list_offers(self, call: Call) -> dict[str, Any]:
        """GET /employees/{employee_id}/health_insurance/offers."""
        employee_id = call.path["employee_id"]
        if self.state.employee(employee_id) is None:
            raise Problem.not_found("employee", employee_id)
        items = [o for o in reversed(self.offers.values()) if o["employee_id"] == employee_id]
        return paginate(items, call.query, lambda o: o)

    def retrieve_offer(self, call: Call) -> dict[str, Any]:
        """GET /employees/{employee_id}/health_insurance/offers/{employee_offer_id}."""
        offer = self.offers.get(call.path["employee_offer_id"])
        if offer is None or offer["employee_id"] != call.path["employee_id"]:
            raise Problem.not_found("health insurance offer", call.path["employee_offer_id"])
        return offer

    def _coverage_level(self, currency: str) -> dict[str, Any]:
        base = self._base_url()
        return {
            "plan_id": "pl_fakekota0000000000000000000000001",
            "plan_name": "FakeKota Health Essentials",
            "plan_currency": currency,
            "provider_name": "FakeKota Insurance",
            "provider_logo_url": f"{base}/_static/provider-logo.png",
            "provider_employer_platform_url": None,
            "provider_support_phone": None,
            "documents": [
                {"title": "Table of benefits", "link": f"{base}/_static/table-of-benefits.pdf"}
            ],
        }
