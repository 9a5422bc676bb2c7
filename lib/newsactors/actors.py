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

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from .docs import TITLE_SPANS, sentence_index, sentence_starts
from .lexicons import Lexicon, Place, load_lexicon

PERSON, ORGANISATION, STATE, GROUP = "person", "organisation", "state", "group"
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass
class Mention:
    start_char: int
    end_char: int
    text: str
    label: str  # the NER label, or PRON for a pronoun folded into a person
    sentence: int


@dataclass
class Actor:
    name: str
    kind: str
    role: str = ""
    affiliation: str = ""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        """Surface forms other than the canonical name, pronouns left out."""
        forms = {m.text for m in self.mentions if m.label != "PRON"}
        return sorted(forms - {self.name})


@dataclass
class ActorIndex:
    """The actors of one Doc, and which actor each token belongs to."""

    doc: Doc
    actors: dict[str, Actor] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)

    def add(self, name: str, kind: str, span: Span, label: str) -> Actor:
        actor = self.actors.setdefault(name, Actor(name, kind))
        actor.mentions.append(Mention(span.start_char, span.end_char, span.text, label, sentence_index(span[0])))
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
                actor = self.actor_at(self.doc[title.end]) if title.end < len(self.doc) else None
                return actor if actor is not None and actor.kind == PERSON else None
        return None

    def group(self, span: Span, affiliation: str) -> Actor:
        """Register a group speaker such as "Ukrainian officials" (named by its phrase)."""
        words = [t.text for t in span if t.pos_ in ("ADJ", "PROPN", "NOUN") or t.i == span.root.i]
        name = " ".join(words) or span.text
        actor = self.add(name, GROUP, span, "GROUP")
        actor.affiliation = actor.affiliation or affiliation
        return actor

    def ordered(self) -> list[Actor]:
        """Actors in order of first mention, the order a reader meets them."""
        return sorted(self.actors.values(), key=lambda a: (min(m.start_char for m in a.mentions), a.name))


def clean_name(span: Span, lexicon: Lexicon) -> str:
    """An entity's words as a name: possessive trimmed, spaces collapsed."""
    text = span.text.strip()
    for suffix in lexicon.grammar["possessive"]:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
    return " ".join(text.split())


def resolve_actors(doc: Doc, lexicon: Lexicon | None = None) -> ActorIndex:
    lexicon = lexicon or load_lexicon()
    index = ActorIndex(doc)
    people = _person_names(doc, lexicon)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            index.add(people[clean_name(ent, lexicon)], PERSON, ent, ent.label_)
        elif ent.label_ in ACTOR_LABELS:
            place = _place(ent, lexicon)
            if place is not None:
                index.add(place.canonical, place.kind, ent, ent.label_).affiliation = place.part_of
    _assign_roles(index, lexicon)
    _fold_pronouns(index, lexicon)
    return index


def _place(ent: Span, lexicon: Lexicon) -> Place | None:
    """The state or organisation an ORG/GPE/NORP entity names; None for mere places."""
    place = lexicon.lookup(ent.ent_id_) if ent.ent_id_ else None
    place = place or lexicon.lookup(clean_name(ent, lexicon))
    if place is not None:
        return None if place.kind == "place" else place
    if ent.label_ == "ORG":
        return Place(clean_name(ent, lexicon), ORGANISATION)
    return None  # a city, region or unknown demonym: a place, not an actor


def _person_names(doc: Doc, lexicon: Lexicon) -> dict[str, str]:
    """Map every person name in the article to the fullest name it is a short form or variant of."""
    first_seen: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            first_seen.setdefault(clean_name(ent, lexicon), ent.start)
    # Fullest names first; among equals the first written wins ("Sergey" over a later "Sergei").
    names = sorted(first_seen, key=lambda n: (-len(n.split()), first_seen[n]))
    canonical: dict[str, str] = {}
    for name in names:
        parts = name.split()
        for full in canonical.values():
            full_parts = full.split()
            if len(parts) < len(full_parts) and all(p in full_parts for p in parts):
                canonical[name] = full  # "Singh" -> "Sabrina Singh"
                break
            if len(parts) == len(full_parts) > 1 and parts[-1] == full_parts[-1] and _variant(parts[0], full_parts[0]):
                canonical[name] = full  # "Sergei Lavrov" -> "Sergey Lavrov"
                break
        else:
            canonical[name] = name
    return canonical


# How alike two first names must be to be spellings of one ("Sergei"/"Sergey" 0.83, "Mark"/"Mike" 0.5).
_VARIANT_SIMILARITY = 0.7


def _variant(first: str, other: str) -> bool:
    return first[0] == other[0] and SequenceMatcher(None, first, other).ratio() >= _VARIANT_SIMILARITY


# --- roles and affiliations -------------------------------------------------------------------


def _assign_roles(index: ActorIndex, lexicon: Lexicon) -> None:
    doc = index.doc
    title_tokens = {t.i for span in doc.spans.get(TITLE_SPANS, []) for t in span}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        actor = index.actor_at(ent[0])
        if actor is None or actor.role:
            continue
        role, affiliation = _title_before(ent, index, lexicon, title_tokens) or _appositive(ent, index, lexicon) or ("", "")
        actor.role, actor.affiliation = role, actor.affiliation or affiliation
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


def _title_before(ent: Span, index: ActorIndex, lexicon: Lexicon, title_tokens: set[int]) -> tuple[str, str] | None:
    """Role and affiliation from the words before a name.

    "Russian Foreign Minister Sergey Lavrov" -> ("Russian Foreign Minister", "Russia"): the role is
    the title as the article writes it, the affiliation the state or organisation it names.
    """
    doc = ent.doc
    start = ent.start
    while start > ent.sent.start and _premodifier(doc[start - 1], title_tokens, lexicon):
        start -= 1
    prefix = doc[start : ent.start]
    if not any(t.i in title_tokens for t in prefix):
        return None
    role_words, affiliation = [], ""
    for token in prefix:
        actor = index.actor_at(token)
        if actor is not None and actor.kind in (STATE, ORGANISATION):
            affiliation = affiliation or actor.affiliation or actor.name  # "Russian"; Pentagon -> United States
        if token.i in title_tokens and lexicon.titles.get(_title_text(token, doc)) == "honorific":
            continue
        if token.dep_ == "det" and token.i not in title_tokens:
            continue  # "the Pentagon spokesperson": but "Ambassador to the United Nations" keeps its "the"
        role_words.append(token)
    role = _join(role_words)
    return (role, affiliation) if role else None


def _title_text(token: Token, doc: Doc) -> str:
    for span in doc.spans.get(TITLE_SPANS, []):
        if span.start <= token.i < span.end:
            return span.text
    return token.text


def _premodifier(token: Token, title_tokens: set[int], lexicon: Lexicon) -> bool:
    """Is this word part of the title phrase in front of a name?"""
    if token.i in title_tokens or token.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    if token.text in lexicon.name_hyphens or token.lower_ in lexicon.grammar["title_premodifier"]:
        return True
    return token.pos_ in ("PROPN", "NOUN", "ADJ") and token.dep_ in ("compound", "amod", "nmod") and token.head.i >= token.i


def _appositive(ent: Span, index: ActorIndex, lexicon: Lexicon) -> tuple[str, str] | None:
    """Role from an appositive: "Jane Doe, a Labour MP, said" -> ("Labour MP", Labour's affiliation)."""
    for child in ent.root.children:
        if child.dep_ != "appos" or child.ent_type_ == "PERSON":
            continue
        phrase = [t for t in child.subtree if t.dep_ not in ("det", "punct") and t.i > ent.root.i]
        if not any(t.lemma_.lower() in {k.lower() for k in lexicon.titles} or t.lemma_ in lexicon.groups for t in phrase):
            continue
        affiliation = ""
        for token in phrase:
            actor = index.actor_at(token)
            if actor is not None and actor.kind in (STATE, ORGANISATION):
                affiliation = affiliation or actor.affiliation or actor.name
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


# --- pronouns ---------------------------------------------------------------------------------


def _fold_pronouns(index: ActorIndex, lexicon: Lexicon) -> None:
    """Fold "he"/"she" into the person most recently named, preferring the last subject."""
    doc = index.doc
    for token in doc:
        if lexicon.pronouns.get(token.lower_) != "person" or token.pos_ != "PRON":
            continue
        person = antecedent(token, index)
        if person is not None:
            index.add(person.name, PERSON, doc[token.i : token.i + 1], "PRON")


# How many sentences back a pronoun's person may be named: news names its speakers again soon.
ANTECEDENT_WINDOW = 3


def antecedent(token: Token, index: ActorIndex, window: int = ANTECEDENT_WINDOW) -> Actor | None:
    """The person a pronoun refers to: the subject of the nearest earlier sentence naming a person."""
    doc = token.doc
    first_sentence = max(0, sentence_index(token) - window)
    candidates: list[tuple[int, int, Actor]] = []
    for position, i in enumerate(range(token.i - 1, sentence_starts(doc)[first_sentence] - 1, -1)):
        actor = index.actor_at(doc[i])
        if actor is None or actor.kind != PERSON:
            continue
        is_subject = doc[i].dep_ in ("nsubj", "nsubjpass") or doc[i].head.dep_ in ("nsubj", "nsubjpass")
        same_sentence = sentence_index(doc[i]) == sentence_index(token)
        candidates.append((0 if same_sentence or is_subject else 1, position, actor))
    return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None
