"""Quotations: where the article's quoted passages are, and which of them a cue introduces.

Quotation marks come from `punctuation.csv`: curly (“ ”), straight (") or doubled apostrophes
('' ''), a style some wires use, each opening mark with the marks that may close it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..docs import doc_text, sentence_of
from ..lexicons import Lexicon
from .records import Cue
from .words import SUBJECTS, is_cue_verb

ARTICLE_QUOTES = "newsactors_quotes"  # `doc.user_data` key: (the lexicon's id, the Doc's quotations)


def article_quotes(doc: Doc, lexicon: Lexicon) -> Quotes:
    """The quotations of a Doc (`quotation_spans`), found once per Doc and lexicon: coreference
    reads them for the pronouns in a quotation, the positions for their quotes."""
    cached = doc.user_data.get(ARTICLE_QUOTES)
    if cached is None or cached[0] != id(lexicon):
        cached = doc.user_data[ARTICLE_QUOTES] = (id(lexicon), quotation_spans(doc_text(doc), lexicon))
    return cached[1]


class Quotes(list):
    """The quotations of an article: (start, end) character spans inside the marks, in text
    order and never overlapping, with a lookup of the one holding a character that takes
    logarithmic time, so that a long article with many quotations costs in proportion to its size."""

    def __init__(self, spans=()):
        super().__init__(spans)
        self._starts = [start for start, _ in self]
        self.ends = [end for _, end in self]

    def containing(self, index: int) -> tuple[int, int] | None:
        i = bisect_right(self._starts, index) - 1
        return self[i] if i >= 0 and index < self[i][1] else None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotations overlapping the characters from `start` to `end`."""
        first = max(bisect_right(self._starts, start) - 1, 0)
        last = bisect_right(self._starts, end)
        return [q for q in self[first:last] if q[1] > start and q[0] < end]


def as_quotes(quotes) -> Quotes:
    return quotes if isinstance(quotes, Quotes) else Quotes(sorted(quotes))

# Fewer words than this between marks are scare quotes ("illegal", "fake news"), part of an
# indirect content rather than a quotation of their own.
MIN_QUOTED_WORDS = 3
# A quotation is beside its cue when at most this many words (the speaker, punctuation) stand
# between them: "“...,” said retired neurosurgeon Ben Carson".
MAX_WORDS_BETWEEN = 8
# Content is direct when this share of its words lies inside quotation marks.
DIRECT_SHARE = 0.9
# What may stand between a quotation's closing mark and the sentence of the cue after it.
SENTENCE_END_PUNCTUATION = "!?.,"


@cache
def _mark_pattern(marks: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))


def quotation_spans(text: str, lexicon: Lexicon) -> Quotes:
    """Character spans (inside the marks) of double-quoted passages, paragraph by paragraph.

    Unbalanced marks never raise: an opening mark left open at a paragraph's end closes there,
    which is also how news text continues a quote into the next paragraph. A second opening mark
    that cannot close the quote (“ ... “) starts it again from the newer one.
    """
    closers = lexicon.quote_closers
    pattern = _mark_pattern((*closers, *lexicon.closing_quotes))
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        offset = paragraph.start()
        opened: tuple[str, int] | None = None  # the opening mark and where the quote starts
        for mark in pattern.finditer(paragraph.group()):
            char, start, end = mark.group(), offset + mark.start(), offset + mark.end()
            if opened is not None and char in closers[opened[0]]:
                if start - opened[1] > 1:
                    spans.append((opened[1], start))
                opened = None
            elif char in closers and (opened is None or char == opened[0] and char not in closers[char]):
                opened = (char, end)
        if opened is not None and paragraph.end() - opened[1] > 1:
            spans.append((opened[1], paragraph.end()))
    return Quotes(spans)


def in_quote(token: Token, quotes: Quotes) -> bool:
    return as_quotes(quotes).containing(token.idx) is not None


# the `quote_type`s: nine in ten of the content's words quoted, some, none, and no content at all
DIRECT, MIXED, INDIRECT, NO_CONTENT = "direct", "mixed", "indirect", "none"
QUOTED_TYPES, UNQUOTED_TYPES = (DIRECT, MIXED), (INDIRECT, NO_CONTENT)


def quote_type(content: list[Token], quotes: Quotes) -> str:
    """direct, mixed or indirect: how much of what is said stands inside quotation marks."""
    if not content:
        return NO_CONTENT
    quotes = as_quotes(quotes)
    inside = sum(quotes.containing(t.idx) is not None for t in content if not t.is_punct)
    words = sum(1 for t in content if not t.is_punct)
    if words and inside >= words * DIRECT_SHARE:
        return DIRECT
    return MIXED if inside else INDIRECT


def quotes_for(cue: Cue, quotes: Quotes, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """The quoted passages a cue introduces: those right beside it ("“...,” she said, “...”"),
    else those in its own clause (not ones it sits inside, nor ones another cue introduces)."""
    sent = sentence_of(cue.head)
    cue_char = cue.head.idx
    # a quotation the cue governs lies in its subtree
    subtree_start, subtree_end = cue.head.left_edge.idx, cue.head.right_edge.idx + len(cue.head.right_edge)
    beside: list[Span] = []
    governed: list[Span] = []
    for start, end in as_quotes(quotes).within(sent.start_char, sent.end_char):
        if start <= cue_char < end:
            continue
        near = _near(cue, sent, start, end)
        in_subtree = start < subtree_end and subtree_start < end
        if not near and not in_subtree:
            continue
        span = quoted_span(sent.doc, start, end)
        if span is None:
            continue
        if near and adjacent(cue, span, lexicon):
            beside.append(span)
        # (not by its quotation marks, which the parser may hang on any verb of the sentence)
        elif in_subtree and any(
            _governs(cue.head, t, lexicon) for t in span if sent.start <= t.i < sent.end and not t.is_punct
        ):
            governed.append(span)
    return _words(beside), _words(governed)


def _near(cue: Cue, sent: Span, start: int, end: int) -> bool:
    """Could the quotation be beside the cue: within `MAX_WORDS_BETWEEN` tokens of it?"""
    doc = sent.doc
    first, last = cue.tokens[0].i, cue.tokens[-1].i
    reach_start = doc[max(first - MAX_WORDS_BETWEEN - 1, 0)].idx
    reach_end_token = doc[min(last + MAX_WORDS_BETWEEN + 1, len(doc) - 1)]
    return start <= reach_end_token.idx + len(reach_end_token) and end >= reach_start


def quoted_span(doc, start: int, end: int) -> Span | None:
    """The tokens of a quotation long enough to be one (not scare quotes), found once per Doc."""
    cache = doc.user_data.setdefault("newsactors_quoted_spans", {})
    if (start, end) not in cache:
        span = doc.char_span(start, end, alignment_mode="expand")
        long_enough = span is not None and sum(not t.is_punct for t in span) >= MIN_QUOTED_WORDS
        cache[(start, end)] = (span.start, span.end) if long_enough else None
    bounds = cache[(start, end)]
    return doc[bounds[0] : bounds[1]] if bounds is not None else None


def _words(spans: list[Span]) -> list[Token]:
    return [t for span in spans for t in span if not t.is_space]


def quote_just_before(cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
    """A quotation ending right where the cue's sentence starts ("“... AGAIN!” he tweeted"), when
    the cue is close to the sentence start."""
    sent = sentence_of(cue.head)
    between = " " + "".join(lexicon.closing_quotes) + SENTENCE_END_PUNCTUATION
    text = doc_text(sent.doc)
    quotes = as_quotes(quotes)
    # walking back from the last quotation before the sentence: once what stands between holds a
    # word, it holds it for every earlier one too
    before = []
    for start, end in reversed(quotes[: bisect_right(quotes.ends, sent.start_char)]):
        if text[end : sent.start_char].strip(between):
            break
        before.append((start, end))
    for start, end in reversed(before):
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and adjacent(cue, span, lexicon):
            return [t for t in span if not t.is_space]
    return []


def to_closing_mark(content: list[Token], quotes: Quotes) -> list[Token]:
    """Content that ends inside a quotation runs on to its closing mark: the quoted words are
    said as a whole ("according to the paper, “...check. Very few are barred.”")."""
    if not content:
        return content
    last = content[-1]
    holding = as_quotes(quotes).containing(last.idx)
    if holding is None:
        return content
    end = holding[1]
    doc = last.doc
    closing = last.i + 1
    while closing < len(doc) and doc[closing].idx < end:
        closing += 1
    return [*content, *(t for t in doc[last.i + 1 : closing] if not t.is_space)]


def _governs(cue: Token, token: Token, lexicon: Lexicon) -> bool:
    """Is the token in the cue's clause, with no other cue verb or subject in between?"""
    for ancestor in token.ancestors:
        if ancestor.i == cue.i:
            return True
        if ancestor.dep_ in SUBJECTS or (ancestor.pos_ == "VERB" and is_cue_verb(ancestor, lexicon)):
            return False
    return False


def adjacent(cue: Cue, quote: Span, lexicon: Lexicon) -> bool:
    """A quote right before `, said X` or right after `X said:`, set off from the cue by nothing
    but the speaker and punctuation (not "said Friday that it would “have been cool”")."""
    doc = quote.doc
    cue_words = {t.i for t in cue.tokens}
    first, last = min(quote.end, cue.tokens[0].i), max(quote.start, cue.tokens[-1].i + 1)
    if last - first - len(cue_words) > MAX_WORDS_BETWEEN:
        return False  # too far apart, whatever stands between
    between = [t for t in doc[first:last] if t.i not in cue_words]
    return len(between) <= MAX_WORDS_BETWEEN and not any(
        t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ in lexicon.grammar["complementizer"] for t in between
    )
