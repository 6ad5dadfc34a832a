"""Read the canned `.cypher` files, check their parameters and run them on either store.

Header format (comment lines at the top of each file)::

    // name: neighbourhood
    // description: One line saying what the query answers.
    // param: name = "Vladimir Alekseyev"
    // param: hops = 2 (default)

A ``param`` line gives the parameter name and an example value as a JSON
literal (which is also a Cypher literal, so ``:param hops => 2`` works in Neo4j
Browser). ``(default)`` marks the example as the default when the parameter is
not given; otherwise the parameter is required. The example's type is the
parameter's type: command-line values are converted to it.
"""
from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from newsgraph.errors import InputError, NotFoundError
from newsgraph.schema import RELATION_TYPES

_HEADER = re.compile(r"^//\s*(name|description|param):\s*(.*?)\s*$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)(\s*\(default\))?$")
_NO_DEFAULT = object()
# Parameters whose values must be relationship types (a typo would silently match nothing).
RELATION_TYPE_PARAMS = {"type", "types"}


@dataclass(frozen=True)
class Param:
    name: str
    example: Any
    default: Any = _NO_DEFAULT

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT

    @property
    def type_name(self) -> str:
        return {bool: "bool", int: "int", float: "float", list: "list", str: "string"}.get(type(self.example), "any")

    def browser(self) -> str:
        return f":param {self.name} => {json.dumps(self.example, ensure_ascii=False)}"


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    filename: str
    extra: dict[str, Any] = field(default_factory=dict)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def example_params(self) -> dict[str, Any]:
        return {p.name: p.example for p in self.params}

    def browser_example(self) -> str:
        lines = [p.browser() for p in self.params]
        return "\n".join(lines + [self.cypher.strip()])


def parse_query(text: str, filename: str) -> Query:
    """Parse one `.cypher` file's header; the body is the whole text (comments are valid Cypher)."""
    name = description = None
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key == "name":
            name = value
        elif key == "description":
            description = value
        else:
            pm = _PARAM.match(value)
            if not pm:
                raise ValueError(f"{filename}: bad param line {line!r}")
            pname, raw, is_default = pm.groups()
            try:
                example = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{filename}: param {pname} example {raw!r} is not a JSON literal") from exc
            params.append(Param(pname, example, example if is_default else _NO_DEFAULT))
    if not name or not description:
        raise ValueError(f"{filename}: header needs `// name:` and `// description:` lines")
    if filename != f"{name}.cypher":
        raise ValueError(f"{filename}: name {name!r} does not match the file name")
    return Query(name=name, description=description, params=tuple(params), cypher=text, filename=filename)


@lru_cache(maxsize=1)
def _load() -> dict[str, Query]:
    out = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".cypher"):
            q = parse_query(entry.read_text("utf-8"), entry.name)
            out[q.name] = q
    return out


def list_queries() -> list[Query]:
    return list(_load().values())


def get_query(name: str) -> Query:
    queries = _load()
    key = name.removesuffix(".cypher").replace("-", "_")
    if key not in queries:
        raise NotFoundError(f"no canned query named {name!r}",
                            hint="`newsgraph query list` shows them: " + ", ".join(queries))
    return queries[key]


def coerce_param(param: Param, raw: Any) -> Any:
    """Convert a command-line string to the parameter's type (ints stay ints, lists split on commas)."""
    if not isinstance(raw, str):
        return raw
    kind = param.type_name
    text = raw.strip()
    try:
        if kind == "bool":
            if text.lower() in ("true", "yes", "1"):
                return True
            if text.lower() in ("false", "no", "0"):
                return False
            raise ValueError(text)
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "list":
            if text.startswith("["):
                value = json.loads(text)
                if not isinstance(value, list):
                    raise ValueError(text)
                return value
            return [part.strip() for part in text.split(",") if part.strip()]
    except (ValueError, json.JSONDecodeError):
        article = "an" if kind == "int" else "a"
        raise InputError(f"parameter {param.name!r} wants {article} {kind}, got {raw!r}",
                         hint=f"for example --param {param.name}={_cli_example(param)}") from None
    return raw


def _cli_example(param: Param) -> str:
    if isinstance(param.example, list):
        text = ",".join(str(x) for x in param.example) or "MEMBER_OF,LEADS"
    else:
        text = str(param.example)
    return shlex.quote(text) if text else "''"


def prepare_params(query: Query, given: dict[str, Any] | None) -> dict[str, Any]:
    """Typed parameters: defaults filled in, unknown and missing ones refused."""
    given = dict(given or {})
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise InputError(f"query {query.name} has no parameter {unknown[0]!r}", hint=f"its parameters: {known}")
    out: dict[str, Any] = {}
    for p in query.params:
        if p.name in given:
            out[p.name] = coerce_param(p, given[p.name])
        elif not p.required:
            out[p.name] = p.default
        else:
            raise InputError(f"query {query.name} needs --param {p.name}=…",
                             hint=f"for example --param {p.name}={_cli_example(p)}")
    for name in RELATION_TYPE_PARAMS & set(out):
        values = out[name] if isinstance(out[name], list) else [out[name]]
        bad = [v for v in values if v != "" and v not in RELATION_TYPES]
        if bad:
            raise InputError(f"{bad[0]!r} is not a relationship type",
                             hint="relationship types: " + ", ".join(RELATION_TYPES))
    return out


def run_query(store, name: str, params: dict[str, Any] | None = None, engine: str | None = None) -> list[dict[str, Any]]:
    """Run canned query ``name``: Cypher on Neo4j, the networkx equivalent elsewhere.

    ``engine`` forces "cypher" or "python" (the differential tests use both on one store).
    """
    query = get_query(name)
    values = prepare_params(query, params)
    engine = engine or ("cypher" if getattr(store, "kind", None) == "neo4j" else "python")
    if engine == "cypher":
        return store.run(query.cypher, values)
    from .embedded import EMBEDDED

    return EMBEDDED[query.name](store, **values)
