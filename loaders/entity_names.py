"""Names the NER mistypes or misses, recognised from how the sentence introduces them.

"the centre-right Save Romania Union" (tagged a place "Romania Union"), "the armed
forces, known as the Tatmadaw" (tagged a place), "the elected government of Aung
San Suu Kyi" (tagged an organisation), "an al-Qaeda-linked group, JNIM" and
"known as the CSP-DPA" (not tagged at all). ``entities`` turns the answers into
mentions.
"""
from __future__ import annotations

import re

from . import gazetteer as gz

# Last words that make a capitalised name a body of people, not a place ("Save Romania Union").
_BODY_HEADS = {"Union", "Party", "Front", "Movement", "Alliance", "Congress", "League", "Coalition", "Bloc"}
_UNION_STATES = {"Soviet", "European", "African"}  # unions of states, read elsewhere
# Nouns a name given to ("the armed forces, known as X") makes X a body of people.
_BODY_DESCRIPTIONS = {"forces", "army", "military", "group", "party", "movement", "militia", "police", "agency",
                      "council", "rebels", "alliance", "coalition", "force", "guard", "service", "junta"}
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}")  # "GRU", "CENTCOM", "RFE"
# Nouns an acronym in apposition names a body of ("an al-Qaeda-linked group, JNIM").
_BODY_NOUNS = {"group", "party", "movement", "alliance", "coalition", "militia", "organisation", "organization",
               "front", "faction", "network", "union", "bloc", "outfit", "insurgency", "rebels", "guerrillas"}


def party_name(span, text: str) -> tuple[int, str] | None:
    """(start, name) of a place-tagged name ending in "Union", "Party"…, with the capitalised words before it."""
    words = text.split()
    if span.label_ not in ("GPE", "LOC") or len(words) < 2 or words[-1] not in _BODY_HEADS \
            or gz.lookup_country(text) or words[0] in _UNION_STATES or gz.demonym_country(words[0]):
        return None
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].is_sent_start and doc[start - 1].text not in gz.TITLE_WORDS \
            and not doc[start - 1].ent_type_ and doc[start - 1].pos_ != "DET":
        start -= 1
    return start, doc[start:span.end].text.strip(" ,.;:\"“”")


def named_as_body(span) -> str | None:
    """The noun a name is given to ("the armed forces, known as the Tatmadaw") when it is a body of people."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None
    if verb is None or verb.lemma_ not in ("know", "call", "name") or verb.dep_ != "acl":
        return None
    if verb.lemma_ == "name" and verb.i == verb.head.i + 1:
        return None  # "a man police named as X": the police named him, X is no name of the police
    return verb.head.text if verb.head.lemma_.lower() in _BODY_DESCRIPTIONS else None


def ruled_by(span) -> bool:
    """A multi-word proper name whose government it is: a person, whatever the NER said."""
    root = span.root
    return len(span) >= 2 and all(t.pos_ == "PROPN" for t in span if t.dep_ != "det") and root.dep_ == "pobj" \
        and root.head.lower_ == "of" and root.head.head.lemma_ in ("government", "administration", "regime", "cabinet")


def _acronym_span(doc, i: int) -> tuple[int, int]:
    """"CSP-DPA" split by the tokenizer into CSP, -, DPA: one name."""
    start, end = i, i + 1
    while start >= 2 and doc[start - 1].text == "-" and ACRONYM.fullmatch(doc[start - 2].text) \
            and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and ACRONYM.fullmatch(doc[end + 1].text) \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return start, end


def acronyms(doc, taken: set[int], texts: list[str],
             known: dict[str, str | None]) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, kind) of all-caps names the NER missed, when the text says they name a body:
    "a group, JNIM", "known as the CSP-DPA", or it tagged them elsewhere (``known``: "a TPLF spokesman", then
    an untagged "accusing the TPLF"); every other use of the same acronym then names it too."""
    found: dict[str, str | None] = dict(known)
    cands = [doc[i] for i, w in enumerate(texts) if w.isupper() and ACRONYM.fullmatch(w)]
    for tok in cands:
        if tok.i in taken or gz.lookup_country(tok.text) or tok.text in gz.TITLE_WORDS:
            continue
        span = doc[slice(*_acronym_span(doc, tok.i))]
        root = span.root
        if root.dep_ == "appos" and root.head.lemma_.lower() in _BODY_NOUNS:
            armed = root.head.lemma_.lower() in ("militia", "rebels", "guerrillas")
            found[span.text] = "armed_group" if armed else None
        elif root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_ in ("know", "call", "name"):
            found[span.text] = None
    out, seen = [], set()
    for tok in cands:
        start, end = _acronym_span(doc, tok.i)
        name = doc[start:end].text
        if name in found and start not in seen and not any(i in taken for i in range(start, end)):
            seen.add(start)
            out.append((start, end, name, found[name] or gz.org_kind(name)))
    return out


_UNIT_NOUNS = {"troops", "forces", "command", "corps", "brigade", "division", "regiment", "directorate"}
_HEAD_NOUNS = {"head", "commander", "chief", "leader", "director"}


def described_units(doc, taken: set[int], texts: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of a state's unit named only by description: "the head of Russia's radiation,
    chemical and biological defence troops" (three or more words: not "Russia's armed forces")."""
    out = []
    for noun in (doc[i] for i, w in enumerate(texts) if w in _UNIT_NOUNS):
        if noun.i in taken or noun.dep_ != "pobj" or noun.head.lower_ != "of" \
                or noun.head.head.lemma_ not in _HEAD_NOUNS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
        if owner is None:
            continue
        start = owner.i + (2 if owner.i + 1 < noun.i and doc[owner.i + 1].tag_ == "POS" else 1)
        words = [t for t in doc[start:noun.i] if t.is_alpha and t.lower_ != "and"]
        if len(words) < 3 or any(t.text[:1].isupper() or t.i in taken for t in doc[start:noun.i]):
            continue
        name = " ".join(w if w in ("and", "of") else w[:1].upper() + w[1:] for w in doc[start:noun.i + 1].text.split())
        out.append((start, noun.i + 1, name))
    return out
