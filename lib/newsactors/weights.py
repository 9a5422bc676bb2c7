"""Weights: two tables that decide, from evidence, what the rules alone cannot.

- `data/weights/cue_weights.csv`: when a word that `cues.csv` does not list is a cue where it
  stands. Many words are, in some uses only: "made" in "made the case that", seldom elsewhere;
  "spoke" in "spoke about the plan". Evidence: `word=make/verb`, `frame=clause`,
  `speaker=person`, `word+object=make/verb/case` ... (`positions.evidence.cue_evidence`).
- `data/weights/position_weights.csv`: whether a position the rules found is one, from all it
  shows: its cue's evidence, who holds it, what it says and the sentence it stands in ("like" in
  "he dismissed questions he did not like" is none).
  Evidence: `holder=person`, `listed+content=cognition/indirect` ... (`positions.evidence.position_evidence`).

A table holds one weight per piece of evidence; something is accepted when its evidence adds up,
with the `(bias)` row, to more than the `(threshold)` row (log-odds). Both are logistic regressions
fitted on the PolNeAR training split by `scripts/fit_weights.py`; they hold feature names and
numbers only, no article text. This module only adds them up; the lexicon reads them with the
other tables (`Lexicon.cue_weights`, `Lexicon.position_weights`).
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import open_replacing
from .paths import WEIGHTS_DIR

CUE_WEIGHTS_FILE = "cue_weights.csv"
POSITION_WEIGHTS_FILE = "position_weights.csv"
CUE_WEIGHTS = WEIGHTS_DIR / CUE_WEIGHTS_FILE
POSITION_WEIGHTS = WEIGHTS_DIR / POSITION_WEIGHTS_FILE
BIAS = "(bias)"
THRESHOLD = "(threshold)"


@dataclass(frozen=True)
class Weights:
    weights: dict[str, float]
    bias: float
    threshold: float
    best: dict[str, float] = field(init=False, repr=False, compare=False)
    """Per name prefix ("frame=", "word+frame=say/verb/"): the most a piece of evidence so named can
    add, zero when none adds anything (evidence the table does not know weighs nothing)."""

    def __post_init__(self):
        best: dict[str, float] = {}
        for name, weight in self.weights.items():
            for prefix in _prefixes(name):
                best[prefix] = max(best.get(prefix, 0.0), weight)
        object.__setattr__(self, "best", best)

    def score(self, evidence: Iterable[str]) -> float:
        """The bias plus the weight of every piece of evidence the table knows."""
        return self.bias + sum(self.weights.get(item, 0.0) for item in evidence)

    def accepts(self, evidence: Iterable[str]) -> bool:
        return self.score(evidence) > self.threshold

    def may_accept(self, evidence: Iterable[str], to_come: Iterable[str]) -> bool:
        """Could `evidence` be accepted once one piece of each of the kinds `to_come` names (by
        their prefixes) is added? False means no such pieces can lift it over the threshold, so
        they need not be gathered."""
        return self.score(evidence) + sum(self.best.get(prefix, 0.0) for prefix in to_come) > self.threshold


def _prefixes(name: str) -> Iterator[str]:
    """"word+frame=say/verb/clause" -> "word+frame=", "word+frame=say/", "word+frame=say/verb/"."""
    kind, _, value = name.partition("=")
    yield f"{kind}="
    parts = value.split("/")
    for end in range(1, len(parts)):
        yield f"{kind}={'/'.join(parts[:end])}/"


def read_weights(path: Path) -> Weights:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = {row["evidence"]: float(row["weight"]) for row in csv.DictReader(handle)}
    missing = {BIAS, THRESHOLD} - rows.keys()
    if missing:
        raise ValueError(f"{path.name}: missing rows {', '.join(sorted(missing))}")
    bias, threshold = rows.pop(BIAS), rows.pop(THRESHOLD)
    return Weights(rows, bias, threshold)


def write_weights(weights: dict[str, float], bias: float, threshold: float, path: Path) -> None:
    """Write the table, strongest evidence first; zero weights are left out."""
    rows = sorted(((k, w) for k, w in weights.items() if round(w, 3)), key=lambda kw: (-abs(kw[1]), kw[0]))
    with open_replacing(path) as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["evidence", "weight"])
        out.writerow([THRESHOLD, f"{threshold:.3f}"])
        out.writerow([BIAS, f"{bias:.3f}"])
        out.writerows([k, f"{w:.3f}"] for k, w in rows)
