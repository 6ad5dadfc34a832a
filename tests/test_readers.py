"""Every loader format and every kind of bad input."""
import io
import sys

import pytest

from conftest import FIXTURES
from newsgraph.errors import InputError
from newsgraph.loaders import read_articles
from newsgraph.loaders.readers import parse_text, read_stdin

ARTS = FIXTURES / "articles"
BAD = FIXTURES / "bad"


def test_txt_with_date_header():
    [a] = read_articles([ARTS / "harbour_sanctions.txt"])
    assert a.published == "2025-03-14"
    assert a.text.startswith("The European Union")
    assert a.path.endswith("harbour_sanctions.txt")


def test_date_header_after_leading_whitespace_on_one_line():
    a = parse_text(" date 2026-02-06 A general was shot.", "x.txt")
    assert a.published == "2026-02-06" and a.text == "A general was shot."


def test_txt_without_date_header():
    a = parse_text("Officials met in Lyon on Monday.", "x.txt")
    assert a.published is None and a.text == "Officials met in Lyon on Monday."


def test_jsonl_fields():
    arts = read_articles([ARTS / "batch.jsonl"])
    assert len(arts) == 2
    assert arts[0].title == "Sorvik elected" and arts[0].published == "2024-11-04"
    assert arts[0].url == "https://example.org/sorvik" and arts[0].source == "Example Wire"
    assert arts[1].path.endswith("batch.jsonl:2")


def test_folder_recursive_and_deduplicated(tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "one.txt").write_text("date 2024-01-02\nTroops left Goma on Friday.")
    (tmp_path / "copy.txt").write_text("date 2024-01-02\nTroops  left Goma on Friday.\n")
    (tmp_path / "README.rst").write_text("ignored: not an article extension")
    arts = read_articles([tmp_path])
    assert len(arts) == 1


def test_article_id_is_stable_hash_of_text():
    a1 = read_articles([ARTS / "summit_talks.txt"])[0]
    a2 = read_articles([ARTS / "summit_talks.txt"])[0]
    assert a1.id == a2.id and a1.id.startswith("article:")


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"date 2024-02-02\nRebels seized Goma.")))
    [a] = read_articles(["-"])
    assert a.published == "2024-02-02" and a.path == "<stdin>"


def test_stdin_jsonl():
    data = io.TextIOWrapper(io.BytesIO(b'{"text": "Talks resumed in Doha."}\n'))
    [a] = read_stdin(data)
    assert a.text == "Talks resumed in Doha."


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "empty"),
    ("blank.txt", "empty"),
    ("date_only.txt", "empty"),
    ("image.txt", "binary"),
    ("latin1.txt", "not valid UTF-8"),
    ("notes.docx", "unsupported file type"),
    ("malformed.jsonl", "malformed.jsonl:2: malformed JSON"),
    ("bad_date.jsonl", "bad_date.jsonl:1"),
    ("missing_text.jsonl", "missing_text.jsonl:1: missing or empty \"text\""),
])
def test_bad_input_names_the_file(name, message):
    with pytest.raises(InputError) as exc:
        read_articles([BAD / name])
    text = str(exc.value)
    assert name in text and message in text
    assert "\n" not in text


def test_missing_path():
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read_articles(["nope.txt"])


def test_bad_file_in_batch_stops_everything():
    with pytest.raises(InputError, match="image.txt"):
        read_articles([ARTS, BAD / "image.txt"])
