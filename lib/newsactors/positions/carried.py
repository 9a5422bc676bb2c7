"""Quotations carried on: a quotation with no cue of its own, right after a speaker's position,
is theirs too.

When it carries on a quotation in the sentence before ("“...,” he said. “...”") it extends that
position's content; after an indirect position it is a position of its own, with no cue.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..docs import doc_text, sentence_index
from ..kinds import GROUP, ORGANISATION, PERSON, STATE
from ..lexicons import Lexicon
from ..stance import PLAIN
from .content import content_end, content_start, span_text
from .quotes import DIRECT, QUOTED_TYPES, Quotes
from .records import Position

# A carried quotation is at least a short phrase, not a scare-quoted word or two.
MIN_CARRIED_TOKENS = 4
# It is most of its sentence: a quotation inside the writer's own sentence ('the "one country, two
# systems" model', 'songs such as "Dark Star"', 'convicted of "Treason, Bribery ..."') is a name,
# a title or a phrase the writer quotes, no one's words carried on. Over the Wikinews corpus nearly
# every cue-less quotation under half its sentence was one of these.
MIN_SENTENCE_SHARE = 0.5
# It is carried on from a position at most this many sentences before it.
CARRY_SENTENCES = 2
# Opening the next paragraph, it may follow after at most one blank line.
MAX_NEWLINES_BETWEEN = 2
# Between the quoted words and the carried quotation stands little: at most this many
# characters, or as many as the quotation has.
MAX_GAP = 40
# Whose quotations are carried on: actors, and speakers that are no actor ("" kind) when the
# quotation continues their words.
CARRYING_KINDS = (PERSON, GROUP, STATE, ORGANISATION, "")
SPEAKER_FIELDS = ("speaker", "speaker_kind", "speaker_role", "speaker_affiliation")


def carried_quotes(
    doc: Doc, quotes: Quotes, positions: list[Position], quoted: list[tuple[int, int]], lexicon: Lexicon
) -> list[Position]:
    """The positions that quotations without a cue of their own add; `quoted` are the contents
    of the positions found in their own sentence (weighed out or not)."""
    carried: list[Position] = []
    by_sentence = {p.sentence: p for p in positions}
    for start, end in quotes:
        if any(s < end and start < e for s, e in quoted):
            continue  # the content of a position found in its own sentence
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < MIN_CARRIED_TOKENS or _share_of_sentence(span) < MIN_SENTENCE_SHARE:
            continue
        sent = sentence_index(span[0])
        if sent in by_sentence:
            continue  # its own sentence has a position: the quote is not carried over to another
        earlier = range(sent - 1, sent - 1 - CARRY_SENTENCES, -1)
        previous = next((by_sentence[s] for s in earlier if s in by_sentence), None)
        if previous is None or previous.speaker_kind not in CARRYING_KINDS:
            continue
        content = [t for t in span if not t.is_space]
        if _continues(doc, previous, start, end, sent, lexicon):
            _extend_content(doc, previous, content_end(content))
            by_sentence[sent] = previous
            continue
        if not previous.speaker_kind:
            continue
        carried.append(_carried_position(previous, content, sent, lexicon))
        by_sentence[sent] = carried[-1]
    return carried


def _share_of_sentence(span: Span) -> float:
    """The share of its sentence's words a quotation holds."""
    words = [t for t in span[0].sent if not (t.is_punct or t.is_space)]
    inside = [t for t in words if span.start_char <= t.idx < span.end_char]
    return len(inside) / len(words) if words else 0.0


def _carried_position(previous: Position, content, sentence: int, lexicon: Lexicon) -> Position:
    return Position(
        **{k: getattr(previous, k) for k in SPEAKER_FIELDS},
        cue="",
        stance=PLAIN,
        cameo=lexicon.stance_labels[PLAIN].cameo,
        target="",
        content=span_text(content),
        quote_type=DIRECT,
        sentence=sentence,
        speaker_start=previous.speaker_start,
        speaker_end=previous.speaker_end,
        cue_start=-1,
        cue_end=-1,
        content_start=content_start(content),
        content_end=content_end(content),
        speaker_text=previous.speaker_text,
    )


def _continues(doc: Doc, position: Position, start: int, end: int, sentence: int, lexicon: Lexicon) -> bool:
    """Does a quotation carry on the quoted words of a position (“...,” he said. “...”)? It must
    follow them closely: in the same paragraph or opening the next one, with little in between,
    or in the sentence right after the cue's, in its paragraph, whatever the cue's sentence says
    of the speaker (“...,” said Pat Lee, a retiree who voted early. “...”)."""
    if position.quote_type not in QUOTED_TYPES or position.cue_start < 0 or position.content_end > start:
        return False
    gap = doc_text(doc)[position.content_end : start]
    same_paragraph = "\n" not in gap
    last_line = gap.rsplit("\n", 1)[-1]
    opens_next = gap.count("\n") <= MAX_NEWLINES_BETWEEN and not last_line.strip(" " + "".join(lexicon.opening_quotes))
    if same_paragraph and sentence == position.sentence + 1:
        return True
    return (same_paragraph or opens_next) and len(gap) <= max(end - start, MAX_GAP)


def _extend_content(doc: Doc, position: Position, end: int) -> None:
    """Carry a position's content on to `end`, the words between (", he said.") included."""
    position.content_end = end
    position.content = doc_text(doc)[position.content_start : end].strip(" ,")
