"""Evaluation: how well positions are found, on PolNeAR and on the project's own gold.

Two yardsticks:

- **PolNeAR** (Newell, Margolin and Ruths, LREC 2018; `../shared/corpora/polnear/`): US election
  news annotated in brat standoff with attributions, each a Source (who), a Cue (the word that
  signals it) and a Content (what). Only the first annotator of an article counts: the first
  `.ann` file for it in sorted order. `score_attributions` compares predicted positions with the
  gold attributions:

  * a prediction *matches* a gold attribution when their cue spans share a character. Pairs are
    taken greedily, largest character overlap first (ties: earliest in the text), and each side
    is used at most once;
  * cue precision, recall and F1 count matches over all predictions (those with a cue) and all
    gold attributions;
  * over matched pairs, *speaker right* is the share whose speaker span shares a character with
    the gold Source, *content right* the share whose content overlaps the gold Content by at least
    half of each span (a discontinuous gold span counts as the union of its characters);
  * *full* precision, recall and F1 count only matches right on cue, speaker and content.

  Positions whose cue is an act ("are scheduled to meet", "is preparing") are not attributions in
  PolNeAR's sense and are left out of its counts (`is_attribution`).

  A gold attribution with no Source (PolNeAR's "Attribution-no-source") is right on speaker only
  when the prediction has no speaker span either. Positions without a cue (a quote carried on from
  an earlier sentence) cannot be matched by cue and are left out of the counts.

  textacy's `direct_quotations` is scored the same way (`textacy_attributions`); it raises on
  unbalanced quotation marks, and such an article counts as zero predictions.

  Some articles were annotated twice. On those, `evaluate_agreement` scores the second annotator
  against the first in the same way: how far two people agree is the most any extractor can be
  expected to reach.

- **The default article's gold** (`data/gold/<article>.positions.csv` and `.people.csv`, written by
  the project): `score_gold_positions` checks that every gold position is found (same cue offsets)
  with the right speaker and stance, and `score_gold_people` the role and affiliation of each person.

Nothing here prints PolNeAR text: results are counts and scores.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from .lexicons import Lexicon, load_lexicon
from .paths import DEFAULT_ARTICLE_ID, GOLD_DIR, SHARED_CORPORA

POLNEAR_DIR = SHARED_CORPORA / "polnear"
SPLITS = ("train", "dev")

Chars = frozenset[int]  # the character offsets a (possibly discontinuous) span covers


# --- spans -------------------------------------------------------------------------------------


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


# --- PolNeAR -----------------------------------------------------------------------------------


@dataclass
class GoldArticle:
    article_id: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)


def parse_brat(ann: str) -> list[Attribution]:
    """The attributions of one brat `.ann` file: text-bound `T` spans linked by `E` events.

    `Content2:`, `Source2:` ... are further pieces of the same part and are joined to it. An event
    with no Cue is left out, since matching is by cue.
    """
    spans: dict[str, Chars] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields_ = line.split("\t")
        if line.startswith("T") and len(fields_) >= 2:
            label, _, offsets = fields_[1].partition(" ")
            pairs = [tuple(int(n) for n in piece.split()) for piece in offsets.split(";")]
            spans[fields_[0]] = chars(*pairs)  # type: ignore[arg-type]
        elif line.startswith("E") and len(fields_) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields_[1].split() if ":" in arg))
    attributions = []
    for event in events:
        if not any(role.startswith("Attribution") for role in event):
            continue
        parts: dict[str, Chars] = {"Cue": frozenset(), "Source": frozenset(), "Content": frozenset()}
        for role, span_id in event.items():
            base = re.sub(r"\d+$", "", role)
            if base in parts and span_id in spans:
                parts[base] = parts[base] | spans[span_id]
        if parts["Cue"]:
            attributions.append(Attribution(parts["Cue"], parts["Source"], parts["Content"]))
    return attributions


def _annotation_files(split: str, directory: Path) -> dict[str, list[Path]]:
    """Each article's `.ann` files, one per annotator, in sorted order (the first one counts)."""
    files: dict[str, list[Path]] = {}
    for path in sorted((directory / split / "attributions").glob("*.ann")):
        files.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    return files


def polnear_available(directory: Path = POLNEAR_DIR) -> bool:
    return (directory / "train" / "text").is_dir() and (directory / "dev" / "text").is_dir()


def read_polnear(split: str = "dev", limit: int | None = None, directory: Path = POLNEAR_DIR) -> list[GoldArticle]:
    """The articles of a split in name order, each with its first annotator's attributions."""
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r}: choose one of {', '.join(SPLITS)}")
    if not polnear_available(directory):
        raise FileNotFoundError(f"{directory} is absent")
    annotations = _annotation_files(split, directory)
    articles = []
    for text_path in sorted((directory / split / "text").glob("*.txt"))[: limit or None]:  # 0 or None: all
        files = annotations.get(text_path.stem, [])
        gold = parse_brat(files[0].read_text(encoding="utf-8")) if files else []
        articles.append(GoldArticle(text_path.stem, text_path.read_text(encoding="utf-8"), gold))
    return articles


def second_annotations(split: str = "dev", directory: Path = POLNEAR_DIR) -> dict[str, list[Attribution]]:
    """The second annotator's attributions, for the articles of a split annotated twice."""
    return {
        article_id: parse_brat(files[1].read_text(encoding="utf-8"))
        for article_id, files in _annotation_files(split, directory).items()
        if len(files) > 1
    }


# --- predictions -------------------------------------------------------------------------------


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
    """The project's positions in a parsed article, acts left out (see `is_attribution`);
    `lexicon` replaces the tables of `data/lexicons/` (as `scripts/fit_weights.py` does)."""
    from .actors import resolve_actors
    from .positions import extract_positions

    lexicon = lexicon or load_lexicon()
    positions = extract_positions(doc, resolve_actors(doc, lexicon), lexicon)
    return position_attributions(p for p in positions if is_attribution(doc, p, lexicon))


def is_attribution(doc: Doc, position, lexicon: Lexicon | None = None) -> bool:
    """Is a position something said or thought, as PolNeAR annotates, rather than an act?

    Positions whose cue words are all acts in `cues.csv` (kind=act: meet, visit, prepare, plan)
    record what an actor does; PolNeAR's attributions are speech and thought only.
    """
    from .positions import listed_kind

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
    return [Attribution(span_chars(q.cue), span_chars(q.speaker), chars((q.content.start_char, q.content.end_char))) for q in quotes]


# --- scoring -----------------------------------------------------------------------------------


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

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__))

    def scores(self) -> dict[str, float]:
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


def score_attributions(predicted: list[Attribution] | None, gold: list[Attribution]) -> Counts:
    """Counts for one article; `predicted=None` means the extractor raised (zero predictions)."""
    counts = Counts(gold=len(gold), articles=1, failed_articles=int(predicted is None))
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


def parse_articles(articles: list[GoldArticle], batch_size: int = 16) -> Iterator[tuple[GoldArticle, Doc]]:
    from .pipeline import load_nlp

    docs = load_nlp().pipe((a.text for a in articles), batch_size=batch_size)
    yield from zip(articles, docs)


def evaluate_polnear(split: str = "dev", limit: int | None = None, directory: Path = POLNEAR_DIR) -> dict[str, Counts]:
    """Counts for the project's extractor and textacy's on one PolNeAR split."""
    return evaluate_articles(read_polnear(split, limit, directory))[0]


def evaluate_agreement(split: str = "dev", directory: Path = POLNEAR_DIR) -> dict[str, Counts]:
    """How far people agree, as a yardstick for the extractors: on the articles of a split that
    PolNeAR had annotated twice, the second annotator scored against the first, beside the
    project's extractor and textacy's on the same articles."""
    second = second_annotations(split, directory)
    return evaluate_articles([a for a in read_polnear(split, directory=directory) if a.article_id in second], second)[1]


def evaluate_articles(
    articles: list[GoldArticle], second: dict[str, list[Attribution]] | None = None
) -> tuple[dict[str, Counts], dict[str, Counts]]:
    """Both extractors' counts over the articles, each parsed once; and over those that `second`
    annotates again, the same counts after the second annotator's."""
    second = second or {}
    totals = {"newsactors": Counts(), "textacy": Counts()}
    agreement = {"second annotator": Counts(), **{name: Counts() for name in totals}}
    for article, doc in parse_articles(articles):
        counts = {
            "newsactors": score_attributions(predict_attributions(doc), article.attributions),
            "textacy": score_attributions(textacy_attributions(doc), article.attributions),
        }
        for name, c in counts.items():
            totals[name] += c
        if article.article_id in second:
            agreement["second annotator"] += score_attributions(second[article.article_id], article.attributions)
            for name, c in counts.items():
                agreement[name] += c
    return totals, agreement


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


# --- the project's own gold --------------------------------------------------------------------


def read_gold(article_id: str = DEFAULT_ARTICLE_ID, directory: Path = GOLD_DIR) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The gold positions and people of one article, as written in `data/gold/`."""
    read = lambda kind: pd.read_csv(directory / f"{article_id}.{kind}.csv", dtype=str, keep_default_na=False)  # noqa: E731
    positions, people = read("positions"), read("people")
    positions[["cue_start", "cue_end"]] = positions[["cue_start", "cue_end"]].astype(int)
    return positions, people


def score_gold_positions(gold: pd.DataFrame, positions: pd.DataFrame) -> pd.DataFrame:
    """Each gold position beside the predicted one with the same speaker whose cue overlaps it."""
    rows = []
    for g in gold.itertuples():
        overlapping = positions[(positions.cue_start < g.cue_end) & (positions.cue_end > g.cue_start)]
        same_speaker = overlapping[overlapping.speaker == g.speaker]
        found = same_speaker.iloc[0] if len(same_speaker) else (overlapping.iloc[0] if len(overlapping) else None)
        rows.append(
            {
                "speaker": g.speaker,
                "cue": g.cue,
                "gold_stance": g.stance,
                "found": found is not None,
                "predicted_speaker": found.speaker if found is not None else "",
                "speaker_right": bool(len(same_speaker)),
                "predicted_stance": found.stance if found is not None else "",
                "stance_right": found is not None and found.speaker == g.speaker and found.stance == g.stance,
                "cameo_right": found is not None and found.speaker == g.speaker and found.cameo == g.cameo,
            }
        )
    return pd.DataFrame(rows)


def score_gold_people(gold: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Each gold person beside the role and affiliation the actors table gives them."""
    by_name = actors.set_index("actor")
    rows = []
    for g in gold.itertuples():
        found = by_name.loc[g.actor] if g.actor in by_name.index else None
        role = found["role"] if found is not None else ""
        affiliation = found["affiliation"] if found is not None else ""
        rows.append(
            {
                "actor": g.actor,
                "gold_role": g.role,
                "role": role,
                "role_right": role == g.role,
                "gold_affiliation": g.affiliation,
                "affiliation": affiliation,
                "affiliation_right": affiliation == g.affiliation,
            }
        )
    return pd.DataFrame(rows)


def gold_summary(positions: pd.DataFrame, people: pd.DataFrame) -> pd.DataFrame:
    """The default-article figures in one small table."""
    n = len(positions)
    return pd.DataFrame(
        [
            ("gold positions", n),
            ("found with the right speaker", int(positions.speaker_right.sum())),
            ("stance right", int(positions.stance_right.sum())),
            ("stance right (share)", round(positions.stance_right.mean(), 3) if n else 0.0),
            ("CAMEO code right", int(positions.cameo_right.sum())),
            ("gold people", len(people)),
            ("role right", int(people.role_right.sum())),
            ("affiliation right", int(people.affiliation_right.sum())),
        ],
        columns=["measure", "value"],
        dtype=object,
    )


def score_default_gold(article_id: str = DEFAULT_ARTICLE_ID) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse and analyse the default article, then score its positions and people against gold."""
    from .articles import load_article
    from .parsing import parse
    from .paths import ARTICLE_DIR
    from .tables import analyse

    article = load_article(ARTICLE_DIR / f"{article_id}.txt")
    tables = analyse(parse(article), article.id).tables()
    gold_positions, gold_people = read_gold(article_id)
    return score_gold_positions(gold_positions, tables["positions"]), score_gold_people(gold_people, tables["actors"])


def default_gold_summary(article_id: str = DEFAULT_ARTICLE_ID) -> pd.DataFrame:
    return gold_summary(*score_default_gold(article_id))
