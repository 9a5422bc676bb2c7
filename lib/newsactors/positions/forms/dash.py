"""A quotation signed with a dash: "“We will win.” ― Pat Lee".

The speaker is the capitalised name after the dash, closing its line or clause; the content is
the quotation ending right before the dash.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ...docs import doc_text, line_bounds
from ...lexicons import Lexicon
from ..quotes import Quotes
from ..records import Cue
from .base import CueForm

# The dash follows the closing mark, perhaps past a space or two: look this many tokens back.
MARK_LOOKBACK = 3
# A signature is a name of at most four words: "Sen. Mary Lou Jones".
MAX_NAME_WORDS = 4
# The tokens after the dash the name is looked for in: four words, with spaces and initials.
NAME_WINDOW = 7
NON_BREAKING_SPACE = "\u00a0"


class DashForm(CueForm):
    name = "dash"

    def speaker_heads(self, cue: Cue, lexicon: Lexicon) -> list[Token]:
        return [signature_name(cue.head, lexicon)[-1]]

    def content(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
        return signed_quote(cue.head, quotes, lexicon)


def signature_name(dash: Token, lexicon: Lexicon) -> Span | None:
    """The name after a quotation signed with a dash: a dash right after the closing mark, then
    a capitalised name of at most four words closing its line or clause."""
    text = dash.text
    dashes = lexicon.signature_dashes
    if not text.endswith(dashes):
        return None  # most words: ruled out before anything else is looked at
    doc = dash.doc
    closing = lexicon.closing_quotes
    mark = next((m for m in closing if text.startswith(m)), "")
    if text[len(mark):] not in dashes:
        return None
    if not mark:
        before = next((t for t in reversed(doc[max(0, dash.i - MARK_LOOKBACK) : dash.i]) if not t.is_space), None)
        if before is None or before.text not in closing:
            return None
    name = []
    for token in doc[dash.i + 1 : dash.i + 1 + NAME_WINDOW]:
        if token.is_space and not name:
            continue
        if not token.text[:1].isupper() or token.is_punct or len(name) == MAX_NAME_WORDS:
            break
        name.append(token)
    if not name or name[-1].pos_ != "PROPN":
        return None
    after = doc[name[-1].i + 1] if name[-1].i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.is_space or "\n" in after.whitespace_):
        return None
    return doc[name[0].i : name[-1].i + 1]


def signed_quote(dash: Token, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
    """The quotation a dash signs: the one ending right before it, else (its opening mark
    mistyped) what its line holds before the dash."""
    doc = dash.doc
    text = doc_text(doc)
    line_start, _ = line_bounds(doc, dash.idx)
    between = " " + NON_BREAKING_SPACE + "".join(lexicon.closing_quotes)
    for start, end in quotes:
        if end <= dash.idx + len(dash) and not text[end : dash.idx].strip(between):
            line_start = start
            break
    span = doc.char_span(line_start, dash.idx, alignment_mode="expand")
    return [t for t in span or () if not (t.is_space or t.is_quote) and t.i != dash.i]
