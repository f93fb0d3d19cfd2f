"""Find the SDK method of each spec operation, and call it the way a user would.

The generated namespaces (``kota.employers.health_insurance.quotes.list``) document the
operation they call as ``METHOD /path`` (OperationId) in their docstring; that line is how
the contract test pairs every operation of the spec with the method a user calls, so a new
operation is exercised through the SDK without anyone listing it here.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType
from typing import Any

from spec_samples import SampleBuilder

from kota_async._generated import api as generated_api
from kota_async._generated import resources as generated_resources

_DOC_LINE = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/\S*)` \(([^)]+)\)")


@dataclass(frozen=True)
class SdkOperation:
    """One generated SDK method and the spec operation it calls."""

    operation_id: str
    method: str
    path: str
    dotted: str  # "employers.health_insurance.quotes.list"

    def bound(self, client: object) -> Callable[..., Any]:
        """The method on ``client`` (a KotaClient), e.g. ``kota.employers.create``."""
        target: Any = client
        for name in self.dotted.split("."):
            target = getattr(target, name)
        if not callable(target):
            raise TypeError(f"kota.{self.dotted} is not callable")
        method: Callable[..., Any] = target
        return method


def discover_sdk_operations() -> dict[str, SdkOperation]:
    """Every operation method of the generated namespaces, by operationId."""
    found: dict[str, SdkOperation] = {}
    _walk(generated_resources.Resources, "", found)
    return found


def _walk(cls: type, prefix: str, found: dict[str, SdkOperation]) -> None:
    for name, attr in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(attr, cached_property):
            child = _namespace_class(attr)
            _walk(child, f"{prefix}{name}.", found)
        elif inspect.isfunction(attr):
            match = _DOC_LINE.search(inspect.getdoc(attr) or "")
            if match is None:
                raise LookupError(
                    f"{prefix}{name}: docstring names no `METHOD /path` (OperationId)"
                )
            method, path, operation_id = match.groups()
            found[operation_id] = SdkOperation(operation_id, method, path, f"{prefix}{name}")


def _namespace_class(prop: cached_property[Any]) -> type:
    annotation = prop.func.__annotations__["return"]
    cls = vars(generated_resources)[annotation] if isinstance(annotation, str) else annotation
    if not isinstance(cls, type):
        raise LookupError(f"{prop.attrname}: not a namespace class: {annotation!r}")
    return cls


def operation_modules() -> dict[str, ModuleType]:
    """The generated ``api/<tag>/<operation>.py`` modules, by the operationId of their ENDPOINT."""
    modules: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(generated_api.__path__, f"{generated_api.__name__}."):
        module = importlib.import_module(info.name)
        endpoint = getattr(module, "ENDPOINT", None)
        if endpoint is not None:
            modules[endpoint.operation_id] = module
    return modules


@dataclass(frozen=True)
class Call:
    """The arguments one SDK call is made with."""

    args: list[Any]
    kwargs: dict[str, Any]


def sample_call(
    spec: Mapping[str, Any],
    builder: SampleBuilder,
    method: str,
    path: str,
    signature: inspect.Signature,
) -> Call:
    """Arguments for an operation: path ids in URL order, required query and body fields.

    Top-level dates are passed as ``datetime.date`` / ``datetime.datetime`` (as the SDK's
    signatures ask); nested objects as plain dicts, which the SDK accepts and validates.
    """
    operation = spec["paths"][path][method.lower()]
    params = [builder.resolve(p) for p in operation.get("parameters", [])]
    by_name = {(p["name"], p["in"]): p for p in params}
    args = [
        builder.sample(by_name[(name, "path")]["schema"], name)
        for name in re.findall(r"{([^}]+)}", path)
    ]
    kwargs: dict[str, Any] = {}
    for param in params:
        if param["in"] == "query" and param.get("required"):
            kwargs[param["name"]] = _native(
                builder, param["schema"], builder.sample(param["schema"])
            )
    if "requestBody" in operation:
        body = builder.resolve(
            builder.resolve(operation["requestBody"])["content"]["application/json"]["schema"]
        )
        properties = body.get("properties", {})
        for name in body.get("required", []):
            value = builder.sample(properties[name], f"body.{name}")
            kwargs[name] = _native(builder, properties[name], value)
    unknown = sorted(set(kwargs) - set(signature.parameters))
    if unknown:
        raise LookupError(
            f"{method} {path}: the SDK method takes no {unknown} (signature {signature})"
        )
    return Call(args, kwargs)


def _native(builder: SampleBuilder, schema: Mapping[str, Any], value: Any) -> Any:
    fmt = builder.resolve(schema).get("format")
    if isinstance(value, str) and fmt == "date":
        return datetime.date.fromisoformat(value)
    if isinstance(value, str) and fmt == "date-time":
        return datetime.datetime.fromisoformat(value)
    return value


def prism_cannot_fake(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> bool:
    """Whether a response schema holds ``{type: 'null', allOf: [<object>]}`` somewhere.

    Kota's description marks nullable nested objects that way. Read literally (JSON Schema
    2020-12) only ``null`` satisfies it, yet Prism's generator fills in the object, and then
    reports its own response as invalid. Such operations can only be held to the request
    half of the contract.
    """
    builder = SampleBuilder(spec)
    seen: set[int] = set()

    def visit(node: Any) -> bool:
        if not isinstance(node, Mapping):
            return False
        if "$ref" in node:
            target = builder.resolve(node)
            if id(target) in seen:
                return False
            seen.add(id(target))
            return visit(target)
        kind = node.get("type")
        if (kind == "null" or kind == ["null"]) and ("allOf" in node or "$ref" in node):
            return True
        children: list[Any] = list(node.get("properties", {}).values())
        children += [node[k] for k in ("items", "additionalProperties") if k in node]
        children += [s for k in ("allOf", "anyOf", "oneOf") for s in node.get(k, [])]
        return any(visit(child) for child in children)

    return visit(schema)
