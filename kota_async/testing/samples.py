"""Valid arguments for the first calls of an integration, for tests, demos and benchmarks.

    employer = await kota.employers.create(**employer_fields("Acme Ltd"))
    rows = [employee_fields(employer.id, n) for n in range(500)]
    result = await kota.employees.bulk_create(rows)

Each `n` gives a different person (name, e-mail, tax id, `external_customer_id`) so rows are
distinct for idempotency keys and FakeKota alike; `**changes` overrides any field.
"""

from __future__ import annotations

from typing import Any

_FIRST_NAMES = ("Aoife", "Bram", "Chiara", "Dev", "Elin", "Farid", "Grete", "Hugo")


def employer_fields(legal_name: str = "Example Employer Ltd", **changes: Any) -> dict[str, Any]:
    """Keyword arguments for `kota.employers.create` describing a valid Irish employer."""
    slug = "".join(c for c in legal_name.lower() if c.isalnum())[:20] or "employer"
    fields: dict[str, Any] = {
        "legal_name": legal_name,
        "legal_address": {
            "line1": "1 Grand Canal Square",
            "city": "Dublin",
            "postal_code": "D02 P820",
            "country_code": "ie",
        },
        "contact": {"name": "Niamh Byrne", "email": f"hr@{slug}.example"},
    }
    fields.update(changes)
    return fields


def employee_fields(employer_id: str, n: int = 0, **changes: Any) -> dict[str, Any]:
    """Keyword arguments for `kota.employees.create` (one bulk row): valid person number `n`."""
    first = _FIRST_NAMES[n % len(_FIRST_NAMES)]
    fields: dict[str, Any] = {
        "employer_id": employer_id,
        "external_customer_id": f"person-{n:05d}",
        "first_name": first,
        "last_name": f"Sample{n:05d}",
        "date_of_birth": f"{1980 + n % 25}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "sex_at_birth": "female" if n % 2 else "male",
        "home_address": {
            "line1": f"{n + 1} Grand Canal Street",
            "city": "Dublin",
            "postal_code": "D02 X285",
            "country_code": "ie",
        },
        "nationality": "ie",
        "national_tax_id": f"{1000000 + n}T",
        "start_on": "2025-01-06",
        "phone_number": f"+35315{n:06d}",
        "email": f"{first.lower()}.{n:05d}@sample.example",
    }
    fields.update(changes)
    return fields
