"""How operations become SDK methods: the namespace tree and each method's signature.

openapi-python-client parses the spec; this module turns its endpoints into plain data
(`Operation`, `Namespace`) that our templates render, so the templates stay free of logic
and every naming rule lives here, in one place:

- namespaces mirror the URL's collection segments (`/employers/{id}/health_insurance/quotes`
  -> `employers.health_insurance.quotes`); a few two-word roots are joined
  (`/embed/sessions` -> `embed_sessions`);
- verbs: GET on a collection is `list`, POST `create`; on an item GET is `retrieve`, PUT
  `update`, DELETE `delete`; any other trailing segment is an action named after it
  (`/employers/{id}/offboard` -> `employers.offboard`);
- path parameters are positional (URL order); body fields and query filters keyword-only;
  a nested object is accepted as its model or as a plain mapping.

Every name that reaches generated code is checked to be a plain identifier, and every
string is emitted with `repr`, so the spec cannot inject code.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import (
    EnumProperty,
    ListProperty,
    ModelProperty,
    UnionProperty,
)

# Roots written as two URL segments that read as one resource.
ROOT_RENAMES = {
    "/embed/sessions": "/embed_sessions",
    "/hosted/sessions": "/hosted_sessions",
    "/webhooks/endpoints": "/webhook_endpoints",
}

# Operations whose URL alone does not give the name users expect.
METHOD_OVERRIDES = {
    "CancelOffboardingEmployee": "cancel_offboarding",
    "submit-answers": "submit_answers",
}

# Keyword names every method owns; a spec field of the same name would be shadowed.
RESERVED = {
    "self",
    "idempotency_key",
    "timeout",
    "max_retries",
    "extra_headers",
    "limit",
    "prefetch",
    "options",
}

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WIRE_NAME = re.compile(r"^[A-Za-z0-9_.\-]+$")


class NamingError(ValueError):
    """The spec contains something the naming rules cannot map safely."""


def identifier(text: str) -> str:
    """`text` if it is a safe Python identifier, else a NamingError."""
    if not _IDENTIFIER.match(text) or keyword.iskeyword(text):
        raise NamingError(f"not a safe identifier: {text!r}")
    return text


def wire(text: str) -> str:
    """A JSON or URL name as a Python string literal, refused if it is anything exotic."""
    if not _WIRE_NAME.match(text):
        raise NamingError(f"unexpected characters in name: {text!r}")
    return repr(text)


def snake(text: str) -> str:
    return identifier(text.replace("-", "_"))


def camel(parts: tuple[str, ...]) -> str:
    return "".join(p.title().replace("_", "") for p in parts)


@dataclass
class Arg:
    """One argument of a generated method."""

    py: str
    wire: str
    annotation: str
    required: bool

    @property
    def declaration(self) -> str:
        if self.required:
            return f"{self.py}: {self.annotation}"
        return f"{self.py}: {self.annotation} | Unset = UNSET"


@dataclass
class Operation:
    """Everything the templates need to render one operation, as safe strings."""

    operation_id: str
    module: str
    tag: str
    method: str
    path: str
    summary: str
    namespace: tuple[str, ...]
    verb: str
    path_params: list[Arg]
    query: list[Arg]
    body: list[Arg]
    body_class: str | None
    response_class: str | None
    item_class: str | None
    modules: dict[str, str] = field(default_factory=dict)

    @property
    def runtime_names(self) -> list[str]:
        """Models the operation module needs at run time (to decode and validate)."""
        return sorted({n for n in (self.response_class, self.body_class, self.item_class) if n})

    @property
    def typing_names(self) -> list[str]:
        """Models named only in annotations."""
        return sorted(set(self.modules) - set(self.runtime_names))

    @property
    def is_list(self) -> bool:
        return self.item_class is not None

    @property
    def import_path(self) -> str:
        return f".api.{self.tag}.{self.module}"

    @property
    def return_type(self) -> str:
        if self.item_class:
            return f"AsyncPager[{self.item_class}]"
        return self.response_class or "None"

    @property
    def list_query(self) -> list[Arg]:
        """Query filters a list method exposes; the pager owns page and page_size."""
        return [a for a in self.query if a.wire not in ("'page'", "'page_size'")]


@dataclass
class Namespace:
    """One level of the resource tree (`kota.employers.health_insurance`)."""

    path: tuple[str, ...]
    children: dict[str, Namespace] = field(default_factory=dict)
    operations: list[Operation] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return camel(self.path) + "Resource" if self.path else "Resources"

    def walk(self) -> list[Namespace]:
        out = [self]
        for name in sorted(self.children):
            out.extend(self.children[name].walk())
        return out


def _annotation(prop: Any, names: dict[str, str], *, accept_mapping: bool) -> str:
    """The type users may pass for `prop` (models also as plain mappings)."""
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for inner in prop.inner_properties:
            for piece in _annotation(inner, names, accept_mapping=accept_mapping).split(" | "):
                if piece not in parts:
                    parts.append(piece)
        return " | ".join(parts)
    if isinstance(prop, ModelProperty):
        name = identifier(prop.class_info.name)
        names[name] = identifier(prop.class_info.module_name)
        return f"{name} | Mapping[str, Any]" if accept_mapping else name
    if isinstance(prop, ListProperty):
        inner = _annotation(prop.inner_property, names, accept_mapping=accept_mapping)
        return f"Sequence[{inner}]" if accept_mapping else f"list[{inner}]"
    if isinstance(prop, EnumProperty):
        name = identifier(prop.class_info.name)
        names[name] = identifier(prop.class_info.module_name)
        return f"{name} | str"
    text: str = prop.get_base_type_string().as_unembedded_code()
    # Resource classes define a method named `list`, which would shadow the builtin.
    return re.sub(r"\blist\[", "builtins.list[", text)


def _arg(prop: Any, names: dict[str, str], *, required: bool | None = None) -> Arg:
    py = identifier(prop.python_name)
    if py.endswith("_") and _IDENTIFIER.match(py[:-1]) and not keyword.iskeyword(py[:-1]):
        py = py[:-1]  # `filter_` -> `filter`: a builtin's name is fine for an argument
    if py in RESERVED:
        raise NamingError(f"field {py!r} collides with a per-call option")
    return Arg(
        py=py,
        wire=wire(
            prop.name.get_untrusted_value()
            if hasattr(prop.name, "get_untrusted_value")
            else prop.name
        ),
        annotation=_annotation(prop, names, accept_mapping=True),
        required=prop.required if required is None else required,
    )


def _paged_item(prop: Any) -> str | None:
    """The item model of a `*PagedList` response, or None for any other response."""
    if not isinstance(prop, ModelProperty):
        return None
    props = {p.python_name: p for p in prop.required_properties + prop.optional_properties}
    items = props.get("items")
    if {"items", "page", "page_size", "total_count"} <= set(props) and isinstance(
        items, ListProperty
    ):
        inner = items.inner_property
        if isinstance(inner, ModelProperty):
            return identifier(inner.class_info.name)
    return None


def _item_module(prop: Any) -> str:
    props = {p.python_name: p for p in prop.required_properties + prop.optional_properties}
    return identifier(props["items"].inner_property.class_info.module_name)


def _raw(text: Any) -> str:
    return text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else str(text)


def _segments(path: str) -> list[str]:
    for old, new in ROOT_RENAMES.items():
        if path == old or path.startswith(old + "/"):
            path = new + path[len(old) :]
    return [s for s in path.split("/") if s]


def _collections(all_paths: set[str]) -> set[tuple[str, ...]]:
    """URL prefixes (literal segments only) that name a collection rather than an action.

    A literal is a collection when it is the first segment, when an id follows it somewhere,
    or when a GET on it returns a page (checked by the caller through `paged`).
    """
    found: set[tuple[str, ...]] = set()
    for path in all_paths:
        segs = _segments(path)
        for i, seg in enumerate(segs):
            if seg.startswith("{"):
                continue
            prefix = tuple(segs[: i + 1])
            if i == 0 or (i + 1 < len(segs) and segs[i + 1].startswith("{")):
                found.add(prefix)
    return found


def build_operations(data: GeneratorData, document: dict[str, Any]) -> list[Operation]:
    """Map every parsed endpoint to an `Operation` (sorted by namespace and verb).

    `document` is the raw spec, read for the real operationIds (the parser keeps only a
    snake-cased form).
    """
    endpoints: list[tuple[str, Endpoint]] = [
        (tag, ep) for tag, coll in data.endpoint_collections_by_tag.items() for ep in coll.endpoints
    ]
    paths = {_raw(ep.path) for _, ep in endpoints}
    collections = _collections(paths)
    for _, ep in endpoints:
        segs = _segments(_raw(ep.path))
        ok = [r for r in ep.responses if r.status_code.pattern.startswith("2")]
        if ep.method == "get" and not segs[-1].startswith("{") and ok and _paged_item(ok[0].prop):
            collections.add(tuple(segs))

    ops: list[Operation] = []
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for tag, ep in endpoints:
        op_id = document["paths"][_raw(ep.path)][ep.method.lower()]["operationId"]
        op = _operation(tag, ep, collections, op_id)
        key = (op.namespace, op.verb)
        if key in seen:
            raise NamingError(
                f"{op.operation_id} and {seen[key]} both map to {'.'.join(key[0])}.{op.verb}"
            )
        seen[key] = op.operation_id
        ops.append(op)
    return sorted(ops, key=lambda o: (o.namespace, o.verb))


def _operation(
    tag: str, ep: Endpoint, collections: set[tuple[str, ...]], operation_id: str
) -> Operation:
    path = _raw(ep.path)
    segs = _segments(path)
    namespace: list[str] = []
    action: str | None = None
    for i, seg in enumerate(segs):
        if seg.startswith("{"):
            continue
        if action is None and _is_namespace(segs, i, collections):
            namespace.append(snake(seg))
        else:
            action = snake(seg) if action is None else f"{action}_{snake(seg)}"
    names: dict[str, str] = {}
    ok = [r for r in ep.responses if r.status_code.pattern.startswith("2")]
    response_prop = ok[0].prop if ok else None
    response_class = (
        identifier(response_prop.class_info.name)
        if isinstance(response_prop, ModelProperty)
        else None
    )
    item_class = _paged_item(response_prop)
    method = ep.method.lower()
    if operation_id in METHOD_OVERRIDES:
        verb = METHOD_OVERRIDES[operation_id]
    elif action is not None:
        verb = action
    elif segs[-1].startswith("{"):
        verb = {"get": "retrieve", "put": "update", "patch": "update", "delete": "delete"}.get(
            method, ""
        )
    else:
        verb = {"get": "list", "post": "create"}.get(method, "")
    if not verb:
        raise NamingError(f"no method name for {method.upper()} {path}; add it to METHOD_OVERRIDES")
    if item_class is None and verb == "list":
        raise NamingError(f"{operation_id} is a list without a paged response")

    body: list[Arg] = []
    body_class: str | None = None
    if ep.bodies:
        body_prop = ep.bodies[0].prop
        if not isinstance(body_prop, ModelProperty):
            raise NamingError(f"{operation_id}: only object bodies are supported")
        body_class = identifier(body_prop.class_info.name)
        names[body_class] = identifier(body_prop.class_info.module_name)
        body = [
            _arg(p, names, required=p.required and body_prop.required)
            for p in body_prop.required_properties + body_prop.optional_properties
        ]
    path_params = [_arg(p, names, required=True) for p in ep.path_parameters]
    query = [_arg(p, names) for p in ep.query_parameters]
    taken = [a.py for a in path_params + query + body]
    if len(taken) != len(set(taken)):
        raise NamingError(f"{operation_id}: argument names collide: {taken}")
    if isinstance(response_prop, ModelProperty):
        names[identifier(response_prop.class_info.name)] = identifier(
            response_prop.class_info.module_name
        )
    if item_class:
        names[item_class] = _item_module(response_prop)
    summary = " ".join(_raw(ep.summary or "").split()) if ep.summary else operation_id
    return Operation(
        operation_id=operation_id,
        module=identifier(_raw(ep.name).replace("-", "_")),
        tag=identifier(tag),
        method=method.upper(),
        path=path,
        summary=summary.replace('"""', "'''").replace("\\", "\\\\"),
        namespace=tuple(namespace),
        verb=identifier(verb),
        path_params=path_params,
        query=query,
        body=body,
        body_class=body_class,
        response_class=response_class,
        item_class=item_class,
        modules=names,
    )


def _is_namespace(segs: list[str], i: int, collections: set[tuple[str, ...]]) -> bool:
    """A literal segment is a namespace if it is a collection or leads to one."""
    if tuple(segs[: i + 1]) in collections:
        return True
    nxt = i + 1
    return (
        nxt < len(segs) and not segs[nxt].startswith("{") and _is_namespace(segs, nxt, collections)
    )


def _module_name(operation_id: str) -> str:
    text = re.sub(r"[-\s]+", "_", operation_id)
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return text.lower()


def build_tree(ops: list[Operation]) -> Namespace:
    """Arrange operations into the namespace tree rooted at `Resources`."""
    root = Namespace(path=())
    for op in ops:
        node = root
        for i, name in enumerate(op.namespace):
            node = node.children.setdefault(name, Namespace(path=op.namespace[: i + 1]))
        node.operations.append(op)
    for node in root.walk():
        clash = set(node.children) & {o.verb for o in node.operations}
        if clash:
            raise NamingError(
                f"{node.class_name}: {sorted(clash)} is both a namespace and a method"
            )
    return root
