"""In-article coreference: pronouns and descriptions to the actor they stand for.

News copy names an actor in full once and then says "Kovac", "the
64-year-old", "the general", "he", "the group". Names are clustered by
``entities``; this module links the rest, so that a relation read from "The
US has sanctioned him" lands on the right person and no actor appears twice.
Salience is simple and explainable: the latest subject of the right type,
falling back to the latest mention.
"""
from __future__ import annotations

import bisect
import re

from newsgraph.schema import entity_id

from . import entity_types as et, gazetteer as gz, gender
from .entities import body_state, country_entity, described_name_end, entity_of, states_in_name
from .actors import subject
from .modality import CHARGE_VERBS, SAY_VERBS, speaker

_PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
_ORG_PRONOUNS = {"its", "their"}
# Verbs whose subject "it" is an actor, not a dummy ("it was the worst attack"): states and bodies act so.
_ACTOR_VERBS = {"sanction", "impose", "accuse", "blame", "say", "announce", "deny", "designate", "blacklist",
                "reject", "condemn", "summon", "expel", "arrest", "detain", "claim", "vow", "warn", "threaten",
                "demand", "urge", "freeze", "list", "add", "order", "launch", "carry", "sign", "negotiate"}
# Verbs whose passive subject "it" is a body or state listed or banned ("it was designated a terrorist group").
_LISTED_VERBS = {"sanction", "designate", "blacklist", "add", "list", "ban", "outlaw", "proscribe"}
# Descriptions of a person already named ("the general", "the paramilitary chief", "the cleric").
_PERSON_NOUNS = {"general", "colonel", "admiral", "commander", "leader", "president", "minister", "chief",
                 "cleric", "diplomat", "officer", "lawmaker", "businessman", "politician", "official", "envoy",
                 "premier", "ruler", "spokesman", "victim", "suspect", "opposition leader", "tycoon", "man",
                 "woman", "boss", "founder", "journalist", "dissident", "defector", "senator", "judge",
                 "magistrate", "lawyer", "activist", "spokeswoman", "spokesperson", "legislator", "magnate"}
_FIGHTERS = {"paramilitary", "paramilitaries", "insurgents", "militants", "jihadists"}  # as written, plural
_GROUP_NOUNS = {"group", "movement", "militia", "organisation", "organization", "rebels", "guerrillas",
                "junta", "faction", "alliance", "party", "agency", "company", "ministry", "service", "bloc",
                "mission", "bank", "firm", "lender", "insurer", "brigade", "battalion", "regiment", "cartel", "gang",
                "network", "clan", "syndicate",
                *_FIGHTERS}
_AGE = re.compile(r"^\d+$")
_SUBJ = ("nsubj", "nsubjpass")
_DEMONYM_WORDS = set(gz.DEMONYMS)


_OFFICES = {"president", "premier", "governor", "mayor", "king"}


def _is_age_description(tok) -> bool:
    """"the 64-year-old" (tokens 64 - year - old, head "old")."""
    if tok.lower_ != "old" or tok.i < 3:
        return False
    doc = tok.doc
    return doc[tok.i - 2].lower_ == "year" and _AGE.match(doc[tok.i - 4].text or "") is not None \
        if tok.i >= 4 else False


def _status(tok) -> bool:
    """A sanctions status written like a name ("a Specially Designated Global Terrorist")."""
    return gz.DESIGNATION_LABEL.fullmatch(tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text) is not None


# Who speaks for a government at talks ("Government negotiators", "a government delegation").
_GOVERNMENT_SIDES = {"negotiators", "negotiator", "delegation", "delegations", "envoys", "envoy", "team", "delegates",
                     "representatives"}
_PLAIN_GOVERNMENT = {"federal", "central", "national"}  # words that name no other government than the state's


def _is_description(tok) -> bool:
    if _is_age_description(tok) and tok.i >= 5 and tok.doc[tok.i - 5].lower_ == "the" and not (
            tok.i + 1 < len(tok.doc) and tok.nbor(1).lemma_ in _PERSON_NOUNS):
        return True  # "shooting the 53-year-old a dozen times" (parsed as a modifier of "times")
    if tok.dep_ in ("appos", "compound", "amod", "attr") or tok.pos_ not in ("NOUN", "ADJ") and not (
            tok.pos_ == "PROPN" and tok.text.islower()):  # ("the coast guard's commander" tagged as a name)
        return False
    if any(c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "FAC") and not c.text.islower()
           for c in tok.children):
        return False  # "the ruling Georgian Dream party" names its party
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") and not any(p.dep_ == "pcomp" for p in c.children)
           for c in tok.children) and not (tok.dep_ == "dobj" and tok.head.lemma_ in CHARGE_VERBS):
        return False  # "the head of X" describes a role, not an earlier actor ("the bloc of doing …" is a misparse;
        # so is "accused the junta of a war crime": the charge hung on the accused)
    if any(c.dep_ == "appos" and not _status(c) for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ == "PROPN" and not _status(tok.nbor(1).head)):
        return False  # "the former intelligence officer Ivan Petrov" names someone new (not "designated the
        # group a Specially Designated Global Terrorist")
    if tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "," and tok.nbor(2).pos_ == "PROPN" \
            and tok.nbor(2).ent_type_ in ("PERSON", ""):
        return False  # "the army chief, Gen. X," (however parsed): named right after
    if tok.dep_ == "compound":
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None and tok.dep_ != "poss":
        det = tok.doc[tok.i - 4] if _is_age_description(tok) and tok.i >= 5 else None
    return det is not None and det.lower_ == "the"


class _Salience:
    """Recent mentions by type, with whether each was a subject."""

    def __init__(self):
        self.recent: list[tuple[int, str, str, bool]] = []  # (token, entity id, type, subject)
        self._starts: list[int] | None = None

    def sent_starts(self, doc) -> list[int]:
        if self._starts is None:
            self._starts = [s.start for s in doc.sents]
        return self._starts

    def add(self, tok, eid: str, type_: str) -> None:
        subj = tok.dep_ in _SUBJ or tok.head.dep_ in _SUBJ and tok.dep_ in ("compound", "appos")
        self.recent.append((tok.i, eid, type_, subj))

    def subject_in_sentence(self, tok, types: tuple[str, ...]) -> str | None:
        """"Hamas accused Israel of assassinating its leader": the sentence's subject comes first."""
        starts = self.sent_starts(tok.doc)
        sent_start = starts[bisect.bisect_right(starts, tok.i) - 1]
        same = [r for r in self.recent if r[2] in types and sent_start <= r[0] < tok.i and r[3]]
        return same[-1][1] if same else None

    def previous_subject(self, tok, types: tuple[str, ...]) -> str | None:
        """"Washington sanctioned X. It also …": the subject of the sentence before, if one of ``types``."""
        starts = self.sent_starts(tok.doc)
        k = bisect.bisect_right(starts, tok.i) - 1
        if k < 1:
            return None
        doc = tok.doc
        prev = [r for r in self.recent if r[3] and starts[k - 1] <= r[0] < starts[k]
                and doc[r[0]].head.dep_ == "ROOT"]  # the main clause's subject, not "… determined that X had"
        return prev[0][1] if prev and prev[0][2] in types else None

    def latest_in_sentence(self, tok, types: tuple[str, ...], exclude=frozenset()) -> str | None:
        """"the measures target the GRU … its head": the nearest earlier mention in the same sentence."""
        starts = self.sent_starts(tok.doc)
        sent_start = starts[bisect.bisect_right(starts, tok.i) - 1]
        same = [r for r in self.recent if r[2] in types and sent_start <= r[0] < tok.i and r[1] not in exclude]
        return same[-1][1] if same else None

    def pick(self, tok, types: tuple[str, ...], window_sents: int = 3, exclude=frozenset()) -> str | None:
        """The latest subject of these types in this or the last few sentences, else the latest mention."""
        starts = self.sent_starts(tok.doc)
        sent_start = starts[bisect.bisect_right(starts, tok.i) - 1]
        cands = [r for r in self.recent if r[2] in types and r[0] < tok.i and r[1] not in exclude]
        if not cands:
            return None
        doc = tok.doc
        starts = self.sent_starts(doc)
        k = max(0, next(i for i in range(len(starts) - 1, -1, -1) if starts[i] <= sent_start) - window_sents + 1)
        lo = starts[k]
        cands = [r for r in cands if r[0] >= lo]
        same_clause = [r for r in cands if r[0] >= sent_start and r[3] and doc[r[0]].head != tok.head]
        subjects = [r for r in cands if r[3]]
        prev = starts[max(0, bisect.bisect_right(starts, sent_start) - 2)]
        main = [r for r in subjects if r[0] >= prev and doc[r[0]].head.dep_ == "ROOT"] if tok.dep_ in _SUBJ else []
        # "X told the BBC that Y was innocent. He accused …": the main clause's subject, not the reported one
        for pool in (same_clause, main, subjects, cands):
            if pool:
                return pool[-1][1]
        return None


def _accused_it(builder, sal, tok) -> str | None:
    """"Uganda accuses it of …": the last body or state named before it in the sentence that is not the
    accuser ("designated X a terrorist group, accusing it of …": X, not the designator), else the subject of
    the sentence before."""
    accuser = subject(tok.head)
    skip = builder.token_entity.get(accuser.i) if accuser is not None else None
    verb = tok.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("although", "though", "while") for c in
                                    verb.children):  # "X denies backing Y, although UN experts accused it of …":
        main = subject(verb.head)  # the denier the concession answers
        eid = builder.token_entity.get(main.i) if main is not None else None
        if eid and eid != skip and builder.entities[eid].type in ("Organisation", "Country"):
            return eid
    for i in range(tok.i - 1, builder.sentence(tok).start - 1, -1):
        eid = builder.token_entity.get(i)
        if eid and eid != skip and builder.entities[eid].type in ("Organisation", "Country", "Source"):
            return eid if builder.entities[eid].type != "Source" else None  # (an outlet: the sentence is about it)
    found = sal.previous_subject(tok, ("Organisation", "Country"))
    return found if found != skip else None


def link(builder, doc) -> None:
    """Map pronoun and description tokens to entities on ``builder.token_entity``."""
    sal = _Salience()
    businesses = set()  # bodies "the company" or "the firm" stood for
    mention_ends = [i for i, e in builder.token_entity.items() if builder.token_entity.get(i + 1) != e]
    cues = builder.tokens(_CUE_WORDS)  # only these tokens can be linked; visit them and mention ends in order
    for tok in sorted([doc[i] for i in mention_ends] + cues, key=lambda t: t.i):
        eid = builder.token_entity.get(tok.i)
        if eid is not None:
            ent = builder.entities[eid]
            if builder.token_entity.get(tok.i + 1) != eid:  # last token of a mention
                sal.add(doc[_head_of_mention(builder, tok)], eid, ent.type)
            continue
        target = None
        if tok.lower_ in _PERSON_PRONOUNS and tok.pos_ == "PRON" and _about_a_client(builder, tok):
            pass  # "A lawyer for X said his client had been beaten during his arrest": not the lawyer's arrest
        elif tok.lower_ in _PERSON_PRONOUNS and tok.pos_ == "PRON":
            other = gender.other_sex(builder, tok)  # "Grace Wanjiru said police had arrested him": not her
            target = (sal.latest_in_sentence(tok, ("Person",), other) if tok.dep_ == "poss" and not
                      sal.subject_in_sentence(tok, ("Person",)) else None) or sal.pick(
                tok, ("Person",), 2, exclude=_own_subject(builder, tok) | other)  # "Italy sent X home after his arrest"
        elif tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ not in ("be", "seem", "appear") \
                and (target := _speaker(builder, tok)):
            pass  # "The Home Office said it had laid an order …": the speaker
        elif tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ in _ACTOR_VERBS:
            # "Washington sanctioned two commanders. It also sanctioned the army chief": the acting state or body
            target = (sal.subject_in_sentence(tok, ("Organisation", "Country")) if tok.head.dep_ in ("relcl", "acl")
                      and tok.head.lemma_ in ("accuse", "blame", "sanction", "designate", "sign", "negotiate") else None) or \
                (_conjoined_subject(builder, tok.head) if tok.head.head.dep_ in ("ROOT", "conj") else None) or \
                sal.previous_subject(tok, ("Organisation", "Country"))  # "a firm it accused of …": this sentence's
        elif tok.lower_ == "it" and tok.dep_ == "nsubjpass" and tok.head.lemma_ in _LISTED_VERBS:
            # "X was formed in 2019. A year later it was added to the sanctions list": the body or state told last
            target = _conjoined_subject(builder, tok.head) or sal.previous_subject(tok, ("Organisation", "Country"))
        elif tok.lower_ == "it" and tok.dep_ == "dobj" and tok.head.lemma_ in _ACCUSING_VERBS and any(
                c.dep_ == "prep" and c.lower_ in ("of", "over") for c in tok.head.children):
            # "Uganda accuses it of financing terrorism": the body or state told last, not the accuser
            target = _accused_it(builder, sal, tok)
        elif tok.lower_ == "whose" and tok.dep_ == "poss":
            target = _whose_antecedent(builder, tok)  # "Hezbollah, whose secretary-general X, …"
        elif tok.lower_ in _ORG_PRONOUNS:
            target = _coordinated_owner(builder, tok) or _main_object_owner(builder, tok) or _group_acted_on(
                builder, tok) or sal.subject_in_sentence(
                tok, ("Organisation", "Country")) or sal.latest_in_sentence(
                tok, ("Organisation", "Country")) or sal.previous_subject(tok, ("Organisation", "Country")) or sal.pick(
                tok, ("Organisation", "Country"), 2)  # "X said … Jakarta agreed … Its spokesman": X's
        elif (_is_age_description(tok) or tok.lemma_ in _PERSON_NOUNS) and tok.tag_ != "NNS" \
                and _is_description(tok):  # "the suspects" are several people, never the last one named
            if _org_qualifier(builder, tok):
                builder.deferred_coref.append(tok.i)  # "the Hamas leader": needs roles, see link_qualified
                continue
            named = next((builder.token_entity[c.i] for c in tok.children if c.dep_ == "appos"
                          and c.i in builder.token_entity
                          and builder.entities[builder.token_entity[c.i]].type == "Person"), None)
            target = named or _titled_before(builder, tok) or (  # "the army chief, Gen. X": X
                sal.pick(tok, ("Person",), 3) if tok.lemma_ not in _OFFICES else None)
            # ("the president" is someone titled so, never just the last person named: "opposition leader X
            # accused the president of …")
        elif tok.lower_ in gz.STATE_DESCRIPTIONS and tok.tag_ == "NN" and _is_description(tok):
            target = _capital_just_before(builder, tok) or sal.pick(tok, ("Country",), 3)
            # "the country's president", "the small Gulf kingdom"; "in Cairo, the country's spy chief": Egypt
        elif tok.lemma_ in OWNED_BODY_NOUNS and (target := _state_owned_body(builder, tok)):
            pass  # "Moldova's security service", "the Swedish security service": the state's body so named
        elif tok.lower_ in ("office", "force") and (target := _office_or_force(builder, tok)):
            pass  # "a spokesman for the prosecutor's office", "for the Kenyan force": the one body so named
        elif _body_word(tok) in _NAMED_BODY_WORDS and (target := _named_body(builder, sal, tok)):
            pass  # "the army", "an army spokesman", "the department": the one body of that kind the article names
        elif tok.lower_ in _INSTITUTION_WORDS and tok.tag_ in ("NNS", "NN") and not any(
                c.dep_ in ("poss", "amod", "compound") for c in tok.children) and (
                tok.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            # "the embassy" even when the parser hangs "of paying informants" on it
            target = _named_office(builder, tok)  # "Prosecutors accuse X" → the Federal Prosecutor's Office
        elif tok.lemma_.lower() == "government" and tok.dep_ in ("compound", "amod") and tok.head.lower_ in (
                _GOVERNMENT_SIDES) and not any(c.dep_ in ("poss", "amod", "compound") for c in tok.children):
            target = _story_state(builder)  # "Government negotiators and a rebel delegation met": the story's state
        elif (tok.lemma_ == "government" or tok.lower_ == "authorities" and not _placed_authorities(tok)
              ) and _is_description(tok) and not any(
                c.dep_ in ("amod", "compound") and c.lower_ not in _PLAIN_GOVERNMENT
                or c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
            # ("the government in Pristina" is the capital's state: see actors)
            target = _story_state(builder)  # "The government accuses X", "the federal government": the story's
            # state
        elif tok.lemma_ in ("junta", "regime") and _is_description(tok) and not any(
                c.dep_ in ("amod", "compound") for c in tok.children):  # not "the Zionist regime", "the Assad regime"
            councils = {e for e, d in builder.entities.items() if d.type == "Organisation"
                        and set(d.name.split()) & _RULING_BODIES and set(d.name.split()) & _RULING_WORDS}
            target = sal.pick(tok, ("Organisation",), 10, exclude=set(builder.entities) - councils) or _story_state(
                builder)  # "the junta": its ruling council if the article names one, else the state
        elif (tok.lemma_ in _GROUP_NOUNS or tok.lower_ in _GROUP_NOUNS) and _is_description(tok) and not (
                tok.lemma_ in _BUSINESS_NOUNS and tok.tag_ == "NNS"):  # "the same holding companies": several
            # (the plural as written: the lemma of "rebels" is "rebel")
            exclude = _state_bodies(builder) if tok.lemma_ not in _STATE_BODY_NOUNS else _non_state(builder)
            armed = tok.lemma_ in _ARMED_NOUNS or tok.lower_ in _ARMED_NOUNS
            if armed:  # "the group's chief financier" is not the UN's
                exclude = exclude | {i for i, e in builder.entities.items() if e.kind in ("international", "media")}
                if tok.lemma_ != "network":  # nor "the company" sanctioned with it
                    exclude = exclude | businesses
            if tok.lemma_ == "bloc":
                exclude = exclude | _not_blocs(builder)
            if tok.lemma_ in _BUSINESS_NOUNS:  # "accused the firm of …" after "X, a Singapore company": not a
                # rebel army named since
                exclude = exclude | {i for i in builder.entities if builder.org_kind(i) in _NOT_BUSINESS}
            if tok.dep_ == "dobj":  # "the US Treasury sanctioned the agency": not the Treasury itself
                exclude = exclude | {builder.token_entity.get(c.i) for c in tok.head.children if c.dep_ == "nsubj"}
            if tok.lemma_ in _STATE_BODY_NOUNS and (kinds := _portfolio(tok)):
                exclude = exclude | {i for i, e in builder.entities.items() if not _bears(e, kinds)}
                # ("the foreign ministry" is no police force)
            target = None
            if armed and all(c.lower_ in _ARMED_QUALIFIERS for c in tok.children if c.dep_ in ("amod", "compound")):
                unarmed = {i for i in builder.entities if builder.org_kind(i) in _UNARMED_KINDS}
                target = sal.pick(tok, ("Organisation",), 4, exclude=exclude | unarmed)  # "a commander of the
                # group" after "the US Africa Command said": a body not known to be a state's or a bloc's first
            target = target or sal.pick(tok, ("Organisation",), 4, exclude=exclude)
            if target and tok.lemma_ in _BUSINESS_NOUNS:
                businesses.add(target)
        if target is not None:
            builder.token_entity[tok.i] = target
            builder.coref_tokens.add(tok.i)
            sal.add(tok, target, builder.entities[target].type)
    _lede_description(builder, doc)


def _about_a_client(builder, tok) -> bool:
    """A pronoun after "his client(s)" in its sentence, with no one named in between, other than the speaker's own
    "he said": a lawyer speaking for a client tells of the client, whom the sentence does not name."""
    client = next((t.i for t in builder.tokens({"client", "clients"}, builder.sentence(tok)) if t.i < tok.i), None)
    if client is None or any(builder.label(builder.token_entity.get(i)) == "Person" for i in range(client, tok.i)):
        return False  # ("… would argue that Ibarra had been tortured after his arrest": Ibarra's)
    return not (tok.dep_ == "nsubj" and tok.head.lemma_ in SAY_VERBS)


# People a lede acts on, not who acts ("a gunman", "two suspects"): the person named next is not them.
_DOERS = {"gunman", "attacker", "assailant", "bomber", "suspect", "assassin", "hitman", "killer", "man", "woman",
          "spokesman", "spokeswoman", "spokesperson", "official", "officer", "minister", "diplomat", "envoy",
          "boss", "leader", "kingpin", "commander", "chief", "head", "member", "militant", "fighter"}


def _lede_description(builder, doc) -> None:
    """"Police have arrested two men suspected of poisoning a Ukrainian financier … Oleksandr Hnatiuk, 52, fell
    ill on …": a wire lede describes the person its story happened to and names them at the start of the next
    sentence. The first such description (a/an, the object of the lede's deed) is that person."""
    table = builder.table
    end = table.lede_end
    if end >= len(doc):
        return
    nxt = builder.sentence(doc[end])
    first = next((i for i in range(nxt.start, min(nxt.end, nxt.start + 4)) if i in builder.token_entity), None)
    eid = builder.token_entity.get(first) if first is not None else None
    if eid is None or builder.entities[eid].type != "Person" or first in builder.coref_tokens or any(
            builder.token_entity.get(i) == eid for i in range(end)):
        return  # the next sentence opens with someone new, named (and not already in the lede)
    last = first
    while builder.token_entity.get(last + 1) == eid:
        last += 1
    head = doc[table.root(first, last + 1)]
    if head.head.lemma_ in SAY_VERBS or (last + 2 < len(doc) and doc[last + 1].text == "," and not (
            doc[last + 2].like_num or doc[last + 2].lower_ in ("who", "whose"))):
        return  # "X, the chief justice, said …": a speaker or an office holder, not the person the lede told of
        # (but "X, 52, fell ill", "Judge X, who heads …, suffered wounds")
    described = [tok for tok in doc[:end] if _lede_person(builder, tok)]
    titled = {t.lower().rstrip(".") for t in builder.entities[eid].titles}
    own = [tok for tok in described if tok.lemma_ in titled]  # "a serving captain … Captain X, 38,"
    if own or len(described) == 1 and not titled:  # (with two people described, which one the name is stays
        # open; a title no description bears, "Maj. Gen. X" after "a gold trader", says it is someone else)
        tok = (own or described)[0]
        builder.token_entity[tok.i] = eid
        builder.coref_tokens.add(tok.i)


def _lede_person(builder, tok) -> bool:
    """"a Ukrainian financier (who …)": someone the lede acts on, described and not named."""
    if tok.i in builder.token_entity or tok.tag_ != "NN" or tok.lemma_ not in et.PERSON_NOUNS \
            or tok.lemma_ in _DOERS or tok.dep_ not in ("dobj", "pobj"):
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ in ("a", "an") and not any(
        c.dep_ == "appos" or c.pos_ == "PROPN" and not gz.demonym_of_token(c) for c in tok.children)


# Plural or bare institutional nouns standing for the one body of that kind the article names.
_INSTITUTION_WORDS = {"prosecutors": "prosecutor", "prosecution": "prosecutor", "police": "police",
                      "treasury": "treasury", "investigators": "investigat", "embassy": "embassy"}


def _capital_just_before(builder, tok) -> str | None:
    """"In Nairobi, the country's …", "while in Cairo the country's spy chief …": the state of the capital the
    clause opens with, when it is named a few words before the description."""
    doc = builder.doc
    for j in range(tok.i - 1, max(builder.sentence(tok).start, tok.i - 5) - 1, -1):
        eid = builder.token_entity.get(j)
        if eid is None:
            continue
        ent = builder.entities[eid]
        first = j
        while first > 0 and builder.token_entity.get(first - 1) == eid:
            first -= 1  # ("In New Delhi, …": the word before the whole name)
        state = gz.capital_country(ent.name) if ent.type == "Location" and first > 0 and doc[first - 1].lower_ == "in" \
            else None
        if state:
            return country_entity(builder, state)
        return None
    return None


def _placed_authorities(tok) -> bool:
    """"the authorities in Kabul", "the authorities of Benin" (not "accused the authorities of using …"): the
    words after say whose authorities they are (see ``actors.states_of``)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ == "in" or nxt.lower_ == "of" and tok.i + 2 < len(doc)
                                and doc[tok.i + 2].pos_ in ("PROPN", "DET"))


def _story_state(builder) -> str | None:
    """The state the lede is set in, if the article names it (``state_leaders.home_country``), else the one
    state the lede's main clause is about or the one the story names far more than any other."""
    from .state_leaders import home_country, lede_state  # state_leaders reads entities, which coref's callers import

    home = home_country(builder)
    return home if home in builder.entities else lede_state(builder)


# Title words and their abbreviations ("Gen. X" is "the general" later on).
_TITLE_FORMS = {"general": {"gen", "general"}, "colonel": {"col", "colonel"}, "admiral": {"adm", "admiral"},
                "lieutenant": {"lt", "lieutenant"}, "major": {"maj", "major"}, "captain": {"capt", "captain"},
                "brigadier": {"brig", "brigadier"}, "sergeant": {"sgt", "sergeant"}}


def _titled_before(builder, tok) -> str | None:
    """"The minister accused …" several sentences after "Security Minister X": the latest person named before
    with that title word, when only one person carries it (two ministers: salience decides)."""
    forms = _TITLE_FORMS.get(tok.lemma_, {tok.lemma_})
    titled = []
    for m, eid in builder.mentions:
        if m.start >= tok.i:
            break
        ent = builder.entities[eid]
        words = {w.lower().rstrip(".") for t in ent.titles for w in t.replace("-", " ").split()}
        if ent.type == "Person" and words & forms and eid not in titled:
            titled.append(eid)
    return titled[0] if len(titled) == 1 else None


def _named_office(builder, tok) -> str | None:
    """The one organisation whose name carries the institution word ("prosecutors" → "… Prosecutor's Office")."""
    stem = _INSTITUTION_WORDS[tok.lower_]
    found = [e for e, d in builder.entities.items() if d.type == "Organisation" and stem in d.name.lower()]
    return found[0] if len(found) == 1 else None


def _whose_antecedent(builder, tok) -> str | None:
    """The actor a "whose" clause hangs from ("X, whose leader Y …"): the noun the relative clause modifies."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("relcl", "appos") or t.head == t:  # (the parser sometimes hangs "whose leader" as an apposition)
            break
        t = t.head
    if t.dep_ not in ("relcl", "appos"):
        return None
    eid = builder.token_entity.get(t.head.i)
    return eid if eid and builder.entities[eid].type in ("Organisation", "Country", "Person") else None


def _own_subject(builder, pron) -> frozenset:
    """"His deputy, Y, was named to succeed him": an object "him"/"her" is never its own clause's subject (nor
    the subject of the verb it completes); that one would be "himself"."""
    if pron.lower_ not in ("him", "her") or pron.dep_ not in ("dobj", "dative"):
        return frozenset()
    verb = pron.head
    subj = [c for v in (verb, verb.head if verb.dep_ == "xcomp" else verb) for c in v.children if c.dep_ in _SUBJ]
    subj += [a for c in subj for a in c.children if a.dep_ == "appos"]
    return frozenset(e for c in subj if (e := builder.token_entity.get(c.i)))


def _conjoined_subject(builder, verb) -> str | None:
    """"X was designated … in 2010, and a year later it was added …": the actor subject of the clause the
    verb is coordinated with."""
    if verb.dep_ != "conj":
        return None
    return next((e for c in verb.head.children if c.dep_ in _SUBJ and (e := builder.token_entity.get(c.i))
                 and builder.entities[e].type in ("Organisation", "Country")), None)


def _speaker(builder, tok) -> str | None:
    """"The State Department said it had designated X": the body or state that says what "it" did."""
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in SAY_VERBS:
        return None
    subj = speaker(verb)
    eid = builder.token_entity.get(subj.i) if subj is not None else None
    return eid if eid and builder.entities[eid].type in ("Organisation", "Country") else None


def _coordinated_owner(builder, tok) -> str | None:
    """"X Industries and its managing director", "X and several of its commanders": the body in the
    coordination owns "its"."""
    owner = tok.head
    along = None
    while owner.dep_ in ("pobj", "prep") and owner.head.i != owner.i:  # up "of its commanders" to "several"
        if owner.lower_ == "with" and owner.dep_ == "prep":
            along = owner
        owner = owner.head
    if tok.dep_ == "poss" and along is not None and owner.pos_ == "VERB":
        return _along_with_owner(builder, owner, along)
    if tok.dep_ != "poss" or owner.dep_ != "conj":
        return None
    first = owner.head
    up = first
    while up.dep_ in ("appos", "conj") and up.head.i != up.i:  # "…, together with its chief executive, X, a
        up = up.head  # British national, and its commercial director, Y": the "its" of the first in the list
        mate = next((c for c in up.children if c.dep_ == "poss" and c.lower_ in _ORG_PRONOUNS), None)
        if mate is not None and mate.i in builder.token_entity:
            return builder.token_entity[mate.i]
    if owner.pos_ == "ADP" and first.pos_ == "VERB":  # "ordered by X, a gang that …, and by its leader": the
        first = next((c for c in first.children if c.lower_ == owner.lower_ and c.i < owner.i), first)  # first "by"
    if first.pos_ == "ADP" and owner.lower_ == first.lower_:
        first = next((c for c in first.children if c.dep_ == "pobj"), first)  # (its body)
    if first.pos_ == "VERB" and owner.pos_ in ("NOUN", "PROPN"):  # "sanctioned X, and its director, Y": the
        first = next((c for c in first.children if c.dep_ == "dobj" and c.i < tok.i), first)  # parser joined the
        # noun to the verb; the object before it owns "its"
    eid = builder.token_entity.get(first.i)
    return eid if eid and builder.entities[eid].type == "Organisation" else None


def _main_object_owner(builder, tok) -> str | None:
    """"X expelled the DEA from Kenya, accusing its agents of …": in a participle clause hung on a verb, "its"
    is the verb's object (the body acted on), not a place named after it."""
    clause = tok.head.head if tok.dep_ == "poss" and tok.head.dep_ == "dobj" else None
    if clause is None or clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.head.pos_ != "VERB":
        return None
    obj = next((c for c in clause.head.children if c.dep_ == "dobj"), None)
    eid = builder.token_entity.get(obj.i) if obj is not None else None
    return eid if eid and builder.entities[eid].type == "Organisation" else None


# What a group has and a state does not: "its leader", "its fighters" after "Washington sanctioned the group".
_GROUP_PARTS = {"leader", "commander", "founder", "boss", "fighter", "gunman", "militant", "cell", "wing",
                "owner", "proprietor", "chairman", "chairwoman", "director", "shareholder"}


def _group_acted_on(builder, tok) -> str | None:
    """"The United States sanctioned the group in 2023. Its alleged leader, X, …": a sentence-opening "its"
    before a part only a group has is the group the sentence before acted on (or told of), not the state or the
    state body that acted."""
    if tok.dep_ != "poss" or tok.head.lemma_ not in _GROUP_PARTS or tok.i == 0 or not tok.is_sent_start:
        return None
    prev = builder.sentence(builder.doc[tok.i - 1])
    root = prev.root
    who = subject(root)
    actor = entity_of(builder, who) if who is not None else None
    if actor is None or not (builder.label(actor) == "Country" or builder.org_kind(actor) == "government"):
        return None
    objs = [o for o in root.children if o.dep_ in ("dobj", "nsubjpass")]
    if root.lemma_ in SAY_VERBS:  # "OFAC said that X had converted $85 million …. Its owner, Y, …": X
        objs = [s for c in root.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    found = [e for o in objs for e in [builder.token_entity.get(o.i)]
             if e and e != actor and builder.label(e) == "Organisation"]
    return found[0] if len(found) == 1 else None


def _along_with_owner(builder, verb, along) -> str | None:
    """"designated X, along with two of its leaders, …": the body the verb acts on, named before the
    "(along/together) with", owns "its"."""
    if along.head.i != verb.i and along.head.lower_ not in ("along", "together"):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < along.i), None)
    clause = verb
    while obj is None and clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    if obj is None and clause.dep_ == "relcl" and any(c.lower_ in ("along", "together") for c in along.children):
        obj = clause.head  # "added X, which is run from Dubai, to its list, together with its chief executive":
        # the parser hung the "with" on the relative clause about X
    if obj is None:
        return None
    for named in [obj] + [c for c in obj.children if c.dep_ == "appos"]:  # "the gang, X, along with its leader"
        eid = builder.token_entity.get(named.i)
        if eid and builder.entities[eid].type == "Organisation":
            return eid
    return _listed_in_passing(builder, verb, along)


_LISTING_VERBS = {"sanction", "place", "designate", "blacklist", "add", "list"}


def _listed_in_passing(builder, verb, along) -> str | None:
    """"traced to X, a company that the Treasury placed under sanctions in June, together with its owner":
    the body a relative clause before the "with" lists owns "its" (the parser hung the "with" higher)."""
    if along.head.lower_ not in ("along", "together") and not any(
            c.lower_ in ("along", "together") for c in along.children):
        return None
    for c in builder.doc[verb.i + 1:along.i]:
        if c.dep_ == "relcl" and c.lemma_ in _LISTING_VERBS and c.head.pos_ in ("NOUN", "PROPN"):
            noun = c.head.head if c.head.dep_ == "appos" else c.head  # ("X, a company that …")
            eid = builder.token_entity.get(noun.i)
            if eid and builder.entities[eid].type == "Organisation":
                return eid
    return None


def _org_qualifier(builder, tok) -> str | None:
    for c in tok.lefts:
        eid = builder.token_entity.get(c.i)
        if c.dep_ in ("compound", "amod", "nmod") and eid and builder.entities[eid].type in ("Organisation",
                                                                                            "Country"):
            return eid
    return None


def link_qualified(builder, doc) -> None:
    """After roles are read: "the Hamas leader" is the latest-named person who leads or belongs to Hamas."""
    for i in builder.deferred_coref:
        tok = doc[i]
        org = _org_qualifier(builder, tok)
        members = {r.source for r in builder.relations.values()
                   if r.type in ("LEADS", "MEMBER_OF") and r.target == org}
        before = [(j, e) for j, e in builder.token_entity.items() if j < i and e in members]
        if before:
            builder.token_entity[i] = max(before)[1]
            builder.coref_tokens.add(i)


# A junta's name: "National Council for the Safeguard of the Homeland", "Military Committee for National
# Recovery", "State Administration Council" (not "the Peace and Security Council").
_RULING_BODIES = {"Council", "Committee", "Junta", "Command", "Movement"}
_RULING_WORDS = {"for", "Supreme", "Military", "Revolutionary", "Transitional", "Administration", "Junta"}
_ARMED_NOUNS = {"group", "movement", "militia", "rebels", "guerrillas", "faction", "brigade", "battalion",
                "regiment", "cartel", "gang", "network", "clan", "syndicate", *_FIGHTERS}
_ARMED_QUALIFIERS = {"militant", "armed", "rebel", "jihadist", "extremist", "terrorist", "insurgent", "islamist",
                     "separatist", "paramilitary", "criminal", "splinter"}
_BUSINESS_NOUNS = {"company", "firm", "lender", "insurer", "bank"}
_UNARMED_KINDS = {"military", "government", "intelligence", "political_party", "international", "media"}  # (a state's
# forces are no "group")
_NOT_BUSINESS = _UNARMED_KINDS | {"armed_group"}
_STATE_BODY_NOUNS = {"agency", "ministry", "service", "department", "court", "council"}

# Common nouns that stand for a body the article names ("the army" for the Sudanese Armed Forces, "a ministry
# spokeswoman" for the Foreign Ministry): the words its name must contain.
_ARMY = ("army", "armed forces", "military", "defen[cs]e forces?")
_NAMED_BODY_WORDS = {"army": _ARMY, "military": _ARMY, "navy": ("navy", "naval"), "ministry": ("ministry",),
               "department": ("department",), "court": ("court",), "tribunal": ("tribunal",),
               "committee": ("committee",), "commission": ("commission",), "council": ("council",),
               "parliament": ("parliament", "national assembly"), "cartel": ("cartel",), "party": ("party",),
               "agency": ("agency",), "bureau": ("bureau",), "directorate": ("directorate",),
               "militia": ("militia",), "gang": ("gang",), "clan": ("clan",), "syndicate": ("syndicate",),
               "junta": ("junta",), "coalition": ("coalition",),
               "alliance": ("alliance",), "embassy": ("embassy",), "mission": ("mission",), "guard": ("guard",),
               "police": ("police",), "unit": ("unit",)}
_NAMED_BODY_PATTERNS = {k: re.compile(r"\b(?:" + "|".join(v) + r")\b") for k, v in _NAMED_BODY_WORDS.items()}
_STAFF_NOUNS = gz.ROLE_NOUNS | {"statement", "source", "sources", "unit", "units", "official"}


def _known_names(name: str) -> tuple:
    """Other names a well-known agency goes by ("the US Treasury" is "the Treasury Department"), so that "the
    department" finds it when the article wrote only "the U.S. Treasury"."""
    agency = gz.lookup_agency(name)
    return tuple(agency[1]) if agency else ()


def _body_word(tok) -> str:
    """The lemma a body noun is looked up by: lower-cased when the sentence opens with it ("Army spokesman X")."""
    return tok.lemma_.lower() if tok.is_sent_start and tok.text.istitle() else tok.lemma_


def _named_body(builder, sal, tok) -> str | None:
    """The named body a common noun stands for: "the army said", "the army's spokesman", "an army spokesman"
    (a noun modifying a staff word), not "an army of volunteers" or "the Ethiopian army" (a name of its own).
    Several bodies of the kind: the latest named; none: the noun is left alone."""
    staff_adj = tok.lower_ == "military" and tok.dep_ == "amod"  # "a military spokesman" (an adjective)
    if (tok.tag_ not in ("NN", "NNS", "NNP") and not staff_adj) or not (
            tok.text.islower() or tok.is_sent_start and tok.text.istitle()):  # ("Army spokesman X said")
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    if tok.dep_ in ("compound", "nmod") or staff_adj:  # "foreign ministry spokeswoman X": lowercase words only
        if tok.head.lemma_ not in _STAFF_NOUNS or tok.head.i in builder.token_entity or any(
                not c.text.islower() for c in mods):
            return None
    elif not _is_description(tok) or any(c.dep_ != "compound" or not c.text.islower() for c in mods):
        return None
    # "the coast guard's commander": lower-case words before the noun must be in the body's name too
    phrase = " ".join([c.lower_ for c in mods] + [tok.lower_]) if mods and (
        tok.dep_ not in ("compound", "nmod") or tok.lower_ == "unit") else None  # ("a drug unit officer" is not
    # of the one other unit named)
    word = _body_word(tok)
    pattern = _NAMED_BODY_PATTERNS[word]
    kinds = _portfolio(tok) if word in _STATE_BODY_NOUNS else set()  # "foreign ministry spokesman"
    equated = _equated_bodies(builder).get(word, ())
    found = {e for e, d in builder.entities.items() if d.type == "Organisation"
             and (e in equated or any(pattern.search(n.lower()) for n in (d.name, *d.aliases, *_known_names(d.name))))
             and (word not in _STATE_FORCE_NOUNS or _state_force(d.name))
             and _bears(d, kinds) and (phrase is None or phrase in d.name.lower())}
    where = _capital_just_before(builder, tok) if kinds else None  # "In Beijing, foreign ministry spokesperson X"
    if where:
        found = {e for e in found if body_state(builder, e) == where}
    if len(found) <= 1:
        return next(iter(found), None)
    return sal.pick(tok, ("Organisation",), 10, exclude=set(builder.entities) - found)


_FORCE_WORDS = ("force", "forces", "guard", "army", "navy", "police", "gendarmerie", "constabulary")


def _office_or_force(builder, tok) -> str | None:
    """"the prosecutor's office" after "the Federal Prosecutor's Office" (the office's owner word in the
    body's name); "the Kenyan force" after "the Kenya Coast Guard" (the one armed or police body of the
    state the demonym names). None unless exactly one body fits."""
    if tok.tag_ != "NN" or not tok.text.islower():
        return None
    if tok.lower_ == "office":
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.text.islower()), None)
        if owner is None or not any(d.lower_ == "the" for d in owner.children):
            return None
        found = [e for e, d in builder.entities.items() if d.type == "Organisation"
                 and owner.lemma_ in d.name.lower() and "office" in d.name.lower()]
        return found[0] if len(found) == 1 else None
    dem = next((c for c in tok.children if c.dep_ == "amod" and gz.demonym_of_token(c)), None)
    if dem is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    state = gz.demonym_of_token(dem)
    found = [e for e, d in builder.entities.items() if d.type == "Organisation"
             and any(w in d.name.lower().split() for w in _FORCE_WORDS) and (
                 state in states_in_name(d.name) or body_state(builder, e) == entity_id("Country", state))]
    return found[0] if len(found) == 1 else None


OWNED_BODY_NOUNS = {"service", "ministry", "agency", "directorate", "bureau", "department", "committee"}


def owner_state(builder, tok) -> str | None:
    """The state a noun is said to belong to: a possessive ("Kenya's") or a demonym ("the Kenyan")."""
    for c in tok.children:
        if c.dep_ == "poss":
            eid = builder.token_entity.get(c.i)
            return eid if eid and builder.entities[eid].type == "Country" else None
    dem = next((c for c in tok.children if c.dep_ == "amod" and gz.demonym_of_token(c)), None)
    return entity_id("Country", gz.demonym_of_token(dem)) if dem is not None else None


def _state_owned_body(builder, tok) -> str | None:
    """"Moldova's security service accused …" when the article names the Information and Security Service
    elsewhere, even later: the one body whose name holds the noun and its lower-case portfolio words and
    whose name names no other state. A possessive or demonym must say whose body it is, so "the security
    service" alone is left to salience."""
    if tok.tag_ != "NN" or not tok.text.islower() or tok.dep_ == "appos":
        return None  # ("X, the Czech intelligence agency,": the apposition is read with its name)
    state = owner_state(builder, tok)
    if state is None:
        return None
    phrase = " ".join(sorted(_portfolio(tok)) + [tok.lower_])
    found = [e for e, d in builder.entities.items() if d.type == "Organisation"
             and any(phrase in n.lower() for n in (d.name, *d.aliases))
             and all(entity_id("Country", s) == state for s in states_in_name(d.name))]
    if len(found) != 1 or _owners_of_mentions(builder, found[0]) - {state}:
        return None  # ("the kingdom's foreign ministry" is not "Oman's Foreign Ministry")
    return found[0]


def _owners_of_mentions(builder, eid: str) -> set[str]:
    """The states a body's own mentions are given by ("Oman's Foreign Ministry")."""
    table = builder.table
    return {s for m, e in builder.mentions if e == eid
            for s in [owner_state(builder, table.tokens[table.root(m.start, m.end)])] if s}


def _equated_bodies(builder) -> dict[str, set[str]]:
    """Bodies the article equates with a common noun ("the Kuralai, the country's parliament,"), by the noun's
    lemma: "the parliament" later is that body even though its name lacks the word. Read once per article."""
    if builder.equated is None:
        builder.equated = {}
        for t in builder.tokens(frozenset(_NAMED_BODY_WORDS)):
            end = described_name_end(builder.doc, t) if t.pos_ == "NOUN" and t.text.islower() else None
            eid = builder.token_entity.get(end - 1) if end else None
            if eid and builder.entities[eid].type == "Organisation":
                builder.equated.setdefault(t.lemma_, set()).add(eid)
    return builder.equated


_ACCUSING_VERBS = {"accuse", "suspect", "charge", "indict"}  # "… accused it of": an actor, never the deed
_CUE_WORDS = frozenset(_PERSON_PRONOUNS | _ORG_PRONOUNS | _PERSON_NOUNS | _GROUP_NOUNS | {"old", "government", "it",
                                                                                         "regime", "whose", "office", "force",
                                                                                         "authorities"}
                       | set(_INSTITUTION_WORDS) | set(_NAMED_BODY_WORDS) | gz.STATE_DESCRIPTIONS)


_STATE_FORCE_NOUNS = {"army", "military", "navy"}


def _state_force(name: str) -> bool:
    """"the army" in a story is a state's army ("Malian Armed Forces", "Israel Defense Forces"), not a rebel
    army that carries the word ("National Liberation Army", "Shwe Taung Defence Army")."""
    first = name.split()[0]
    return bool(gz.demonym_country(first) or gz.lookup_country(first) or gz.lookup_country(" ".join(name.split()[:2])))


def state_army(name: str) -> bool:
    """A state's own armed force by its name ("Kenya Defence Forces", "Malian Armed Forces"), not a rebel army."""
    return bool(_NAMED_BODY_PATTERNS["army"].search(name.lower())) and _state_force(name)


def _portfolio(tok) -> set[str]:
    """The lower-case words that say which body of a state a noun is ("the foreign ministry", "the defence
    ministry", "the intelligence service"): a body named otherwise is not it."""
    return {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.text.islower()
            and c.lower_ not in ("same", "other", "new", "former", "whole")}


# Other words a portfolio goes by in bodies' names ("Ministry of External Affairs" is a foreign ministry).
_PORTFOLIO_WORDS = {"foreign": ("foreign", "external"), "defence": ("defence", "defense"),
                    "interior": ("interior", "home", "internal")}


def _bears(ent, kinds: set[str]) -> bool:
    """The body's name or an alias has every portfolio word (or another word for it)."""
    names = [n.lower() for n in (ent.name, *ent.aliases)]
    return all(any(w in n for n in names for w in _PORTFOLIO_WORDS.get(k, (k,))) for k in kinds)


def _non_state(builder) -> set[str]:
    """Organisations "the agency" cannot mean: anything but a state body."""
    return {i for i, e in builder.entities.items() if e.type == "Organisation"
            and e.kind not in ("government", "intelligence", "military")}


_BLOC_WORDS = {"Union", "Community", "Alliance", "Association", "Cooperation", "Co-operation", "Confederation",
               "Organisation", "Organization", "League", "Commonwealth", "Mercosur", "NATO", "ECOWAS", "ASEAN",
               "SADC", "IGAD"}


def _not_blocs(builder) -> set[str]:
    """Organisations "the bloc" cannot mean: a bloc is a union of states ("the European Union", "ECOWAS"), so
    not a ministry or a government agency that happens to be named closer ("Global Affairs Canada said")."""
    return {i for i, e in builder.entities.items() if e.type == "Organisation" and (
        e.kind in ("government", "intelligence", "military", "media", "company")
        or not any(w in _BLOC_WORDS for n in (e.name, *e.aliases) for w in n.split()))}


def _state_bodies(builder) -> set[str]:
    """Organisations "the group" cannot mean: ministries, agencies, a state's army or parliament."""
    return {i for i, e in builder.entities.items() if e.type == "Organisation" and (
        e.kind in ("government", "intelligence") or e.name.split()[0] in _DEMONYM_WORDS)}


def _head_of_mention(builder, tok) -> int:
    """The syntactic head token of the mention ending at ``tok``."""
    eid = builder.token_entity[tok.i]
    i = tok.i
    while i - 1 >= 0 and builder.token_entity.get(i - 1) == eid:
        i -= 1
    return builder.table.root(i, tok.i + 1)
