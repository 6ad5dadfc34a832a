"""Turn paths into Article objects: .txt, .jsonl, folders (recursively) and stdin.

Every problem is an InputError naming the file (and the line for JSONL), raised
before anything is stored, so a bad batch never half-lands.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from pydantic import ValidationError

from newsgraph.errors import InputError
from newsgraph.schema import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")


def parse_text(raw: str, origin: str) -> Article:
    """A plain-text article with an optional leading ``date YYYY-MM-DD``."""
    published = None
    body = raw
    m = _DATE_HEADER.match(raw)
    if m:
        published = m.group(1)
        body = raw[m.end():]
    body = body.strip()
    if not body:
        raise InputError(f"{origin}: empty article (no text)", hint="give the file some article text")
    try:
        return Article(text=body, published=published, path=origin)
    except ValidationError as exc:
        raise InputError(f"{origin}: {_first_error(exc)}") from None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ()))
    msg = err.get("msg", "invalid").removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def _decode(data: bytes, origin: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary file, not a text article", hint="pass .txt or .jsonl files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin}: not valid UTF-8 (byte {exc.start})", hint="re-save the file as UTF-8"
        ) from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_jsonl(raw: str, origin: str) -> list[Article]:
    """One article per line: fields text (required), date, title, url, source."""
    out = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{origin}:{lineno}: malformed JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{origin}:{lineno}: expected a JSON object")
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{origin}:{lineno}: missing or empty \"text\" field")
        unknown = set(row) - {"text", "date", "title", "url", "source", "id"}
        if unknown:
            raise InputError(f"{origin}:{lineno}: unknown field(s) {', '.join(sorted(unknown))}",
                             hint="fields are text, date, title, url, source")
        try:
            out.append(Article(text=text.strip(), published=row.get("date") or None, title=row.get("title"),
                               url=row.get("url"), source=row.get("source"), path=f"{origin}:{lineno}"))
        except ValidationError as exc:
            raise InputError(f"{origin}:{lineno}: {_first_error(exc)}") from None
    if not out:
        raise InputError(f"{origin}: empty file (no articles)")
    return out


def read_file(path: Path) -> list[Article]:
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'!r}",
                         hint="newsgraph reads .txt and .jsonl files")
    raw = _decode(_read_bytes(path), str(path))
    if not raw.strip():
        raise InputError(f"{path}: empty file (no text)")
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(raw, str(path))
    return [parse_text(raw, str(path))]


def _walk(folder: Path) -> Iterator[Path]:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts):
            if p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                yield p


def read_stdin(stream=None) -> list[Article]:
    stream = stream or sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    raw = _decode(data, "<stdin>") if isinstance(data, bytes) else data
    if not raw.strip():
        raise InputError("<stdin>: empty input")
    first = raw.lstrip()[:1]
    if first == "{":
        return read_jsonl(raw, "<stdin>")
    return [parse_text(raw, "<stdin>")]


def read_articles(paths: Iterable[str | Path]) -> list[Article]:
    """Read every path (file, folder or ``-``) and return the articles, de-duplicated by id.

    Everything is read and validated first: a bad file anywhere stops the whole
    batch before a single article is stored.
    """
    articles: dict[str, Article] = {}
    for p in paths:
        if str(p) == "-":
            found = read_stdin()
        else:
            path = Path(p)
            if not path.exists():
                raise InputError(f"{path}: no such file or directory")
            if path.is_dir():
                files = list(_walk(path))
                if not files:
                    raise InputError(f"{path}: folder holds no .txt or .jsonl files")
                found = [a for f in files for a in read_file(f)]
            else:
                found = read_file(path)
        for art in found:
            articles.setdefault(art.id, art)
    return list(articles.values())
