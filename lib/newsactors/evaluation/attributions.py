"""Attributions and how they are scored: a cue, a source and a content as sets of characters;
the project's positions (and textacy's quotations) as attributions; cue matching and the counts.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

import pandas as pd
from spacy.tokens import Doc

from ..lexicons import Lexicon, load_lexicon

Chars = frozenset[int]  # the character offsets a (possibly discontinuous) span covers


def chars(*pairs: tuple[int, int]) -> Chars:
    """The characters of one or more `(start, end)` spans; an absent span (-1) covers none."""
    return frozenset(i for start, end in pairs if start >= 0 and end > start for i in range(start, end))


def overlaps(a: Chars, b: Chars) -> bool:
    return not a.isdisjoint(b)


def half_overlap(predicted: Chars, gold: Chars) -> bool:
    """Do two spans share at least half of each one's characters?"""
    if not predicted or not gold:
        return False
    shared = len(predicted & gold)
    return 2 * shared >= len(predicted) and 2 * shared >= len(gold)


@dataclass(frozen=True)
class Attribution:
    """One attribution, gold or predicted, as the characters of its three parts."""

    cue: Chars
    source: Chars = frozenset()
    content: Chars = frozenset()


def position_attributions(positions: Iterable) -> list[Attribution]:
    """Positions (from `analyse(doc, id).positions`) as attributions; cue-less ones are left out.

    Coordinated speakers ("Austin and Blinken said") are one position each in the tables but one
    attribution in PolNeAR, whose source spans both names: positions sharing a cue are scored as
    one attribution holding all their speakers.
    """
    by_cue: dict[tuple[int, int], list] = {}
    for p in positions:
        if p.cue_start >= 0:
            by_cue.setdefault((p.cue_start, p.cue_end), []).append(p)
    return [
        Attribution(
            chars(cue),
            chars(*((p.speaker_start, p.speaker_end) for p in group)),
            chars(*((p.content_start, p.content_end) for p in group)),
        )
        for cue, group in by_cue.items()
    ]


def predict_attributions(doc: Doc, lexicon: Lexicon | None = None) -> list[Attribution]:
    """The project's positions in a parsed article, acts left out (see `is_attribution`) and
    what holds no one's position kept (`holds_no_position`: "photos showed", "a group, called the
    Legacy Fund,", annotated as attributions by PolNeAR);
    `lexicon` replaces the tables of `data/lexicons/` (as `scripts/fit_weights.py` does)."""
    from ..actors import resolve_actors
    from ..positions import extract_positions

    lexicon = lexicon or load_lexicon()
    positions = extract_positions(doc, resolve_actors(doc, lexicon), lexicon, attributions=True)
    return position_attributions(p for p in positions if is_attribution(doc, p, lexicon))


def is_attribution(doc: Doc, position, lexicon: Lexicon | None = None) -> bool:
    """Is a position something said or thought, as PolNeAR annotates, rather than an act?

    Positions whose cue words are all acts in `cues.csv` (kind=act: meet, visit, prepare, plan)
    record what an actor does; PolNeAR's attributions are speech and thought only.
    """
    from ..positions import listed_kind

    if position.cue_start < 0:
        return True
    lexicon = lexicon or load_lexicon()
    span = doc.char_span(position.cue_start, position.cue_end, alignment_mode="expand")
    found = {listed_kind(t, lexicon) for t in span} - {"none"} if span is not None else set()
    return not found or found != {"act"}


def textacy_attributions(doc: Doc) -> list[Attribution] | None:
    """textacy 0.13's `direct_quotations` as attributions; None when it raises on the article."""
    from textacy.extract.triples import direct_quotations

    def span_chars(tokens) -> Chars:
        return chars(*((t.idx, t.idx + len(t)) for t in tokens))

    try:
        quotes = list(direct_quotations(doc))
    except Exception:  # unbalanced quotation marks: textacy raises a ValueError
        return None
    return [
        Attribution(span_chars(q.cue), span_chars(q.speaker), chars((q.content.start_char, q.content.end_char)))
        for q in quotes
    ]


PARTS = ("source", "cue", "content")


@dataclass
class SpanCounts:
    """Exact spans of one part: those equal to a gold span, those predicted, the gold ones."""

    right: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(self.right + other.right, self.predicted + other.predicted, self.gold + other.gold)


@dataclass
class Counts:
    """Counts that add up over articles; the scores are computed from them."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_right: int = 0
    content_right: int = 0
    all_right: int = 0
    articles: int = 0
    failed_articles: int = 0  # the extractor raised (textacy on unbalanced quotes)
    exact: dict[str, SpanCounts] = field(default_factory=lambda: {part: SpanCounts() for part in PARTS})

    def __add__(self, other: Counts) -> Counts:
        numbers = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self) if f.name != "exact"}
        return Counts(**numbers, exact={part: self.exact[part] + other.exact[part] for part in PARTS})

    def scores(self) -> dict[str, float]:
        return {**self.overlap_scores(), **self.exact_scores()}

    def exact_scores(self) -> dict[str, float]:
        """Per part, precision, recall and F1 of spans equal to the gold's once trimmed (`exact_parts`)."""
        scores = {}
        for part, counts in self.exact.items():
            p, r = _ratio(counts.right, counts.predicted), _ratio(counts.right, counts.gold)
            scores.update({f"exact_{part}_precision": p, f"exact_{part}_recall": r, f"exact_{part}_f1": _f1(p, r)})
        return scores

    def overlap_scores(self) -> dict[str, float]:
        cue_p, cue_r = _ratio(self.matched, self.predicted), _ratio(self.matched, self.gold)
        full_p, full_r = _ratio(self.all_right, self.predicted), _ratio(self.all_right, self.gold)
        return {
            "cue_precision": cue_p,
            "cue_recall": cue_r,
            "cue_f1": _f1(cue_p, cue_r),
            "speaker_right": _ratio(self.speaker_right, self.matched),
            "content_right": _ratio(self.content_right, self.matched),
            "full_precision": full_p,
            "full_recall": full_r,
            "full_f1": _f1(full_p, full_r),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def match_by_cue(predicted: list[Attribution], gold: list[Attribution]) -> list[tuple[Attribution, Attribution]]:
    """Pairs whose cues overlap, each side used once, largest overlap first (then text order)."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = len(p.cue & g.cue)
            if shared:
                candidates.append((-shared, min(g.cue), i, j))
    used_p, used_g, pairs = set(), set(), []
    for _, _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def speaker_right(predicted: Attribution, gold: Attribution) -> bool:
    if not gold.source:
        return not predicted.source
    return overlaps(predicted.source, gold.source)


def exact_parts(attribution: Attribution, text: str) -> dict[str, Chars]:
    """An attribution's source, cue and content as the exact-span criterion compares them: the
    word characters of each (spaces and punctuation left out, which trims each span of them).
    A source of several coordinated speakers is the one span from the first to the last ("Austin
    and Blinken"); a content leaves out the cue and source inside it (“... ,” he said, “...”), as
    PolNeAR gives each word one part."""
    source = attribution.source
    if source:
        source = frozenset(range(min(source), max(source) + 1))
    content = attribution.content - attribution.cue - source
    return {
        "source": _word_chars(source, text),
        "cue": _word_chars(attribution.cue, text),
        "content": _word_chars(content, text),
    }


def _word_chars(span: Chars, text: str) -> Chars:
    return frozenset(i for i in span if i < len(text) and not _space_or_punctuation(text[i]))


def _space_or_punctuation(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def _count_exact(counts: Counts, predicted: list[Attribution], gold: list[Attribution], text: str) -> None:
    """Exact spans per part: a predicted span is right when a gold span of that part, not yet
    taken, has exactly its word characters."""
    for part in PARTS:
        spans = Counter(s for a in predicted if (s := exact_parts(a, text)[part]))
        gold_spans = Counter(s for a in gold if (s := exact_parts(a, text)[part]))
        counts.exact[part] += SpanCounts(sum((spans & gold_spans).values()), spans.total(), gold_spans.total())


def score_attributions(predicted: list[Attribution] | None, gold: list[Attribution], text: str = "") -> Counts:
    """Counts for one article; `predicted=None` means the extractor raised (zero predictions).
    With the article's `text`, the exact-span counts too."""
    counts = Counts(gold=len(gold), articles=1, failed_articles=int(predicted is None))
    if text:
        _count_exact(counts, predicted or [], gold, text)
    if not predicted:
        return counts
    counts.predicted = len(predicted)
    for p, g in match_by_cue(predicted, gold):
        counts.matched += 1
        speaker_ok, content_ok = speaker_right(p, g), half_overlap(p.content, g.content)
        counts.speaker_right += speaker_ok
        counts.content_right += content_ok
        counts.all_right += speaker_ok and content_ok
    return counts


def scores_table(totals: dict[str, Counts]) -> pd.DataFrame:
    """One row per measure, one column per extractor: the counts, then the scores."""
    rows: dict[str, pd.Series] = {}
    for name, counts in totals.items():
        column = {
            "articles": counts.articles,
            "articles where the extractor raised": counts.failed_articles,
            "gold attributions": counts.gold,
            "predicted": counts.predicted,
            "matched by cue": counts.matched,
            **{k: round(v, 3) for k, v in counts.scores().items()},
        }
        rows[name] = pd.Series(column, dtype=object)  # counts stay whole numbers beside the scores
    return pd.DataFrame(rows)
