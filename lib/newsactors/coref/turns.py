"""The turns of an interview or transcript: "I", "we", "my" in a turn are its speaker, "you" the
other side."""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from ..kinds import ORGANISATION, PERSON
from .tables import ADDRESSEE_PERSON, SPEAKER_PERSON, TURN, CorefTables, fold

# An article is an interview when this many paragraphs open with a speaker's mark.
MIN_TURNS = 2
TURN_MARK = re.compile(
    r"\s*(?:\(\(\s*(?P<bracketed>[^()\n]{1,60}?)\s*\)\)\s*:?"  # "((WN))", "((Aparna Garg)):"
    r"|(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:)"  # "Q:", "Tseng:"
)


class Mark(NamedTuple):
    """A paragraph opening with a speaker's mark: where the paragraph starts, where the mark ends,
    the characters of its label ("NG" of "NG:", "WN" of "((WN))") and the speaker it names."""

    paragraph_start: int
    mark_end: int
    label_start: int
    label_end: int
    speaker: str  # "" for a mark that names no one: it ends the turn before it


def turns(marks: list[Mark], text_length: int) -> list[tuple[int, int, str]]:
    """(start_char, end_char, speaker) of each turn of an interview: a paragraph opening with a
    speaker's mark, with the unmarked paragraphs after it; [] when the article is no interview."""
    if not marks:
        return []
    ends = [mark.paragraph_start for mark in marks[1:]] + [text_length]
    return [(mark.mark_end, end, mark.speaker) for mark, end in zip(marks, ends, strict=True)]


def interview_marks(doc: Doc, index, tables: CorefTables) -> list[Mark]:
    """The speakers' marks of an interview, from the first that names a speaker on; [] when fewer
    than `MIN_TURNS` name one (the article is no interview)."""
    marks = []
    for match in re.finditer(r"[^\n]+", doc.text):
        mark = TURN_MARK.match(match.group())
        if mark is None:
            continue
        part = "bracketed" if mark.group("bracketed") else "label"
        label = mark.group(part).strip()
        if part == "label" and label.lower().endswith(tuple(index.lexicon.grammar["caption_word"])):
            # "Susan Rice Image: White House.", "Jo JorgensenImage: ..." (the page's words run
            # together), "File: ...": a picture's caption, no one's turn
            continue
        # a bracketed mark names its speaker even when the model found no name in it
        speaker = _turn_speaker(label, index, tables) or (label if part == "bracketed" else "")
        if speaker or marks:
            label_start = match.start() + mark.start(part)
            label_end = label_start + len(label)
            marks.append(Mark(match.start(), match.start() + mark.end(), label_start, label_end, speaker))
    return marks if sum(bool(mark.speaker) for mark in marks) >= MIN_TURNS else []


def _turn_speaker(label: str, index, tables: CorefTables) -> str:
    """Who a turn's mark names: the outlet or interviewer of `turn_marks.csv`, a person by name or
    surname ("Tseng"), or by initials ("NG" for Natasha Gownaris)."""
    if label in tables.turn_marks:
        return tables.turn_marks[label]
    folded = fold(label)
    for actor in index.actors.values():
        if actor.kind != PERSON:
            continue
        parts = fold(actor.name).split()
        if folded == " ".join(parts) or folded in parts:
            return actor.name
        if label.isupper() and 2 <= len(label) <= 3 and "".join(p[0] for p in parts).upper() == label:
            return actor.name
    return ""


def link_turns(index, tables: CorefTables) -> None:
    """"I" and "we" in a turn (`index.turns`) are its speaker, "you" the other side; but in an
    answer to an outlet's question (`turn_marks.csv`: "((WN))") "you" is anyone ("*you* find
    something you are not looking for"), not the interviewer, and stays unlinked."""
    doc = index.doc
    bounds = index.turns
    outlets = set(tables.turn_marks.values())
    for number, (start, end, speaker) in enumerate(bounds):
        if not speaker:
            continue
        other = _other_side(bounds, number)
        if other in outlets and speaker not in outlets:
            other = ""
        for token in doc.char_span(start, end, alignment_mode="expand") or []:
            entry = tables.pronoun(token)
            if entry is None or token.i in index.by_token:
                continue
            who = speaker if entry.person == SPEAKER_PERSON else other if entry.person == ADDRESSEE_PERSON else ""
            if who:
                actor = index.actors.get(who)
                kind = (
                    actor.kind if actor is not None else ORGANISATION if who in tables.turn_marks.values() else PERSON
                )
                index.add(who, kind, doc[token.i : token.i + 1], "PRON", TURN)


def link_turn_marks(index, marks: list[Mark]) -> None:
    """The label of a turn's mark that names a person of the article ("NG:", "Tseng:") is a
    mention of that person, so that the mark read as a speaker ("NG: This study started ...")
    resolves to them. Linked after the pronouns: a turn's speaker says "I", and its mark is no
    antecedent of a "he" inside it ("((Jaya)) And after that when he started avoiding me")."""
    doc = index.doc
    for mark in marks:
        actor = index.actors.get(mark.speaker)
        span = doc.char_span(mark.label_start, mark.label_end)
        if actor is None or actor.kind != PERSON or span is None or any(t.i in index.by_token for t in span):
            continue
        index.add(mark.speaker, PERSON, span, "TURN", TURN)


def _other_side(bounds: list[tuple[int, int, str]], number: int) -> str:
    """Who a turn speaks to: the nearest turn of someone else, the one before it first."""
    speaker = bounds[number][2]
    for other in [*reversed(bounds[:number]), *bounds[number + 1 :]]:
        if other[2] and other[2] != speaker:
            return other[2]
    return ""

