"""Compare our OpenAPI spec with Kota's published one, fact by fact.

Our spec is written by us, so its prose differs from the reference on purpose; what must not
differ are the facts the SDK is generated from: operations, parameters, bodies, responses and
every schema reachable from them (types, formats, patterns, enums, required lists,
additionalProperties, items), plus the webhook payloads. The comparer walks both documents side
by side through their ``$ref``s and reports each difference once, with the place it was found,
so that a failing run says exactly what to fix.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Keys that carry prose or tooling hints, not facts about the wire format.
PROSE_KEYS = frozenset({"description", "summary", "title", "example", "examples"})
# Keys whose value is a schema, or a list / map of schemas, walked recursively.
SCHEMA_KEYS = frozenset({"items", "not", "additionalProperties", "prefixItems", "contains"})
SCHEMA_LIST_KEYS = frozenset({"allOf", "anyOf", "oneOf"})

IDEMPOTENCY_HEADER = "idempotency-key"


@dataclass(frozen=True)
class Mismatch:
    """One fact on which our spec and the reference disagree."""

    where: str
    ours: Any
    reference: Any

    def __str__(self) -> str:
        return f"{self.where}: ours={self.ours!r} reference={self.reference!r}"


@dataclass
class Report:
    """What a comparison found: coverage, disagreements and allowed extensions."""

    covered: int = 0
    total: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    extensions: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def line(self, noun: str) -> str:
        """The one-line summary printed by the conformance test."""
        return f"{self.covered}/{self.total} {noun}, {len(self.mismatches)} mismatches"


class _Walker:
    """Walks our document and the reference in step, collecting mismatches into a report."""

    def __init__(self, ours: Mapping[str, Any], reference: Mapping[str, Any], report: Report):
        self.ours = ours
        self.reference = reference
        self.report = report
        self._seen_pairs: set[tuple[str, str]] = set()

    # -- helpers -------------------------------------------------------------------------

    def differ(self, where: str, ours: Any, reference: Any) -> None:
        self.report.mismatches.append(Mismatch(where, ours, reference))

    @staticmethod
    def resolve(doc: Mapping[str, Any], node: Any) -> Any:
        """Follow local ``$ref``s (``#/a/b``) until a node without one is reached."""
        hops = 0
        while isinstance(node, Mapping) and "$ref" in node:
            pointer = str(node["$ref"])
            if not pointer.startswith("#/"):
                raise ValueError(f"only local $refs are supported, got {pointer!r}")
            target: Any = doc
            for part in pointer[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            hops += 1
            if hops > 64:
                raise ValueError(f"$ref cycle through {pointer!r}")
        return node

    @staticmethod
    def unwrap(schema: Mapping[str, Any]) -> tuple[str | None, Any, dict[str, Any]]:
        """Split a schema into (ref name, target, structural siblings).

        ``{"$ref": X}`` and ``{"allOf": [{"$ref": X}]}`` both name X as their target; the
        remaining structural keys (e.g. ``type: 'null'`` beside the allOf) are returned as
        siblings so that a nullable wrapper is still compared.
        """
        siblings = _facts(schema)
        if "$ref" in siblings:
            target = str(siblings.pop("$ref"))
            return target, {"$ref": target}, siblings
        all_of = siblings.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], Mapping):
            siblings.pop("allOf")
            inner = all_of[0]
            name = str(inner["$ref"]) if "$ref" in inner else None
            return name, inner, siblings
        return None, None, siblings

    # -- schemas -------------------------------------------------------------------------

    def schema(self, where: str, ours: Any, reference: Any) -> None:
        """Compare two schemas recursively; each pair of named schemas is walked once."""
        if not isinstance(ours, Mapping) or not isinstance(reference, Mapping):
            if ours != reference:
                self.differ(where, ours, reference)
            return
        our_ref, our_target, our_rest = self.unwrap(ours)
        ref_ref, ref_target, ref_rest = self.unwrap(reference)
        if our_target is not None and not our_rest and ref_target is None:
            self.schema(where, self.resolve(self.ours, our_target), reference)
            return
        if ref_target is not None and not ref_rest and our_target is None:
            self.schema(where, ours, self.resolve(self.reference, ref_target))
            return
        if (our_target is None) != (ref_target is None):
            self.differ(
                where,
                "wrapped schema" if our_target is not None else "inline schema",
                "wrapped schema" if ref_target is not None else "inline schema",
            )
            return
        if our_target is not None:
            pair = (our_ref or f"inline:{where}", ref_ref or f"inline:{where}")
            if our_ref is None or ref_ref is None or pair not in self._seen_pairs:
                if our_ref is not None and ref_ref is not None:
                    self._seen_pairs.add(pair)
                named = f"{where}({our_ref.rsplit('/', 1)[-1]})" if our_ref else where
                self.schema(
                    named,
                    self.resolve(self.ours, our_target),
                    self.resolve(self.reference, ref_target),
                )
        self.schema_keys(where, our_rest, ref_rest)

    def schema_keys(
        self, where: str, ours: Mapping[str, Any], reference: Mapping[str, Any]
    ) -> None:
        for key in sorted(set(ours) | set(reference)):
            if key in PROSE_KEYS or key.startswith("x-"):
                continue
            here = f"{where}.{key}"
            if key not in ours or key not in reference:
                self.differ(here, ours.get(key, "<absent>"), reference.get(key, "<absent>"))
            elif key == "properties":
                self.properties(where, ours[key], reference[key])
            elif key in SCHEMA_KEYS:
                self.schema(here, ours[key], reference[key])
            elif key in SCHEMA_LIST_KEYS:
                mine, theirs = ours[key], reference[key]
                if len(mine) != len(theirs):
                    self.differ(here, f"{len(mine)} schemas", f"{len(theirs)} schemas")
                for index, (a, b) in enumerate(zip(mine, theirs, strict=False)):
                    self.schema(f"{here}[{index}]", a, b)
            elif key == "type":
                if _types(ours[key]) != _types(reference[key]):
                    self.differ(here, ours[key], reference[key])
            elif key == "enum":
                self.enum(here, list(ours[key]), list(reference[key]))
            elif key == "required":
                if sorted(ours[key]) != sorted(reference[key]):
                    self.differ(here, sorted(ours[key]), sorted(reference[key]))
            elif ours[key] != reference[key]:
                self.differ(here, ours[key], reference[key])

    def enum(self, where: str, ours: list[Any], reference: list[Any]) -> None:
        """Report enum differences as the values added or dropped, not two long lists."""
        if ours == reference:
            return
        extra = [v for v in ours if v not in reference]
        dropped = [v for v in reference if v not in ours]
        if extra or dropped:
            self.differ(where, f"adds {extra}", f"has {dropped}")
        else:
            self.differ(where, "same values, other order", "reference order")

    def properties(self, where: str, ours: Mapping[str, Any], reference: Mapping[str, Any]) -> None:
        for name in sorted(set(ours) | set(reference)):
            here = f"{where}.{name}"
            if name not in ours:
                self.differ(here, "<absent>", "property")
            elif name not in reference:
                self.differ(here, "property", "<absent>")
            else:
                self.schema(here, ours[name], reference[name])

    # -- operations ----------------------------------------------------------------------

    def operations(self) -> None:
        our_ops = dict(_operations(self.ours))
        ref_ops = dict(_operations(self.reference))
        self.report.total = len(ref_ops)
        for key in sorted(set(our_ops) - set(ref_ops)):
            self.differ(" ".join(key), "operation", "<absent>")
        for key in sorted(ref_ops):
            label = " ".join(key)
            if key not in our_ops:
                self.report.missing.append(label)
                continue
            self.report.covered += 1
            ours, theirs = our_ops[key], ref_ops[key]
            if ours["op"].get("operationId") != theirs["op"].get("operationId"):
                self.differ(
                    f"{label} operationId",
                    ours["op"].get("operationId"),
                    theirs["op"].get("operationId"),
                )
            self.parameters(label, key[0], ours["params"], theirs["params"])
            self.request_body(label, ours["op"].get("requestBody"), theirs["op"].get("requestBody"))
            self.responses(
                label, ours["op"].get("responses", {}), theirs["op"].get("responses", {})
            )
            if ours["op"].get("security") != theirs["op"].get("security"):
                self.differ(
                    f"{label} security", ours["op"].get("security"), theirs["op"].get("security")
                )

    def parameters(self, label: str, method: str, ours: list[Any], reference: list[Any]) -> None:
        mine = {_param_key(p): p for p in (self.resolve(self.ours, x) for x in ours)}
        theirs = {_param_key(p): p for p in (self.resolve(self.reference, x) for x in reference)}
        for key in sorted(set(mine) | set(theirs)):
            where = f"{label} parameter {key[1]}:{key[0]}"
            if key not in theirs:
                param = mine[key]
                if (
                    method == "POST"
                    and key == (IDEMPOTENCY_HEADER, "header")
                    and not param.get("required", False)
                ):
                    self.report.extensions.append(f"{label}: optional Idempotency-Key header")
                else:
                    self.differ(where, "parameter", "<absent>")
                continue
            if key not in mine:
                self.differ(where, "<absent>", "parameter")
                continue
            a, b = mine[key], theirs[key]
            if a["name"] != b["name"]:
                self.differ(f"{where} name", a["name"], b["name"])
            for flag in ("required", "deprecated", "allowEmptyValue"):
                if bool(a.get(flag, False)) != bool(b.get(flag, False)):
                    self.differ(f"{where} {flag}", a.get(flag, False), b.get(flag, False))
            for flag in ("style", "explode"):
                if a.get(flag) != b.get(flag):
                    self.differ(f"{where} {flag}", a.get(flag), b.get(flag))
            self.schema(f"{where} schema", a.get("schema", {}), b.get("schema", {}))

    def content(self, where: str, ours: Mapping[str, Any], reference: Mapping[str, Any]) -> None:
        for media in sorted(set(ours) | set(reference)):
            here = f"{where} {media}"
            if media not in ours or media not in reference:
                self.differ(
                    here,
                    "content" if media in ours else "<absent>",
                    "content" if media in reference else "<absent>",
                )
                continue
            self.schema(
                f"{here} body", ours[media].get("schema", {}), reference[media].get("schema", {})
            )

    def request_body(self, label: str, ours: Any, reference: Any) -> None:
        where = f"{label} request"
        if ours is None or reference is None:
            if (ours is None) != (reference is None):
                self.differ(
                    where, "body" if ours else "<absent>", "body" if reference else "<absent>"
                )
            return
        ours, reference = self.resolve(self.ours, ours), self.resolve(self.reference, reference)
        if bool(ours.get("required", False)) != bool(reference.get("required", False)):
            self.differ(
                f"{where} required", ours.get("required", False), reference.get("required", False)
            )
        self.content(where, ours.get("content", {}), reference.get("content", {}))

    def responses(self, label: str, ours: Mapping[str, Any], reference: Mapping[str, Any]) -> None:
        for status in sorted(set(ours) | set(reference)):
            where = f"{label} {status}"
            if status not in ours or status not in reference:
                self.differ(
                    where,
                    "response" if status in ours else "<absent>",
                    "response" if status in reference else "<absent>",
                )
                continue
            a = self.resolve(self.ours, ours[status])
            b = self.resolve(self.reference, reference[status])
            self.content(where, a.get("content", {}), b.get("content", {}))
            our_headers = {h.lower() for h in a.get("headers", {})}
            ref_headers = {h.lower() for h in b.get("headers", {})}
            if our_headers != ref_headers:
                self.differ(f"{where} headers", sorted(our_headers), sorted(ref_headers))

    def document(self) -> None:
        """Facts outside the operations: servers and authentication."""
        our_servers = sorted(s["url"] for s in self.ours.get("servers", []))
        ref_servers = sorted(s["url"] for s in self.reference.get("servers", []))
        if our_servers != ref_servers:
            self.differ("servers", our_servers, ref_servers)
        if self.ours.get("security") != self.reference.get("security"):
            self.differ("security", self.ours.get("security"), self.reference.get("security"))
        ours = self.ours.get("components", {}).get("securitySchemes", {})
        theirs = self.reference.get("components", {}).get("securitySchemes", {})
        for name in sorted(set(ours) | set(theirs)):
            a = _facts(ours.get(name, {}))
            b = _facts(theirs.get(name, {}))
            if a != b:
                self.differ(f"securitySchemes.{name}", a or "<absent>", b or "<absent>")

    # -- webhooks ------------------------------------------------------------------------

    def webhooks(self) -> None:
        ours = self.ours.get("webhooks", {})
        theirs = self.reference.get("webhooks", {})
        self.report.total = len(theirs)
        for name in sorted(set(ours) - set(theirs)):
            self.differ(f"webhook {name}", "webhook", "<absent>")
        for name in sorted(theirs):
            if name not in ours:
                self.report.missing.append(name)
                continue
            self.report.covered += 1
            self.webhook(name, ours[name], theirs[name])

    def webhook(self, name: str, ours: Mapping[str, Any], reference: Mapping[str, Any]) -> None:
        our_methods = {m for m in ours if m in METHODS}
        ref_methods = {m for m in reference if m in METHODS}
        if our_methods != ref_methods:
            self.differ(f"webhook {name} methods", sorted(our_methods), sorted(ref_methods))
        for method in sorted(our_methods & ref_methods):
            a, b = ours[method], reference[method]
            where = f"webhook {name}"
            if a.get("operationId") != b.get("operationId"):
                self.differ(f"{where} operationId", a.get("operationId"), b.get("operationId"))
            # The reference names the event type in the summary; ours keeps it machine-readable.
            if a.get("x-kota-event-type") != b.get("summary"):
                self.differ(
                    f"{where} x-kota-event-type", a.get("x-kota-event-type"), b.get("summary")
                )
            self.request_body(where, a.get("requestBody"), b.get("requestBody"))
            if set(a.get("responses", {})) != set(b.get("responses", {})):
                self.differ(
                    f"{where} responses",
                    sorted(a.get("responses", {})),
                    sorted(b.get("responses", {})),
                )


def _facts(node: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k not in PROSE_KEYS and not k.startswith("x-")}


def _types(value: Any) -> list[str]:
    return sorted([value] if isinstance(value, str) else list(value))


def _param_key(param: Mapping[str, Any]) -> tuple[str, str]:
    name = str(param["name"])
    location = str(param["in"])
    # Header names are case-insensitive on the wire.
    return (name.lower() if location == "header" else name, location)


def _operations(doc: Mapping[str, Any]) -> Iterator[tuple[tuple[str, str], dict[str, Any]]]:
    for path, item in doc.get("paths", {}).items():
        shared = list(item.get("parameters", []))
        for method in METHODS:
            if method in item:
                op = item[method]
                yield (
                    (method.upper(), path),
                    {
                        "op": op,
                        "params": shared + list(op.get("parameters", [])),
                    },
                )


def compare_operations(ours: Mapping[str, Any], reference: Mapping[str, Any]) -> Report:
    """Compare every operation (and the servers and auth) of ``ours`` with ``reference``."""
    report = Report()
    walker = _Walker(ours, reference, report)
    walker.document()
    walker.operations()
    return report


def compare_webhooks(ours: Mapping[str, Any], reference: Mapping[str, Any]) -> Report:
    """Compare the ``webhooks`` section: keys, event type names and payload schemas."""
    report = Report()
    _Walker(ours, reference, report).webhooks()
    return report
