"""Names the model leaves out: an organisation's code used alone ("ABS-CBN" for "ABS-CBN
Corporation"), and the descriptions of organisations ("the court", "the party") linked before the
roles are read."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..docs import SINGULAR_NOUN_TAG, SUBJECT_DEPS
from ..kinds import ORGANISATION, PERSON
from .descriptions import description_antecedent
from .tables import DESCRIPTION, NAME, SURNAME, VARIANT, CorefTables, fold

MIN_CODE_LENGTH = 3  # "UN" or "EU" alone are too short to be taken for a longer name's code


def link_short_names(index) -> None:
    """An organisation named in full once and then by its first word alone, when that word is a
    code the model does not tag ("ABS-CBN Corporation" ... "ABS-CBN said")."""
    doc = index.doc
    text = doc.text
    for actor in list(index.actors.values()):
        words = actor.name.split()
        if actor.kind != ORGANISATION or len(words) < 2 or not _code(words[0]):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            parts = {index.by_token[t.i] for t in span if t.i in index.by_token}
            if all(index.actors[p].kind == ORGANISATION and p != actor.name and p in words[0] for p in parts):
                for part in parts:  # "CBN", the model's piece of "ABS-CBN"
                    _drop_mentions(index, part, span)
                index.add(actor.name, actor.kind, span, "ORG", VARIANT)


def link_abbreviations(index) -> None:
    """An organisation named in full with its abbreviation in brackets ("the Syrian Democratic
    Forces (SDF)", "the Federal Emergency Management Agency (FEMA)") is one actor under both: every
    mention of the abbreviation becomes the full name's, one the model left untagged too."""
    doc = index.doc
    abbreviations: dict[str, str] = {}
    for actor in list(index.actors.values()):
        if actor.kind != ORGANISATION or actor.name not in index.actors:
            continue
        for mention in list(actor.mentions):
            span = doc.char_span(mention.start_char, mention.end_char)
            short = _bracketed_abbreviation(doc, span.end) if span is not None else None
            if short is None or not _abbreviates(short.text, actor.name):
                continue
            abbreviations[short.text] = actor.name
            other = index.actor_at(short)
            if other is not None and other is not actor and other.kind == ORGANISATION:
                for moved in list(other.mentions):  # the last one moved takes `other` out of the index
                    span = doc.char_span(moved.start_char, moved.end_char)
                    _drop_mentions(index, other.name, span)
                    index.add(actor.name, actor.kind, span, moved.label, VARIANT)
    # the abbreviation where the model left it untagged ("the *FEMA* teams")
    for token in doc:
        name = abbreviations.get(token.text)
        if name is not None and token.i not in index.by_token and token.ent_type_ in ("", "NORP"):
            index.add(name, ORGANISATION, doc[token.i : token.i + 1], "ORG", VARIANT)


def _bracketed_abbreviation(doc, at: int):
    """The word of capitals bracketed right after position `at`: "(SDF)", "(AfCFTA)"."""
    if at + BRACKETED > len(doc) or doc[at].text != "(" or doc[at + BRACKETED - 1].text != ")":
        return None
    word = doc[at + 1]
    capitals = _capitals(word.text)
    return word if word.is_alpha and word.text[0].isupper() and len(capitals) >= MIN_CODE_LENGTH else None


def _capitals(word: str) -> str:
    return "".join(letter for letter in word if letter.isupper())


BRACKETED = 3  # "(", the abbreviation, ")"


def _abbreviates(short: str, name: str) -> bool:
    """Are the capitals of `short` the first letters of the name's capitalised words, opening with
    its first ("SDF" for "Syrian Democratic Forces", "RIAA" for "Recording Industry Association of
    America", "AfCFTA" for "African Continental Free Trade Area"), not a part's ("NSW" for
    "Parliament of New South Wales")?"""
    initials = [word[0] for word in name.split() if word[0].isupper()]
    capitals = _capitals(short)
    if not initials or not capitals or capitals[0] != initials[0]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in capitals)


# What the model may tag an organisation's name as when it reads it in another sentence
# ("Germany banned Iranian airline Mahan Air" as a facility); never a place: "Europe" stays one.
RETAGGED_LABELS = ("FAC", "PRODUCT", "WORK_OF_ART")


def link_retagged_names(index) -> None:
    """An organisation's name the model tagged otherwise in one sentence ("Mahan Air" as a
    facility), and its first word alone that names no actor, no state and no person ("Mahan",
    a place to the model), when it opens one organisation's name only: both are the
    organisation. A word the model took for a person stays one ("Judit" for a "Judit Polgár" it
    took for an organisation)."""
    doc = index.doc
    organisations = {a.name: a for a in index.actors.values() if a.kind == ORGANISATION}
    openings = {}
    for actor in organisations.values():
        words = actor.name.split()
        if len(words) > 1:
            openings.setdefault(words[0], []).append(actor)
    for ent in doc.ents:
        if any(t.i in index.by_token for t in ent):
            continue
        actor = organisations.get(ent.text) if ent.label_ in RETAGGED_LABELS else None
        unknown_word = len(ent) == 1 and ent.label_ != "PERSON" and index.lexicon.lookup(ent.text) is None
        if actor is None and unknown_word and len(openings.get(ent.text, [])) == 1:
            actor = openings[ent.text][0]  # "Mahan" alone
        if actor is not None:
            index.add(actor.name, actor.kind, ent, ent.label_, NAME if ent.text == actor.name else VARIANT)


def link_untagged_surnames(index) -> None:
    """A person's surname the model left untagged in one sentence ("Katigbak apologized to
    Duterte" after "Philippine President Rodrigo Duterte"), when no one else in the article has
    that surname, and the word names nothing longer ("Duterte Street"). The tagger may take a
    surname that is also a word for a common noun ("Trump claimed", "Blankenship attacked"); as the
    subject of a clause with no determiner, a singular noun is a name. A one-word name the article
    uses for the person elsewhere is such a surname too, whichever word of the full name it is
    ("*Luk*, reportedly aged about 68, had suffered" after "John Luk Jok" and a tagged "Luk")."""
    doc = index.doc
    owners: dict[str, set[str]] = {}
    for actor in index.actors.values():
        words = fold(actor.name).split()
        if actor.kind == PERSON and len(words) > 1:
            short = {fold(m.text) for m in actor.mentions if len(m.text.split()) == 1 and m.label == "PERSON"}
            for word in {words[-1], *(w for w in short if w in words)}:
                owners.setdefault(word, set()).add(actor.name)
    for token in doc:
        if token.i in index.by_token or token.ent_type_ or not token.is_title:
            continue
        if token.pos_ != "PROPN" and not _bare_singular_subject(token):
            continue
        names = owners.get(fold(token.text), set())
        if len(names) != 1 or _inside_longer_name(token):
            continue
        name = next(iter(names))
        index.add(name, PERSON, doc[token.i : token.i + 1], "PERSON", SURNAME)


NOUN_DETERMINERS = ("det", "poss", "predet")  # "the trump", "his trump"


def _bare_singular_subject(token) -> bool:
    """A singular common noun as a clause's subject without a determiner: English says "the
    trump won", so "Trump claimed" is a name."""
    return (
        token.tag_ == SINGULAR_NOUN_TAG and token.dep_ in SUBJECT_DEPS
        and not any(child.dep_ in NOUN_DETERMINERS for child in token.children)
    )


def _inside_longer_name(token) -> bool:
    """Is the word part of a longer proper name ("Duterte Street", "Mr. Duterte's ...")?"""
    return any(t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") for t in token.children) or (
        token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN"
    )


def _drop_mentions(index, name: str, span: Span) -> None:
    """Take the mentions inside `span` from actor `name`, and the actor if none are left."""
    actor = index.actors[name]
    actor.mentions = [
        m for m in actor.mentions if not (span.start_char <= m.start_char and m.end_char <= span.end_char)
    ]
    for token in span:
        if index.by_token.get(token.i) == name:
            del index.by_token[token.i]
    if not actor.mentions:
        del index.actors[name]


def _code(word: str) -> bool:
    """A name written as a code: capitals after its first letter ("ABS-CBN", "BioNTech")."""
    return len(word) >= MIN_CODE_LENGTH and any(c.isupper() for c in word[1:])


def link_organisation_descriptions(index, tables: CorefTables | None = None) -> None:
    """Link "the court", "the party", "the network" first, before the roles are read: "the Lord
    President of the court" is then for the Court of Session. A description the model tagged as a
    name of its own ("The Court will ...") is linked the same way, when an earlier name fits."""
    tables = tables or index.lexicon.coref
    doc = index.doc
    for token in doc:
        noun = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN") or noun not in tables.descriptions:
            continue
        if tables.descriptions[noun][0] != ORGANISATION:
            continue
        bare = _bare_description(index.actor_at(token), noun)
        if token.i in index.by_token and bare is None:
            continue
        actor = description_antecedent(token, index, tables)
        if actor is not None and actor is not bare:
            if bare is not None:
                _drop_mention(index, bare, token)
            index.add(actor.name, actor.kind, doc[token.i : token.i + 1], "DESC", DESCRIPTION)


def _bare_description(actor, noun: str):
    """An organisation the model named by a description word alone, capitalised as formal texts
    do ("*The Court* will make an Order" after "the Court of Session"): a reference back, not a name."""
    if actor is None or actor.kind != ORGANISATION or fold(actor.name) != noun:
        return None
    return actor


def _drop_mention(index, actor, token) -> None:
    """Take the mention at `token` from `actor`, and the actor from the index when it has no other."""
    inside = [m for m in actor.mentions if m.start_char <= token.idx < m.end_char]
    actor.mentions = [m for m in actor.mentions if m not in inside]
    for mention in inside:
        for t in index.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand") or []:
            if index.by_token.get(t.i) == actor.name:
                del index.by_token[t.i]
    if not actor.mentions:
        del index.actors[actor.name]

