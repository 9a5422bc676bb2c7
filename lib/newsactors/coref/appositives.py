"""Descriptions set beside a name ("The Vice President, Mike Pence,"; "one of these groups, the
SDF"), a title running into a name, and the author of a document ("a statement by X")."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ..docs import entity_of_token, title_bounds
from ..kinds import GROUP, ORGANISATION, PERSON, STATE
from .descriptions import event_maker
from .tables import APPOSITIVE

# How many words up the parse a description before a name may head its "of" phrases from:
# "the president of the Tunisian League for the Defence of Human Rights" is seven.
DESCRIPTION_CLIMB = 10
# What a description set before a name may be in its sentence: the subject, or the name's partner
# in apposition, never a preposition's or verb's object.
DESCRIPTION_DEPS = ("nsubj", "nsubjpass", "appos", "ROOT", "dep", "npadvmod", "conj")
LABEL_MARK = ":"  # "Image: Nicholas Moreau" labels a credit; it describes no one


def link_appositives(index) -> None:
    """"The Vice President, Mike Pence, said", "one of these groups, the SDF": a description with a
    named actor in apposition is that actor."""
    doc = index.doc
    person_nouns = index.lexicon.coref.person_nouns
    titles = _title_tokens(doc)
    appositions = [t.i for t in doc if t.dep_ == "appos"]
    for ent in doc.ents:
        actor = index.actor_at(ent[-1])
        if actor is None or actor.kind != PERSON:
            continue
        description = description_before(
            ent, lambda t: t.lemma_.lower() in person_nouns or t.i in titles, index.lexicon
        )
        if description is not None and description.i not in index.by_token:
            index.add(actor.name, actor.kind, doc[description.i : description.i + 1], "APPOS", APPOSITIVE)
    for token in doc:
        if token.i in index.by_token or token.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "PRON"):
            continue
        after = bisect_right(appositions, token.i)
        if after == len(appositions) or appositions[after] > token.right_edge.i:
            continue  # nothing in apposition under it
        named = appositive_actor(token, index)
        if named is not None:
            index.add(named.name, named.kind, doc[token.i : token.i + 1], "APPOS", APPOSITIVE)


def _title_tokens(doc: Doc) -> frozenset[int]:
    return frozenset(t.i for span in doc.spans.get("titles", []) for t in span)


def appositive_actor(token: Token, index):
    """The actor named in apposition to `token`, if `token` is a description of one; for a
    description ending in an "of" phrase the parser may hang the name on its last noun ("the
    director of Argentina's Amnesty International, Mariela Belski")."""
    for child in token.children:
        if child.dep_ == "appos" and child.i > token.i and _set_off(token, child):
            actor = index.actor_at(child)
            if actor is not None and actor.kind in (PERSON, ORGANISATION, STATE, GROUP):
                return actor
    if token.pos_ != "NOUN" or token.lemma_.lower() not in index.lexicon.coref.person_nouns:
        return None
    for descendant in token.subtree:
        if (
            descendant.dep_ == "appos" and descendant.i > token.i and descendant.head.i != token.i
            and _set_off(token, descendant)
        ):
            actor = index.actor_at(descendant)
            if actor is not None and actor.kind == PERSON and index.actor_at(descendant.head) is not actor:
                return actor
    return None


def description_before(ent: Span, names_a_role, lexicon) -> Token | None:
    """The head of a description set before a name and a comma ("The mayor of London, Sadiq Khan";
    "A member of the Tunisian Parliament, Samir Dilou said"; "her husband Jonathan Sacoolas"),
    however the parser attached the two: climbing from the word before the comma through nouns and
    prepositions, the highest word that `names_a_role` (a party's member too: "a Republican, Mark
    Amodei,"), if it is the subject or in apposition."""
    doc = ent.doc
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN" and not root.head.ent_type_ \
            and names_a_role(root.head) and not any(t.text == LABEL_MARK for t in doc[root.head.i + 1 : ent.start]):
        return root.head  # "her husband Jonathan Sacoolas"; not a label: "Image: Nicholas Moreau"
    start = ent.start
    while (
        start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i >= ent.start
    ):
        start -= 1  # "Sadiq" the model left out of "Khan"
    if start < 2 or doc[start - 1].text != ",":
        return None
    ent = doc[start : ent.end]
    token, description = doc[ent.start - 2], None
    for _ in range(DESCRIPTION_CLIMB):
        if token.pos_ in ("NOUN", "PROPN") and not _in_name(token) and names_a_role(token):
            description = token
        if token.head.i == token.i or token.head.i >= ent.start - 1 or token.head.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        token = token.head
    if description is not None and partitive_of(description, lexicon):
        return description  # "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior,"
    if description is None or description.dep_ not in DESCRIPTION_DEPS:
        return None  # "Asked by a reporter about the budget, Maria Lopez said": the reporter asks
    return description


def _in_name(token: Token) -> bool:
    """Is a word part of a name the model found: not a people's ("a *Republican* Assemblywoman"),
    nor a description it took for an organisation, which an article opens ("*A Republican
    Assemblywoman*, Jill Tolles,")?"""
    if token.ent_type_ in ("", "NORP"):
        return False
    start, _ = entity_of_token(token.doc)[token.i]
    return token.doc[start].pos_ != "DET"


def partitive_of(noun: Token, lexicon) -> bool:
    """Is a noun what a number picks one or more of, as the subject or in apposition ("*One* of
    the vice presidents", "*two* of his ministers")?"""
    preposition = noun.head
    number = preposition.head
    return noun.dep_ == "pobj" and preposition.dep_ == "prep" \
        and preposition.lower_ in lexicon.grammar["partitive_preposition"] \
        and number.pos_ == "NUM" and number.dep_ in DESCRIPTION_DEPS


def _set_off(description: Token, name: Token) -> bool:
    """Is a name set beside a description by a comma, within one paragraph ("The Vice President,
    Mike Pence")? The parser also hangs a turn's mark ("((WN))") or a list after a colon on the
    word before it."""
    doc = description.doc
    start = name.left_edge.i
    between = doc[description.i : start]
    return start > 0 and doc[start - 1].text == "," and not any(
        "\n" in t.text or "\n" in t.whitespace_ for t in between
    )


def titled_appositive(head: Token, index):
    """The person an organisation's name or a title runs into, when the parser made it the
    subject: "African Export-Import Bank president Okey Oramah said" and "Member of Parliament (MP)
    Yvette Cooper added" are Oramah and Cooper speaking; and the organisation a common noun runs
    into: "television broadcaster *PBS* revealed"."""
    doc = head.doc
    title_ends = _name_starts_after_titles(doc)
    for child in head.children:
        actor = index.actor_at(child) if child.dep_ == "appos" else None
        if actor is None:
            continue
        start = child.i
        while start > head.i + 1 and index.by_token.get(start - 1) == actor.name:
            start -= 1  # to the first word of the name
        if actor.kind != PERSON:
            if head.pos_ == "NOUN" and start == head.i + 1 and index.actor_at(head) is None:
                return actor  # "television broadcaster PBS", "news agency Reuters"
            continue
        title_end = title_ends.get(start)
        if title_end is not None and not any(t.text in (",", ";", "(") for t in doc[head.i : title_end]):
            return actor
    return None


# The most words of an abbreviation in brackets between a title and a name: "(MP)", "(U.N.)".
ABBREVIATION_WORDS = 3


def _name_starts_after_titles(doc: Doc) -> dict[int, int]:
    """Where a name may start right after a title, with the title's end: at that end, or after an
    abbreviation in brackets that follows it ("Member of Parliament (MP) Yvette Cooper")."""
    starts = {}
    for _, end in title_bounds(doc):
        starts[end] = end
        if end < len(doc) and doc[end].text == "(":
            inside = doc[end + 1 : end + 2 + ABBREVIATION_WORDS]
            close = next((t.i for t in inside if t.text == ")"), None)
            if close is not None and close > end + 1:
                starts[close + 1] = end
    return starts


def document_author(head: Token, index):
    """Who a document speaks for: "a statement by Harry Roque", "the court's summary", "Part of the
    judge's statement", "a tweet on Monday by Mike Pompeo", "Pompeo sent a letter requesting ..."."""
    tables = index.lexicon.coref
    if head.lemma_.lower() == "part":
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), head)
    if head.lemma_.lower() not in tables.documents:
        return None
    for child in head.children:
        if child.dep_ == "poss" and (actor := index.actor_at(child)) is not None:
            return actor
    for token in head.subtree:
        # "a statement by Roque", "a report from the NTSB", "a lawsuit filed *by* Texas" (a participle's agent)
        if token.dep_ in ("prep", "agent") and token.lower_ in ("by", "from") and token.i > head.i:
            for pobj in token.children:
                author = index.actor_at(pobj) or next(
                    (index.actor_at(t) for t in pobj.subtree if index.actor_at(t) is not None), None
                )
                if author is not None:
                    return author
    # "The ministry *issued* a statement saying ...": who issues, sends or publishes it wrote it
    if head.dep_ == "dobj" and head.head.lemma_.lower() in index.lexicon.grammar["issuing_verb"]:
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (author := index.actor_at(subject)) is not None:
            return author
    # "The motion claims ..." after "attorneys general filed a lawsuit": who filed it
    return next((a for t in event_maker(head, index) if (a := index.actor_at(t)) is not None), None)

