"""Actors: who is named in an article, resolved to one canonical record each.

`resolve_actors(doc)` turns entity mentions into actors:

- a person under their fullest name, with surname-only mentions ("Singh"), spelling variants
  ("Sergei"/"Sergey Lavrov") and pronouns ("He condemned ...") folded in;
- a state under its country name, whatever named it: "Russia", "Moscow", "the Kremlin", "Russian";
- an organisation under its canonical name ("the Pentagon" -> "U.S. Department of Defense",
  part of the United States);
- a group ("Ukrainian officials") when the positions step finds one speaking (`ActorIndex.group`).

Roles and affiliations come from titles before a name ("Pentagon spokesperson Sabrina Singh") or
an appositive after it ("Jane Doe, a Labour MP,"). Places that are not states (Kursk, Europe) are
never actors. All the language facts come from `data/lexicons/`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from . import coref
from .coref import NAME, SURNAME, VARIANT, fold
from .lexicons import Lexicon, Place, load_lexicon
from .pipeline import POSSESSIVES, TITLE_SPANS

PERSON, ORGANISATION, STATE, GROUP = "person", "organisation", "state", "group"
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
NAME_LINKS = (NAME, SURNAME, VARIANT)
# Words that join a title's parts ("Ambassador to Germany", "Secretary of State"); never its edge.
ROLE_CONNECTORS = ("of", "the", "to", "for")
DESCRIPTION_DEPTH = 4  # "of"-phrase steps from the name's attachment up to the role noun
ORG_NAME_GAP = 3  # the most words between two parts of one organisation's name
ORG_NAME_JOINERS = ("for", "of", "the", ",")  # never "and": "NATO and the EU" are two
MAX_UNTAGGED_NAME = 3  # words of a name after a title the model left untagged ("Elizabeth II")
LEDE_SENTENCES = 2  # the headline and first sentence say what an article is about
TITLE_COMPLEMENT = 6  # the most words a title's own phrase runs on before the name it introduces


@dataclass
class Mention:
    start_char: int
    end_char: int
    text: str
    label: str  # the NER label, or PRON, DESC, APPOS for a mention `coref` linked
    sentence: int
    link: str = ""  # how it was linked: one of `coref.LINKS` (name, surname, pronoun ...)


@dataclass
class Actor:
    name: str
    kind: str
    role: str = ""
    affiliation: str = ""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        """Surface forms other than the canonical name, pronouns and descriptions left out."""
        forms = {m.text for m in self.mentions if m.link in NAME_LINKS}
        return sorted(forms - {self.name})


@dataclass
class ActorIndex:
    """The actors of one Doc, and which actor each token belongs to."""

    doc: Doc
    actors: dict[str, Actor] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)

    def add(self, name: str, kind: str, span: Span, label: str, link: str = NAME) -> Actor:
        actor = self.actors.setdefault(name, Actor(name, kind))
        actor.mentions.append(Mention(span.start_char, span.end_char, span.text, label, sentence_index(span[0]), link))
        for token in span:
            self.by_token[token.i] = name
        return actor

    def actor_at(self, token: Token) -> Actor | None:
        name = self.by_token.get(token.i)
        return self.actors[name] if name else None

    def actor_in(self, span: Span) -> Actor | None:
        """The actor a speaker phrase names: the person its head's title introduces, else its
        head, else any actor token inside it."""
        head = span.root
        titled = self.person_after_title(head)
        if titled is not None:
            return titled
        for token in [head, *head.children, *span]:
            if token.i in self.by_token and span.start <= token.i < span.end:
                return self.actors[self.by_token[token.i]]
        return None

    def person_after_title(self, token: Token) -> Actor | None:
        """The person named right after the title `token` is part of: the parser can make the
        title the subject ("Ambassador to the United Nations Nikki Haley said"), and the title's
        own words name a state, not the speaker."""
        for title in self.doc.spans.get(TITLE_SPANS, []):
            if title.start <= token.i < title.end:
                after = title.end
                # "US Ambassador to Germany Richard Grenell": past the title's own "to"/"of" phrase
                while after < len(self.doc) - 1 and self.doc[after].lower_ in ROLE_CONNECTORS + ("the",) and after - title.end < TITLE_COMPLEMENT:
                    after += 1
                    while after < len(self.doc) - 1 and self.doc[after].ent_type_ in ("GPE", "ORG", "NORP") and (
                        (a := self.actor_at(self.doc[after])) is None or a.kind != PERSON
                    ):
                        after += 1
                actor = self.actor_at(self.doc[after]) if after < len(self.doc) else None
                return actor if actor is not None and actor.kind == PERSON else None
        return None

    def group(self, span: Span, affiliation: str, of_phrase: Span | None = None) -> Actor:
        """Register a group speaker such as "Ukrainian officials" (named by its phrase, with the
        "of" phrase that says whose it is: "Organizers of the rally")."""
        words = [t.text for t in span if t.pos_ in ("ADJ", "PROPN", "NOUN") or t.i == span.root.i]
        name = " ".join(words) or span.text
        if of_phrase is not None:
            name = f"{name} {of_phrase.text}"
        actor = self.add(name, GROUP, span, "GROUP")
        actor.affiliation = actor.affiliation or affiliation
        return actor

    def ordered(self) -> list[Actor]:
        """Actors in order of first mention, the order a reader meets them."""
        return sorted(self.actors.values(), key=lambda a: (min(m.start_char for m in a.mentions), a.name))


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy rebuilds it from every token on each access."""
    if "newsactors_text" not in doc.user_data:
        doc.user_data["newsactors_text"] = doc.text
    return doc.user_data["newsactors_text"]


def _sent_starts(doc: Doc) -> list[int]:
    if "newsactors_sent_starts" not in doc.user_data:
        doc.user_data["newsactors_sent_starts"] = [s.start for s in doc.sents]
    return doc.user_data["newsactors_sent_starts"]


def sentence_index(token: Token) -> int:
    """0-based number of the sentence a token is in."""
    return bisect_right(_sent_starts(token.doc), token.i) - 1


def sentence_bounds(token: Token) -> tuple[int, int]:
    """Start and end (token indices) of the sentence a token is in, from the sentence starts
    found once per Doc: `token.sent` walks the tokens to find them again on every call."""
    starts, number = _sent_starts(token.doc), sentence_index(token)
    end = starts[number + 1] if number + 1 < len(starts) else len(token.doc)
    return starts[number], end


def sentence_of(token: Token) -> Span:
    """The sentence a token is in, the same span as `token.sent`, found faster."""
    start, end = sentence_bounds(token)
    return token.doc[start:end]


def entity_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Start and end (token indices) of each entity, read once per Doc: `doc.ents` builds a new
    span for every entity on each access."""
    if "newsactors_entity_bounds" not in doc.user_data:
        doc.user_data["newsactors_entity_bounds"] = [(ent.start, ent.end) for ent in doc.ents]
    return doc.user_data["newsactors_entity_bounds"]


def clean_name(span: Span) -> str:
    text = span.text.strip()
    for suffix in POSSESSIVES:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
    return " ".join(text.split())


def resolve_actors(doc: Doc, lexicon: Lexicon | None = None) -> ActorIndex:
    lexicon = lexicon or load_lexicon()
    index = ActorIndex(doc)
    names = {ent.start: person_name(ent, lexicon) for ent in doc.ents if _is_person(ent, lexicon)}
    names |= {span.start: span for span in _names_after_titles(doc, lexicon)}
    people = _person_names(doc, names)
    surnames = _surnames(people)
    untagged = [span for span in names.values() if not span[0].ent_type_]
    for ent in sorted([*_joined_organisations(doc), *untagged], key=lambda e: e.start):
        if ent.start in names:
            span = names[ent.start]
            name = people[clean_name(span)]
            index.add(name, PERSON, span, ent.label_ or "PERSON", _name_link(clean_name(span), name))
        elif ent.label_ in ACTOR_LABELS:
            place = _place(ent, lexicon)
            person = surnames.get(fold(clean_name(ent))) if place is None or place.kind == ORGANISATION else None
            if person is not None and not ent.ent_id_:
                index.add(person, PERSON, ent, ent.label_, SURNAME)  # "Pelosi" the model took for an organisation
            elif place is not None:
                link = NAME if clean_name(ent) == place.canonical else VARIANT
                index.add(place.canonical, place.kind, ent, ent.label_, link).affiliation = place.part_of
    coref.link_short_names(index)
    coref.link_organisation_descriptions(index)
    _assign_roles(index, lexicon, [names[start] for start in sorted(names)])
    coref.link_mentions(index, lexicon)
    _affiliate_national_offices(index)
    return index


def person_name(ent: Span, lexicon: Lexicon) -> Span:
    """The name in a PERSON entity, without what the model glued in front of it: a title
    ("Presidential Spokesperson Harry Roque") or a state ("Scotland Nicola Sturgeon", after "First
    Minister of")."""
    doc = ent.doc
    titles = [t for t in doc.spans.get(TITLE_SPANS, []) if ent.start <= t.start and t.end < ent.end]
    start = max([ent.start, *(t.end for t in titles)])
    offices = _lower_titles(lexicon)
    for token in ent[:-1]:
        if token.lower_ in offices:
            start = max(start, token.i + 1)  # "Presidential Spokesperson Harry Roque"
    while ent.end - start > 2 and _glued_place(doc[start], lexicon):
        start += 1
    return doc[start : ent.end]


_LOWER_TITLES: dict[int, frozenset[str]] = {}


def _lower_titles(lexicon: Lexicon) -> frozenset[str]:
    """The titles in lower case, once per lexicon (a Lexicon holds dicts: it cannot be hashed)."""
    if id(lexicon.titles) not in _LOWER_TITLES:
        _LOWER_TITLES[id(lexicon.titles)] = frozenset(t.lower() for t in lexicon.titles)
    return _LOWER_TITLES[id(lexicon.titles)]


def _glued_place(token: Token, lexicon: Lexicon) -> bool:
    """Is the first word of a long person name a place ("Scotland" in "First Minister of Scotland
    Nicola Sturgeon"): a state, a place named elsewhere in the article, or a word after "of" that
    is no first name, before one that is?"""
    if lexicon.lookup(token.text) is not None or token.text in _place_names(token.doc):
        return True
    first_names = coref.load_coref_tables().first_names
    after_of = token.i > 0 and token.doc[token.i - 1].lower_ == "of"
    return after_of and fold(token.text) not in first_names and fold(token.doc[token.i + 1].text) in first_names


def _place_names(doc: Doc) -> frozenset[str]:
    if "newsactors_place_names" not in doc.user_data:
        doc.user_data["newsactors_place_names"] = frozenset(e.text for e in doc.ents if e.label_ in ("GPE", "LOC"))
    return doc.user_data["newsactors_place_names"]


def _joined_organisations(doc: Doc) -> list[Span]:
    """The entities, with an organisation's name the model split rejoined: "the Tunisian League" +
    "for the" + "Defence of Human Rights"; "United Nations Educational, Scientific and Cultural
    Organization"."""
    out: list[Span] = []
    for ent in doc.ents:
        previous = out[-1] if out else None
        gap = doc[previous.end : ent.start] if previous is not None else None
        if previous is not None and previous.label_ == "ORG" and ent.label_ == "ORG" and 0 < len(gap) <= ORG_NAME_GAP \
                and all(t.lower_ in ORG_NAME_JOINERS or t.is_title for t in gap) \
                and any(t.lower_ in ("for", "of") or t.is_title for t in gap) \
                and (not previous.ent_id_ and not ent.ent_id_ or any(t.is_title for t in gap)):
            # (a name the entity ruler knows continues only with a capitalised word: "United Nations Educational")
            out[-1] = Span(doc, previous.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _names_after_titles(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Names the model did not tag, right after an office: "the United Kingdom's Queen Elizabeth
    II announced". A known first name must open them."""
    first_names = coref.load_coref_tables().first_names
    spans = []
    for title in doc.spans.get(TITLE_SPANS, []):
        if lexicon.titles.get(title.text) != "office" or title.end >= len(doc):
            continue
        end = title.end
        while end < len(doc) and end - title.end < MAX_UNTAGGED_NAME and doc[end].pos_ == "PROPN" \
                and not doc[end].ent_type_ and (doc[end].is_title or doc[end].is_upper):
            end += 1
        if end > title.end and fold(doc[title.end].text) in first_names:
            spans.append(doc[title.end : end])
    return spans


def _is_person(ent: Span, lexicon: Lexicon) -> bool:
    """A PERSON entity, or one the model took for an organisation that is a title and a name
    ("Presidential Spokesperson Harry Roque")."""
    if ent.label_ == "PERSON":
        return True
    if ent.label_ != "ORG" or ent.ent_id_ or lexicon.lookup(clean_name(ent)) is not None:
        return False
    name = person_name(ent, lexicon)
    first_names = coref.load_coref_tables().first_names
    listed = any(t.ent_type_ == "PERSON" for t in (ent.root.head, *ent.root.conjuncts))  # "A, B and C", B a person too
    return (name.start > ent.start or listed) and 2 <= len(name) <= 3 and fold(name[0].text) in first_names and all(
        t.is_title for t in name
    )


def _name_link(text: str, name: str) -> str:
    if text == name:
        return NAME
    return SURNAME if set(fold(text).split()) <= set(fold(name).split()) else VARIANT


def _surnames(people: dict[str, str]) -> dict[str, str]:
    """Folded surname -> full name, for surnames that belong to one person only."""
    owners: dict[str, set[str]] = {}
    for full in set(people.values()):
        parts = fold(full).split()
        if len(parts) > 1:
            owners.setdefault(parts[-1], set()).add(full)
    return {surname: next(iter(names)) for surname, names in owners.items() if len(names) == 1}


def _place(ent: Span, lexicon: Lexicon) -> Place | None:
    """The state or organisation an ORG/GPE/NORP entity names; None for mere places."""
    place = lexicon.lookup(ent.ent_id_) if ent.ent_id_ else None
    place = place or lexicon.lookup(clean_name(ent))
    if place is not None:
        return None if place.kind == "place" else place
    if ent.label_ == "ORG":
        return Place(clean_name(ent), ORGANISATION)
    return None  # a city, region or unknown demonym: a place, not an actor


def _person_names(doc: Doc, names: dict[int, Span]) -> dict[str, str]:
    """Map every person name in the article to the fullest name it is a short form or variant of,
    compared transliterated ("Erdogan" is "Recep Tayyip Erdoğan")."""
    first_seen: dict[str, int] = {}
    for start, span in sorted(names.items()):
        first_seen.setdefault(clean_name(span), start)
    # Fullest names first; among equals the first written wins ("Sergey" over a later "Sergei").
    names = sorted(first_seen, key=lambda n: (-len(n.split()), first_seen[n]))
    canonical: dict[str, str] = {}
    for name in names:
        parts = fold(name).split()
        for full in canonical.values():
            full_parts = fold(full).split()
            if len(parts) < len(full_parts) and all(p in full_parts for p in parts):
                canonical[name] = full  # "Singh" -> "Sabrina Singh"
                break
            if len(parts) == len(full_parts) > 1 and parts[-1] == full_parts[-1] and _variant(parts[0], full_parts[0]):
                canonical[name] = full  # "Sergei Lavrov" -> "Sergey Lavrov"
                break
        else:
            canonical[name] = name
    return canonical


def _variant(first: str, other: str) -> bool:
    return first[0] == other[0] and SequenceMatcher(None, first, other).ratio() >= 0.7


# --- roles and affiliations -------------------------------------------------------------------


def _assign_roles(index: ActorIndex, lexicon: Lexicon, names: list[Span]) -> None:
    """Roles and affiliations of the persons, from the words around each of their `names`."""
    doc = index.doc
    title_tokens = {t.i for span in doc.spans.get(TITLE_SPANS, []) for t in span}
    _distribute_roles(index, lexicon)
    for ent in names:
        actor = index.actor_at(ent[-1])
        if actor is None or actor.kind != PERSON or actor.role:
            continue
        found = [
            f for f in (
                _title_before(ent, index, lexicon, title_tokens),
                _appositive(ent, index, lexicon),
                _described_by(ent, index, lexicon),
                _relative_role(ent, index, lexicon),
            ) if f
        ]
        # "Ex-Prime Minister Donald Tusk, the current President of the European Council": both roles
        actor.role = "; ".join(dict.fromkeys(role for role, _ in found))
        affiliation = next((a for _, a in found if a), "") or _of_phrase(ent, index)
        actor.affiliation = actor.affiliation or affiliation
    # "U.S. Defense Secretary Lloyd Austin and Secretary of State Antony Blinken": a conjunct
    # with a title but no affiliation shares that of the person it is coordinated with.
    for ent in doc.ents:
        actor = index.actor_at(ent[0]) if ent.label_ == "PERSON" else None
        if actor is None or actor.affiliation or not actor.role:
            continue
        head = ent.root
        if head.dep_ == "conj":
            other = index.actor_at(head.head)
            if other is not None and other.kind == PERSON:
                actor.affiliation = other.affiliation


def _distribute_roles(index: ActorIndex, lexicon: Lexicon) -> None:
    """A plural role before a list of names is each one's: "only two presidents have been
    impeached: Andrew Johnson and Bill Clinton"; with as many nationalities as names ("his Greek,
    Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian")
    each name takes its own, in order."""
    doc = index.doc
    for noun in doc:
        if noun.tag_ != "NNS" or not _role_noun(noun, lexicon):
            continue
        names = _listed_names(noun)
        if len(names) < 2:
            continue
        adjectives = sorted((a for c in noun.children if c.dep_ == "amod" and c.i < noun.i for a in (c, *c.conjuncts)), key=lambda a: a.i)
        states = [lexicon.lookup(a.text) for a in adjectives]
        paired = len(states) == len(names) and all(place is not None and place.kind != "place" for place in states)
        for number, name in enumerate(names):
            actor = index.actor_at(name)
            if actor is None or actor.kind != PERSON or actor.role:
                continue
            if paired:
                actor.role = f"{adjectives[number].text} {noun.lemma_}"
                actor.affiliation = actor.affiliation or lexicon.affiliation_of(states[number])
            elif not adjectives:
                actor.role = noun.lemma_


def _listed_names(noun: Token) -> list[Token]:
    """The heads of the names listed for a plural noun: set after it with a comma, or in
    apposition to it."""
    doc = noun.doc
    head = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if head is None and noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and doc[noun.i + 2].ent_type_ == "PERSON":
        first = doc[noun.i + 2]
        head = first.head if first.dep_ == "compound" else first
    if head is None:
        return []
    return sorted([head, *head.conjuncts], key=lambda t: t.i)


def _title_before(ent: Span, index: ActorIndex, lexicon: Lexicon, title_tokens: set[int]) -> tuple[str, str] | None:
    """Role and affiliation from the words before a name.

    "Russian Foreign Minister Sergey Lavrov" -> ("Russian Foreign Minister", "Russia"): the role is
    the title as the article writes it, the affiliation the state or organisation it names.
    """
    doc = ent.doc
    start = ent.start
    while start > ent.sent.start and _premodifier(doc[start - 1], ent, title_tokens):
        start -= 1
    if start == ent.start and start > 1 and doc[start - 1].text == ")":
        # "Labour MP (Member of Parliament) Tom Watson": the title before the gloss
        # (the parser may end a sentence at the closing bracket)
        opening = next((t.i for t in reversed(doc[max(0, start - 1 - TITLE_COMPLEMENT) : start - 1]) if t.text == "("), None)
        if opening is not None:
            start = opening
            while start > doc[opening].sent.start and _premodifier(doc[start - 1], ent, title_tokens):
                start -= 1
            glossed = doc[start:opening]
            return _title_before(doc[opening:ent.end], index, lexicon, title_tokens) if not len(glossed) else \
                _role_of(glossed, index, lexicon, title_tokens)
    prefix = doc[start : ent.start]
    return _role_of(prefix, index, lexicon, title_tokens)


def _role_of(prefix: Span, index: ActorIndex, lexicon: Lexicon, title_tokens: set[int]) -> tuple[str, str] | None:
    """Role and affiliation from the title phrase in front of a name."""
    doc = prefix.doc
    if not any(t.i in title_tokens for t in prefix) and not (
        len(prefix) and (prefix[-1].pos_ == "NOUN" and prefix[-1].lower_ in coref.load_coref_tables().person_nouns
                         or prefix[-1].lower_ in _lower_titles(lexicon))
    ):
        return None  # a title, or a noun naming what the person is: "Republican committee member Doug Collins"
    role_words, affiliation = [], ""
    for token in prefix:
        actor = index.actor_at(token)
        place = lexicon.lookup(token.text) if actor is None and token.ent_type_ == "PERSON" else None
        if actor is not None and actor.kind in (STATE, ORGANISATION):
            affiliation = affiliation or actor.affiliation or actor.name  # "Russian"; Pentagon -> United States
        elif place is not None and place.kind != "place":
            affiliation = affiliation or lexicon.affiliation_of(place)  # a state glued to the name
        elif actor is not None and actor.kind == PERSON and token.dep_ == "poss":
            affiliation = affiliation or actor.affiliation  # "Angela Merkel's spokesperson"
        if token.i in title_tokens and lexicon.titles.get(_title_text(token, doc)) == "honorific":
            continue
        if token.dep_ == "det" and token.i not in title_tokens:
            continue  # "the Pentagon spokesperson": but "Ambassador to the United Nations" keeps its "the"
        role_words.append(token)
    while role_words and role_words[0].lower_ in ROLE_CONNECTORS:
        role_words.pop(0)  # "the request of Prime Minister Boris Johnson": the role is "Prime Minister"
    role = _join(role_words)
    affiliation = _local_place(list(prefix), lexicon) or affiliation or _place_named(prefix) \
        or _own_organisation(list(prefix), index, lexicon, title_tokens)
    return (role, affiliation) if role else None


def _own_organisation(words: list[Token], index: ActorIndex, lexicon: Lexicon, title_tokens: set[int] = frozenset()) -> str:
    """The organisation a role's own words name when no actor does: "Labour MP", "ABS-CBN CEO",
    "Police spokesman", "Democratic committee chairman" (a party adjective is no state's demonym);
    not a prefix ("Ex-Prime Minister")."""
    run: list[Token] = []
    for token in words:
        joins = token.text in "-‐" and run and not token.whitespace_ and not run[-1].whitespace_
        # a party the model tagged, or a capitalised name or noun ("Labour MP", "Police spokesman")
        named = token.ent_type_ == "NORP" or token.pos_ in ("PROPN", "NOUN") and (token.is_title or token.is_upper)
        if joins or named and token.i not in title_tokens and index.actor_at(token) is None \
                and lexicon.lookup(token.text) is None and token.lower_ not in _lower_titles(lexicon):
            run.append(token)
        elif run:
            break
    if run and run[-1].text in "-‐":
        return ""  # "Ex-" in "Ex-Prime Minister"
    return _join(run)


def _place_named(tokens) -> str:
    """A place a role names when no state or organisation does: "mayor of London" -> London."""
    return next((t.text for t in tokens if t.ent_type_ == "GPE" and t.ent_iob_ == "B" or t.text in _place_names(t.doc)), "")


def _described_by(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from a description set before the name: "The mayor of London, Sadiq Khan," and
    "Angela Merkel's spokesperson, Steffen Seibert," -> ("mayor of London", London)."""
    description = coref.description_before(ent, lambda t: _role_noun(t, lexicon))
    if description is None:
        return None
    possessor = {t.i for c in description.children if c.dep_ == "poss" for t in c.subtree}
    phrase = [t for t in description.subtree if t.i < ent.start and t.i not in {n.i for n in ent.root.subtree}]
    words = [t for t in phrase if t.i not in possessor and not t.is_punct]
    while words and (words[0].dep_ == "det" or words[0].lower_ in ROLE_CONNECTORS):
        words.pop(0)
    affiliation = _local_place(words, lexicon) or _phrase_affiliation(phrase, description, index, lexicon, possessor)
    affiliation = affiliation or _place_named(words) or _own_organisation(words, index, lexicon) or _for_whom(words, description)
    return _join(words), affiliation


def _for_whom(words: list[Token], head: Token) -> str:
    """Whom a role is for when no actor is named: "spokesperson for provincial governor" ->
    "provincial governor"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            objects = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
            return _join([t for t in objects if t.dep_ != "det" and t in words])
    return ""


def _phrase_affiliation(
    phrase: list[Token], head: Token, index: ActorIndex, lexicon: Lexicon, possessor: set[int] = frozenset()
) -> str:
    """The state or organisation a role phrase is for: the one highest in its parse, so that "the
    director of Argentina's Amnesty International" is for Amnesty International, not Argentina; else
    the affiliation of a person whose role it is ("Angela Merkel's spokesperson")."""
    def depth(token: Token) -> int:
        steps = 0
        while token.i != head.i and token.head.i != token.i and steps < len(phrase):
            token, steps = token.head, steps + 1
        return steps
    found = [
        (depth(t), t.i, actor.affiliation or actor.name) for t in phrase
        if (actor := index.actor_at(t)) is not None and actor.kind in (STATE, ORGANISATION)
    ]
    if found:
        return min(found)[2]
    for token in phrase:
        if token.i not in possessor or token.dep_ != "poss":
            continue
        owner = index.actor_at(token)
        if owner is not None:
            return owner.affiliation or owner.name  # "Mahan's director" (an airline the model took for a person)
        if token.lemma_.lower() in lexicon.groups:
            return token.text  # "the government's lawyer"
    return ""



def _local_place(words: list[Token], lexicon: Lexicon) -> str:
    """The place a local office is for, as written: "mayor of London" -> London (not the United
    Kingdom its capital stands for); "mayor of Polish city of Gdańsk" -> Gdańsk."""
    offices = coref.load_coref_tables().local_offices
    if not any(t.lower_ in offices for t in words):
        return ""
    places = [t for t in words if t.ent_type_ == "GPE" and t.ent_iob_ == "B"]
    return places[-1].text if places else ""


def _relative_role(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from a relative clause saying what the person is: "Mike Pompeo, who is the secretary of
    state"."""
    doc = ent.doc
    after = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    if after >= len(doc) or doc[after].lower_ != "who":
        return None
    # the parser may hang the clause on a word before the name ("disagreements with Mike Pompeo who is")
    for clause in (doc[after].head,):
        if clause.dep_ != "relcl" or clause.lemma_ != "be":
            continue
        attr = next((c for c in clause.children if c.dep_ == "attr" and _role_noun(c, lexicon)), None)
        if attr is None:
            continue
        words = [t for t in attr.subtree if not t.is_punct]
        while words and (words[0].dep_ in ("det", "poss") or words[0].lower_ in ROLE_CONNECTORS):
            words.pop(0)
        affiliation = next(
            (a.affiliation or a.name for t in attr.subtree if (a := index.actor_at(t)) is not None and a.kind in (STATE, ORGANISATION)),
            "",
        )
        return _join(words), affiliation
    return None


def _role_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun that names what a person is: a title or a person noun ("member", "nurse", "wife")."""
    word = token.lemma_.lower()
    return word in _lower_titles(lexicon) or word in coref.load_coref_tables().person_nouns or word in lexicon.groups


def _of_phrase(ent: Span, index: ActorIndex) -> str:
    """Affiliation from "of" after a name: "Yvette Cooper of the Labour Party"."""
    for child in ent.root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                actor = index.actor_at(pobj)
                if actor is not None and actor.kind in (STATE, ORGANISATION):
                    return actor.affiliation or actor.name
    return ""


def _affiliate_national_offices(index: ActorIndex) -> None:
    """A national office the article gives no affiliation ("Prime Minister Mateusz Morawiecki" in a
    story on Poland) is held for the state the article is most about."""
    states = [a for a in index.actors.values() if a.kind == STATE]
    if not states:
        return
    # the state the headline and lede name first, else the one the article names most
    lede = [a for a in states if any(m.sentence < LEDE_SENTENCES for m in a.mentions)]
    if lede:
        main = min(lede, key=lambda a: min(m.start_char for m in a.mentions))  # the first it names
    else:
        main = max(states, key=lambda a: (sum(m.link in NAME_LINKS for m in a.mentions), -min(m.start_char for m in a.mentions)))
    offices = coref.load_coref_tables().national_offices
    for actor in index.actors.values():
        if actor.kind == PERSON and actor.role and not actor.affiliation:
            role = fold(actor.role)
            if any(re.search(rf"\b{re.escape(fold(office))}\b", role) for office in offices):
                actor.affiliation = main.name


def _title_text(token: Token, doc: Doc) -> str:
    for span in doc.spans.get(TITLE_SPANS, []):
        if span.start <= token.i < span.end:
            return span.text
    return token.text


def _premodifier(token: Token, ent: Span, title_tokens: set[int]) -> bool:
    """Is this word part of the title phrase in front of a name?"""
    if token.i in title_tokens or token.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    if token.dep_ == "case" and token.head.ent_type_ in ("ORG", "GPE", "NORP"):
        return True  # "Northamptonshire's chief constable Nick Adderley"
    if token.text in ("-", "‐") or token.lower_ in ("former", "acting", "deputy", "then", "interim", *ROLE_CONNECTORS):
        return True
    return token.pos_ in ("PROPN", "NOUN", "ADJ") and token.dep_ in ("compound", "amod", "nmod") and token.head.i >= token.i


def _appositive(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from an appositive: "Jane Doe, a Labour MP, said" -> ("Labour MP", Labour's affiliation)."""
    for child in ent.root.children:
        if child.dep_ != "appos" or child.ent_type_ == "PERSON":
            continue
        clauses = {t.i for c in child.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        phrase = [
            t for t in child.subtree
            if t.dep_ not in ("det", "punct", "nummod", "predet") and t.i > ent.root.i and t.i not in clauses
            and not (t.dep_ == "advmod" and t.head.i == child.i)
        ]
        if not any(_role_noun(t, lexicon) for t in phrase if t.pos_ in ("NOUN", "PROPN")):
            continue
        affiliation = _local_place(phrase, lexicon) or _phrase_affiliation(phrase, child, index, lexicon) or _for_whom(phrase, child)
        return _join(phrase), affiliation
    return None


def _join(tokens: list[Token]) -> str:
    """Text of tokens as written, spaces where the article has them: "Secretary-General"."""
    out = ""
    for i, token in enumerate(tokens):
        out += token.text
        if i + 1 < len(tokens) and (token.whitespace_ or tokens[i + 1].i != token.i + 1):
            out += " "
    return out.strip(" ,")
