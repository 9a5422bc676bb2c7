"""A speaker named before a colon: "Pat Caddell: ...", "Caddell continued:", a headline's
"Clinton camp: Trump's remarks threaten ...", a transcript's turn "“PENCE: Well, ...”".

The content is what follows the colon to the end of its line, however the parser cut the
sentences there.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ...docs import doc_text, line_bounds, sentence_bounds
from ...lexicons import Lexicon
from ..quotes import Quotes
from ..records import Cue
from .base import CueForm

# A speaker's label before a colon is a short noun phrase: "Senate Majority Leader McConnell".
MAX_LABEL_WORDS = 4
# What a colon introduces is at least a short clause, not "Note: 3".
MIN_WORDS_AFTER = 3
# A single letter is a transcript's turn label ("Q:", "A:"), which names no one.
MIN_NAME_LETTERS = 2


class ColonForm(CueForm):
    name = "colon"
    needs_content = True

    def speaker_heads(self, cue: Cue, lexicon: Lexicon) -> list[Token]:
        label = colon_speaker(cue.head, lexicon)
        return [label.root] if label is not None else []

    def content(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
        doc = cue.head.doc
        _, line_end = line_bounds(doc, cue.head.idx)
        return [t for t in doc[cue.head.i + 1 :] if t.idx < line_end and not t.is_space]

    def may_stand_in_quote(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> bool:
        """A transcript's speaker label opening a quotation ("“PENCE: Well, ...”"): the quotation
        is the transcript's, and the label says whose turn it is."""
        label = colon_speaker(cue.head, lexicon)
        return label is not None and any(start == label.start_char for start, _ in quotes)


def colon_speaker(colon: Token, lexicon: Lexicon) -> Span | None:
    """The name or label before a colon, when it names someone."""
    label = _colon_label(colon, lexicon)
    return label if label is not None and sum(c.isalpha() for c in label.text) >= MIN_NAME_LETTERS else None


def _colon_label(colon: Token, lexicon: Lexicon) -> Span | None:
    doc = colon.doc
    sent_start, sent_end = sentence_bounds(colon)
    _, line_end = line_bounds(doc, colon.idx)
    # what the colon introduces ends with its sentence or its line: "Susan Rice Image: White House."
    # under a photograph is its caption and credit, no statement
    said = [t for t in doc[colon.i + 1 : sent_end] if t.idx < line_end and not (t.is_space or t.is_punct)]
    if len(said) < MIN_WORDS_AFTER:
        return _headline_speaker(colon, lexicon)
    prev = doc[colon.i - 1]
    if prev.ent_type_ == "PERSON":
        for ent in doc.ents:
            if ent.start <= prev.i < ent.end:
                return ent
    opening = doc[sent_start : colon.i]
    if 0 < len(opening) <= MAX_LABEL_WORDS and opening.ents and all(
        t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART") for t in opening
    ) and opening[-1].pos_ in ("PROPN", "NOUN"):
        return opening
    return _headline_speaker(colon, lexicon)


def _headline_speaker(colon: Token, lexicon: Lexicon) -> Span | None:
    """The capitalised name opening a headline line before a colon ("Poll: Trump ties Clinton",
    "Lynch: No outside influence"), whatever sentence the parser put it in."""
    doc = colon.doc
    line_start, line_end = line_bounds(doc, colon.idx)
    text = doc_text(doc)
    line = text[line_start:line_end]
    marks = len(line) - len(line.lstrip("".join(lexicon.opening_quotes)))
    line_start += marks  # a transcript's turn in quotation marks: “PENCE: ...”
    rest = text[colon.idx + 1 : line_end].split()
    window = doc[max(0, colon.i - MAX_LABEL_WORDS - 1) : colon.i]  # one word more, to see a longer one
    opening = [t for t in window if t.idx >= line_start]
    if not opening or len(opening) > MAX_LABEL_WORDS or len(rest) < MIN_WORDS_AFTER or opening[0].idx != line_start:
        return None
    # a turn's name in capitals may be tagged as an adjective
    named = opening[-1].pos_ in ("PROPN", "NOUN") or (marks and opening[-1].text.isupper())
    if not all(t.text[:1].isupper() or t.pos_ == "PART" for t in opening) or not named:
        return None
    return doc[opening[0].i : colon.i]
