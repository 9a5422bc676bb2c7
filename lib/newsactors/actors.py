"""Actors: who is named in an article, resolved to one canonical record each.

`resolve_actors(doc)` turns entity mentions into actors:

- a person under their fullest name, with surname-only mentions ("Singh"), spelling variants
  ("Sergei"/"Sergey Lavrov", "Erdogan"/"Erdoğan", compared transliterated), surnames the model
  took for organisations ("Pelosi") and names it left untagged after a title ("Queen Elizabeth
  II") folded in, and what it glued to the front of a name left out ("Scotland Nicola Sturgeon");
- a state under its country name, whatever named it: "Russia", "Moscow", "the Kremlin", "Russian";
- an organisation under its canonical name ("the Pentagon" -> "U.S. Department of Defense",
  part of the United States), a name the model split rejoined ("the Tunisian League for the
  Defence of Human Rights");
- a group ("Ukrainian officials") when the positions step finds one speaking (`ActorIndex.group`).

Roles and affiliations are `roles.py`'s; pronouns, descriptions, appositives and interview turns
are linked by `coref`, each mention with how it was linked (`Mention.link`). Places that are
not states (Kursk, Europe) are no actors, but where a region acts as its government does ("*Texas*
filed a lawsuit against *Pennsylvania*") that mention is an organisation of its country
(`_acting_places`). All the language facts come from `data/lexicons/`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Doc, Span, Token

from . import coref
from .cameo import country_code
from .coref import NAME, NAME_LINKS, SURNAME, VARIANT, fold
from .docs import (
    MODAL_TAG,
    PASSIVE_PARTICIPLE_TAG,
    PLURAL_NOUN_TAG,
    TITLE_SPANS,
    doc_text,
    has_determiner,
    sentence_index,
    title_bounds,
    written_in_latin,
)
from .kinds import GROUP, NOT_ACTORS, ORGANISATION, PERSON
from .lexicons import ACT, Lexicon, Place, load_lexicon
from .roles import (
    ROLE_CONNECTORS,
    TITLE_COMPLEMENT,
    affiliate_legislators,
    affiliate_national_offices,
    affiliate_police_ranks,
    assign_roles,
    lower_titles,
    place_names,
)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
GPE_LABEL = "GPE"  # a country, region or city: a region or city may act (`_acting_places`)
# a label the model gives a person's surname by mistake ("labeled *Soleimani* as a terrorist" as a
# location), read as the surname of the one person of the article who has it, and never as a place
SURNAME_MISTAKEN_LABELS = {"LOC"}
ORG_NAME_GAP = 3  # the most words between two parts of one organisation's name
ORG_NAME_JOINERS = ("for", "of", "the", ",")  # never "and": "NATO and the EU" are two
GLOSS_LENGTH = 6  # the most tokens of a bracketed gloss after a title, brackets included: "(Member of Parliament)"
PAIR = 2  # "both", "the two"
PAIR_WINDOW = 3  # sentences back to the two persons a pair refers to
MAX_UNTAGGED_NAME = 3  # words of a name after a title the model left untagged ("Elizabeth II")
MIN_UNKNOWN_NAME = 2  # ... with no known first name: a given name and a surname at least


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
    # the persons a group of named persons is: a pair ("Both officers" after "officers Antoine Quirin
    # and Nicolas Redouane"), a coordinated subject "they" refers to
    members: list[str] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        """Surface forms other than the canonical name, pronouns and descriptions left out."""
        forms = {m.text for m in self.mentions if m.link in NAME_LINKS}
        return sorted(forms - {self.name})


@dataclass
class ActorIndex:
    """The actors of one Doc, and which actor each token belongs to."""

    doc: Doc
    lexicon: Lexicon = field(default_factory=load_lexicon)  # the tables every link is read from
    actors: dict[str, Actor] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)
    # an interview's turns: (start_char, end_char, speaker) of each, [] when the Doc is no interview
    turns: list[tuple[int, int, str]] = field(default_factory=list)
    # the tokens of each turn's mark ("((WN))", "Tseng:"): a label, no mention in the text
    turn_mark_tokens: frozenset[int] = frozenset()

    def add(self, name: str, kind: str, span: Span, label: str, link: str = NAME) -> Actor:
        actor = self.actors.setdefault(name, Actor(name, kind))
        actor.mentions.append(Mention(span.start_char, span.end_char, span.text, label, sentence_index(span[0]), link))
        for token in span:
            self.by_token[token.i] = name
        return actor

    def turn_speaker(self, char: int) -> str:
        """Who speaks the interview turn a character stands in; "" outside any turn."""
        return next((speaker for start, end, speaker in self.turns if start <= char < end), "")

    def in_turn_mark(self, token: Token) -> bool:
        """Does the token stand in the mark that opens an interview turn ("((WN))")?"""
        return token.i in self.turn_mark_tokens

    def actor_at(self, token: Token) -> Actor | None:
        name = self.by_token.get(token.i)
        return self.actors[name] if name else None

    def actor_in(self, span: Span, excluding: frozenset[int] = frozenset()) -> Actor | None:
        """The actor a speaker phrase names: the person its head's title introduces, else its
        head, else any actor token inside it but those `excluding` lists."""
        head = span.root
        titled = self.person_after_title(head)
        if titled is not None:
            return titled
        for token in [head, *head.children, *span]:
            if token.i in excluding:
                continue
            if token.i in self.by_token and span.start <= token.i < span.end and not _qualifies_participle(token):
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
                while (
                    after < len(self.doc) - 1
                    and self.doc[after].lower_ in ROLE_CONNECTORS + ("the",)
                    and after - title.end < TITLE_COMPLEMENT
                ):
                    after += 1
                    while after < len(self.doc) - 1 and self.doc[after].ent_type_ in ("GPE", "ORG", "NORP") and (
                        (a := self.actor_at(self.doc[after])) is None or a.kind != PERSON
                    ):
                        after += 1
                after = _past_gloss(self.doc, after)  # "Member of parliament (MP) Kevin Conolly"
                actor = self.actor_at(self.doc[after]) if after < len(self.doc) else None
                return actor if actor is not None and actor.kind == PERSON else None
        return None

    def group(self, span: Span, affiliation: str, of_phrase: Span | None = None) -> Actor:
        """Register a group speaker such as "Ukrainian officials" (named by its phrase, with the
        "of" phrase that says whose it is: "Organizers of the rally")."""
        # a common word opening a sentence is written as elsewhere: "Police said" and "police said" are
        # one group; a name or demonym keeps its capital ("African leaders")
        words = [
            t.lower_ if t.is_sent_start and t.pos_ != "PROPN" and not t.ent_type_ else t.text
            for t in span if t.pos_ in ("ADJ", "PROPN", "NOUN") or t.i == span.root.i
        ]
        name = " ".join(words) or span.text
        if of_phrase is not None:
            name = f"{name} {of_phrase.text}"
        elif len(words) == 1:
            name = self._named_fully(name)
        actor = self.add(name, GROUP, span, "GROUP")
        actor.affiliation = actor.affiliation or affiliation
        actor.members = actor.members or self.pair(span.root)
        return actor

    def persons_together(self, names: list[str]) -> Actor:
        """The group of persons a coordinated subject names, with them as its members, named by
        them ("Sameh Shoukry, Nikos Dendias and Jean-Yves Le Drian"); it is registered when a
        pronoun is linked to it, its one kind of mention."""
        name = f"{', '.join(names[:-1])} and {names[-1]}"
        return self.actors.get(name) or Actor(name, GROUP, members=names)

    def _named_fully(self, noun: str) -> str:
        """The group a bare plural noun refers back to: "officials" after "German officials", when
        the article named one group only with that noun, and none by the bare noun before; else the
        noun itself."""
        if noun in self.actors:
            return noun
        fuller = {a.name for a in self.actors.values() if a.kind == GROUP and a.name.endswith(f" {noun}")}
        return fuller.pop() if len(fuller) == 1 else noun

    def pair(self, noun: Token) -> list[str]:
        """The two persons a plural noun named as a pair is (`pair_word` in `grammar.csv`: "*Both*
        officers", "*the two* men"): the two the article gave its noun as their role before ("met
        officers Antoine Quirin and Nicolas Redouane"), else the two it named together last, within
        `PAIR_WINDOW` sentences ("Quirin and Redouane denied ... Both men"); [] for any other group."""
        pair_words = self.lexicon.grammar["pair_word"]
        if noun.tag_ != PLURAL_NOUN_TAG or not any(c.lower_ in pair_words for c in noun.children):
            return []
        start = noun.left_edge.idx
        before = [a for a in self.actors.values() if a.kind == PERSON and _first_said(a) < start]
        titled = [a.name for a in sorted(before, key=_first_said) if noun.lemma_.lower() in a.role.lower().split()]
        if len(titled) == PAIR:
            return titled
        here = sentence_index(noun)
        for token in reversed(self.doc[: noun.left_edge.i]):
            if here - sentence_index(token) > PAIR_WINDOW:
                break
            first, second = self.actor_at(token.head), self.actor_at(token)
            if token.dep_ == "conj" and first is not None and second is not None and first is not second \
                    and first.kind == second.kind == PERSON and len(token.head.conjuncts) == 1:
                return [first.name, second.name]
        return []

    def ordered(self) -> list[Actor]:
        """Actors in order of first mention, the order a reader meets them."""
        return sorted(self.actors.values(), key=lambda a: (_first_said(a), a.name))


def _qualifies_participle(token: Token) -> bool:
    """Is a name only part of a modifier ("the *Luxembourg*-based court", "*US*-backed forces"):
    the phrase names someone else?"""
    return token.dep_ == "npadvmod" and token.head.tag_ == PASSIVE_PARTICIPLE_TAG


def _first_said(actor: Actor) -> int:
    return min(m.start_char for m in actor.mentions)


def _past_gloss(doc: Doc, at: int) -> int:
    """The token after a bracketed gloss that opens at `at` ("(MP)"), else `at`."""
    if at >= len(doc) or doc[at].text != "(":
        return at
    closing = next((t.i for t in doc[at : at + GLOSS_LENGTH] if t.text == ")"), None)
    return at if closing is None else closing + 1


def clean_name(span: Span, lexicon: Lexicon) -> str:
    text = span.text.strip()
    for suffix in lexicon.grammar["possessive"]:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
    return " ".join(text.split())


def resolve_actors(doc: Doc, lexicon: Lexicon | None = None) -> ActorIndex:
    lexicon = lexicon or load_lexicon()
    index = ActorIndex(doc, lexicon)
    # an English article writes its actors' names in Latin letters; the English model also tags
    # words of a quotation in another script as names ("लेने के से हर" in a Hindi answer)
    entities = _whole_organisation_names(
        doc, [ent for e in doc.ents if written_in_latin(e.text) and (ent := _without_leading_modal(e)) is not None]
    )
    entities = sorted([*entities, *_acting_initials(doc, lexicon)], key=lambda e: e.start)
    names = {ent.start: person_name(ent, lexicon) for ent in entities if _is_person(ent, lexicon)}
    names |= {span.start: span for span in _names_after_titles(doc, lexicon)}
    names = {start: span for start, span in names.items() if not _names_no_actor(span, lexicon)}
    people = _person_names(doc, names, lexicon)
    surnames = _surnames(people)
    untagged = [span for span in names.values() if not span[0].ent_type_]
    polities = _acting_places(entities, lexicon)
    for ent in sorted([*_joined_organisations(doc, entities), *untagged], key=lambda e: e.start):
        if ent.start in names:
            span = names[ent.start]
            name = people[clean_name(span, lexicon)]
            index.add(name, PERSON, span, ent.label_ or "PERSON", _name_link(clean_name(span, lexicon), name))
        elif _names_no_actor(ent, lexicon):
            continue
        elif ent.label_ in ACTOR_LABELS or ent.label_ in SURNAME_MISTAKEN_LABELS:
            place = _place(ent, lexicon)
            person = (
                surnames.get(fold(clean_name(ent, lexicon))) if place is None or place.kind == ORGANISATION else None
            )
            if person is not None and not ent.ent_id_:
                index.add(person, PERSON, ent, ent.label_, SURNAME)  # "Pelosi" the model took for an organisation
            elif place is not None and ent.label_ in ACTOR_LABELS:
                link = NAME if clean_name(ent, lexicon) == place.canonical else VARIANT
                index.add(place.canonical, place.kind, ent, ent.label_, link).affiliation = place.part_of
            elif ent.start in polities:
                index.add(clean_name(ent, lexicon), ORGANISATION, ent, ent.label_).affiliation = polities[ent.start]
    coref.link_short_names(index)
    coref.link_abbreviations(index)
    coref.link_retagged_names(index)
    coref.link_untagged_surnames(index)
    coref.link_organisation_descriptions(index)
    assign_roles(index, lexicon, [names[start] for start in sorted(names)])
    coref.link_mentions(index, lexicon)
    affiliate_legislators(index)
    affiliate_national_offices(index)
    affiliate_police_ranks(index)
    return index


def person_name(ent: Span, lexicon: Lexicon) -> Span:
    """The name in a PERSON entity, without what the model glued in front of it: a title
    ("Presidential Spokesperson Harry Roque") or a state ("Scotland Nicola Sturgeon", after "First
    Minister of")."""
    doc = ent.doc
    start = max([ent.start, *(end for begin, end in title_bounds(doc) if ent.start <= begin and end < ent.end)])
    offices = lower_titles(lexicon)
    for token in ent[:-1]:
        if token.lower_ in offices:
            start = max(start, token.i + 1)  # "Presidential Spokesperson Harry Roque"
    # a name of two words keeps both, however the tokenizer split them ("Park Won-soon")
    while len(doc[start : ent.end].text.split()) > 2 and _glued_place(doc[start], lexicon):
        start += 1
    return doc[start : ent.end]


def _glued_place(token: Token, lexicon: Lexicon) -> bool:
    """Is the first word of a long person name a place ("Scotland" in "First Minister of Scotland
    Nicola Sturgeon"): a state, a place named elsewhere in the article, or a word after "of" that
    is no first name, before one that is?"""
    if lexicon.lookup(token.text) is not None or token.text in place_names(token.doc):
        return True
    first_names = lexicon.coref.first_names
    after_of = token.i > 0 and token.doc[token.i - 1].lower_ == "of"
    return after_of and fold(token.text) not in first_names and fold(token.doc[token.i + 1].text) in first_names


def _names_no_actor(span: Span, lexicon: Lexicon) -> bool:
    """Is a name a place's or a storm's by a word it ends or begins with (`non_actor_names.csv`):
    "Trafalgar *Square*", "Chippewa *Falls*", "*Hurricane* Dorian", "*Tropical Storm* Barry" (the
    model may leave the storm's word out of the name it tags)? The model may tag such a name a
    person or an organisation; it holds no position and is no target."""
    doc, ends = span.doc, lexicon.non_actor_names
    words = tuple(clean_name(span, lexicon).split())
    if any(len(words) > len(end) and words[-len(end) :] == end for end in ends["end"]):
        return True
    for start in ends["start"]:
        before = tuple(t.text for t in doc[max(span.start - len(start), 0) : span.start])
        if before == start or len(words) > len(start) and words[: len(start)] == start:
            return True
    return False


def _without_leading_modal(ent: Span) -> Span | None:
    """The entity without a modal verb the model glued in front of it where a question opens
    ("((WN)) *Will* Red Hat employees be barred ...?" is no person "Will Red Hat"); a first name
    "Will" is tagged a proper noun ("Will Smith said"). None when nothing else is left."""
    start = ent.start
    while start < ent.end and ent.doc[start].tag_ == MODAL_TAG:
        start += 1
    if start == ent.start:
        return ent
    return Span(ent.doc, start, ent.end, label=ent.label_) if start < ent.end else None


def _whole_organisation_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """The entities, with an organisation's name of several words that the model found whole once
    made whole where it is written again, unless the model found only persons there: "Rogaland Fire
    and Rescue" later split into a person "Rogaland Fire" and an organisation "Rescue". A longer
    entity holding the words stays as it is."""
    names = sorted({ent.text for ent in entities if ent.label_ == "ORG" and len(ent) > 1}, key=len, reverse=True)
    if not names:
        return entities
    entity_at = {i: ent for ent in entities for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for match in re.finditer(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)", doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        overlapping = {id(e): e for i in range(span.start, span.end) if (e := entity_at.get(i)) is not None}.values()
        if any(e.start <= span.start and span.end <= e.end for e in overlapping):
            continue  # the name is (inside) an entity already
        if overlapping and all(e.label_ == "PERSON" for e in overlapping):
            continue  # "Kelly and Baroni", an organisation to the model once, are two persons
        found.append(Span(doc, span.start, span.end, label="ORG"))
    if not found:
        return entities
    kept = [e for e in entities if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted([*kept, *found], key=lambda e: e.start)


def _joined_organisations(doc: Doc, entities: list[Span]) -> list[Span]:
    """The entities, with an organisation's name the model split rejoined: "the Tunisian League" +
    "for the" + "Defence of Human Rights"; "United Nations Educational, Scientific and Cultural
    Organization"."""
    out: list[Span] = []
    for ent in entities:
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
    II announced". A known first name must open them, or the name be of two or three capitalised
    words that name no place ("Princess Ubolratana Mahidol")."""
    first_names = lexicon.coref.first_names
    spans = []
    for title in doc.spans.get(TITLE_SPANS, []):
        if lexicon.titles.get(title.text) != "office" or title.end >= len(doc):
            continue
        end = title.end
        while end < len(doc) and end - title.end < MAX_UNTAGGED_NAME and doc[end].pos_ == "PROPN" \
                and not doc[end].ent_type_ and (doc[end].is_title or doc[end].is_upper):
            end += 1
        name = doc[title.end : end]
        # the title is a word of a longer name ("GNU Lesser *General* Public License"): no person after it
        inside = title.start > 0 and doc[title.start - 1].pos_ == "PROPN" and not doc[title.start - 1].ent_type_
        whole = not inside and (end >= len(doc) or doc[end].pos_ != "PROPN")
        unknown = len(name) >= MIN_UNKNOWN_NAME and whole and all(
            t.is_title and lexicon.lookup(t.text) is None for t in name
        )
        if len(name) and (fold(name[0].text) in first_names or unknown):
            spans.append(name)
    return spans


MISTAKEN_FOR_PERSONS = ("ORG", "FAC")  # labels the tagger gives names of persons ("Dominic Hare, chief executive")


def _is_person(ent: Span, lexicon: Lexicon) -> bool:
    """A PERSON entity, or one the model took for an organisation that is a title and a name
    ("Presidential Spokesperson Harry Roque"), a name listed with persons, or a name an appositive
    says is a person's ("Sviatlana Tsikhanouskaya, *an opposition candidate* for ...")."""
    if ent.label_ == "PERSON":
        # "a bag of *fentanyl*": no name is all lower case; nor does one hold a figure ("Victoria 1.6%")
        return any(c.isupper() for c in ent.text) and not any(c.isdigit() for c in ent.text)
    if ent.label_ not in MISTAKEN_FOR_PERSONS or ent.ent_id_ or lexicon.lookup(clean_name(ent, lexicon)) is not None:
        return False
    name = person_name(ent, lexicon)
    first_names = lexicon.coref.first_names
    listed = any(t.ent_type_ == "PERSON" for t in (ent.root.head, *ent.root.conjuncts))  # "A, B and C", B a person too
    person_nouns = lexicon.coref.person_nouns
    # "porn actress Stormy Daniels": a noun for a person set before the name says what it is, whatever
    # its first name (an appositive may say what an organisation is: "Red Hat, a software *company*")
    def organisation_noun(word: Token) -> bool:  # "company", "party", "Group"
        return lexicon.coref.described(word.lemma_.lower()) == ORGANISATION

    if any(organisation_noun(t) or t.lemma_.lower() in lexicon.groups for t in name):
        return False  # "Hong Kong Police", whatever its first word
    called = any(
        c.dep_ == "compound" and c.i < ent.start and c.lemma_.lower() in person_nouns and not organisation_noun(c)
        for c in ent.root.children
    )
    # "Sviatlana Tsikhanouskaya, an opposition candidate", "the Fund's Jacqueline De León": what the name
    # is, or whose, with a first name the lists know
    described = any(c.dep_ == "appos" and c.lemma_.lower() in person_nouns for c in ent.root.children) or any(
        c.i < ent.start and c.dep_ == "poss" and c.ent_type_ == "ORG" for c in ent.root.children
    )
    known_first = fold(name[0].text) in first_names
    return (called or known_first and (name.start > ent.start or listed or described)) and 2 <= len(name) <= 3 \
        and all(t.is_title for t in name)


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
    place = place or lexicon.lookup(clean_name(ent, lexicon))
    if place is not None:
        return None if place.kind in NOT_ACTORS else place
    if ent.label_ == "ORG" and not _counted(ent, lexicon) and not _word_before_title(ent, lexicon):
        return Place(clean_name(ent, lexicon), ORGANISATION)
    return None  # a city, region or unknown demonym: a place, not an actor


def _word_before_title(ent: Span, lexicon: Lexicon) -> bool:
    """Is the entity one word the model took for a name that only qualifies a title: "*State*
    Senator", "*Newly* elected Assemblywoman" (`title_premodifier` in `grammar.csv`)?"""
    word = ent[0]
    qualifier = word.lower_ in lexicon.grammar["title_premodifier"] or word.pos_ == "ADV" and not word.is_upper
    return len(ent) == 1 and qualifier


def _acting_places(entities: list[Span], lexicon: Lexicon) -> dict[int, str]:
    """The mentions of regions and cities the country tables do not list (by their first token)
    that act as their governments do, each with the country it is in: the subject of a cue verb
    ("*Texas* sued Pennsylvania"), the agent of one ("a lawsuit filed *by Texas*"), whom something
    is against ("a lawsuit *against Pennsylvania*"; `adversary_preposition` in `grammar.csv`) and
    the polity a noun of `polity_noun` names ("sued *the state of Montana*"). Its other mentions
    are places ("cases in Texas", "Montana residents")."""
    acting: dict[int, str] = {}
    for ent in entities:
        name = clean_name(ent, lexicon)
        if ent.label_ != GPE_LABEL or lexicon.lookup(name) is not None or not _acts(ent.root, lexicon):
            continue
        country = _countries_by_code(lexicon.countries).get(country_code(name))
        if country:
            acting[ent.start] = country
    return acting


@cache
def _countries_by_code(countries: frozenset[str]) -> dict[str, str]:
    """The country of `countries.csv` each CAMEO country code stands for ("USA" -> United States);
    of two countries with one code, the first in alphabetical order."""
    return {code: c for c in sorted(countries, reverse=True) if (code := country_code(c))}


def _acts(token: Token, lexicon: Lexicon) -> bool:
    head = token.head
    if token.dep_ == "nsubj":
        return head.pos_ == "VERB" and lexicon.cue(head.lemma_.lower(), "VERB") is not None
    if token.dep_ != "pobj":
        return False
    if head.dep_ == "agent":  # "a lawsuit filed *by* Texas"
        return lexicon.cue(head.head.lemma_.lower(), "VERB") is not None
    if head.lower_ in lexicon.grammar["adversary_preposition"]:  # "a lawsuit *against* Pennsylvania"
        return True
    polity = head.head.lemma_.lower() in lexicon.grammar["polity_noun"]
    return polity and head.lower_ in lexicon.grammar["maker_preposition"]  # "the state *of* Montana"


def _acting_initials(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Organisations' initials the model did not tag as one, where they act ("Belarusian *KGB*
    arrested 33 Russian individuals", tagged a nationality with the word before) or are acted on
    ("designated *the IRGC*", tagged a place): a word in capitals, no title ("MP"), no state ("UAE")."""
    return [
        Span(doc, t.i, t.i + 1, label="ORG") for t in doc
        if t.ent_type_ in ("", "NORP", GPE_LABEL) and t.pos_ in ("PROPN", "NOUN") and t.is_upper and t.is_alpha
        and INITIALS[0] <= len(t) <= INITIALS[1] and t.text not in lexicon.titles and lexicon.lookup(t.text) is None
        and (_acts(t, lexicon) or _acted_on(t, lexicon))
    ]


def _acted_on(token: Token, lexicon: Lexicon) -> bool:
    """Is a word the object of an act ("designated *the IRGC* as a terrorist organization")?"""
    head = token.head
    entry = lexicon.cue(head.lemma_.lower(), "VERB") if token.dep_ == "dobj" and head.pos_ == "VERB" else None
    return entry is not None and entry.kind == ACT


INITIALS = (2, 6)  # the letters of an organisation's initials: "UN", "KGB", "UNESCO"


def _counted(ent: Span, lexicon: Lexicon) -> bool:
    """Is the entity a noun one of a kind, not a name: "make *an Order* declaring ...", "*a
    Bill*"? A name takes no indefinite article of its own ("a Reuters reporter": the reporter's)."""
    return has_determiner(ent.root, lexicon.grammar["indefinite_determiner"])


def _person_names(doc: Doc, names: dict[int, Span], lexicon: Lexicon) -> dict[str, str]:
    """Map every person name in the article to the fullest name it is a short form or variant of,
    compared transliterated ("Erdogan" is "Recep Tayyip Erdoğan")."""
    first_seen: dict[str, int] = {}
    for start, span in sorted(names.items()):
        first_seen.setdefault(clean_name(span, lexicon), start)
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
