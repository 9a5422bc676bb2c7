"""First person inside quotations: "I", "we", "my" in a position's quoted words are its speaker."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .tables import FIRST_PERSON, SPEAKER_PERSON


def link_quoted_first_person(doc: Doc, index, positions: list, quotes: list[tuple[int, int]]) -> None:
    """"I", "we", "my" inside a position's quoted words are its speaker; a position whose speaker is
    such a pronoun inside another's quotation takes that speaker."""
    tables = index.lexicon.coref
    quoted = [p for p in positions if p.speaker_kind and p.quote_type in ("direct", "mixed") and p.content_start >= 0]
    for position in quoted:
        for start, end in quotes:
            if not (start < position.content_end and position.content_start < end):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            for token in span or []:
                entry = tables.pronoun(token)
                if entry is None or entry.person != SPEAKER_PERSON or token.i in index.by_token:
                    continue
                index.add(position.speaker, position.speaker_kind, doc[token.i : token.i + 1], "PRON", FIRST_PERSON)
    for position in positions:
        if position.speaker_kind or position.speaker_start < 0:
            continue
        span = doc.char_span(position.speaker_start, position.speaker_end, alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].i not in index.by_token:
            continue
        actor = index.actor_at(span[0])
        position.speaker, position.speaker_kind = actor.name, actor.kind
        position.speaker_role, position.speaker_affiliation = actor.role, actor.affiliation


def group_of_phrase(head: Token) -> Span | None:
    """The "of" phrase that says whose a group is: "Organizers of the rally", "members of
    opposition parties"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            end = max(t.i for t in child.subtree) + 1
            return head.doc[child.i : end]
    return None
