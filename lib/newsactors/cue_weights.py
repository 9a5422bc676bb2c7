"""Cue weights: when a word that `cues.csv` does not list is a cue, read from a table.

The words of `cues.csv` are cues. Many others are too, in some uses only: "made" in "made the
case that", seldom elsewhere; "spoke" in "spoke about the plan". `data/lexicons/cue_weights.csv`
holds one weight per piece of evidence (`word=make/verb`, `frame=clause`, `speaker=person`,
`word+object=make/verb/case` ...). An unlisted word is a cue when its evidence adds up, with the
`(bias)` row, to more than the `(threshold)` row. The weights are a logistic regression fitted on
the PolNeAR training split by `scripts/fit_cue_weights.py`; the table holds feature names and
numbers only, no article text.

`positions.cue_evidence` says which evidence a word shows; this module only adds it up. The
lexicon reads the table with the others (`Lexicon.cue_weights`).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .paths import LEXICON_DIR

CUE_WEIGHTS = LEXICON_DIR / "cue_weights.csv"
BIAS = "(bias)"
THRESHOLD = "(threshold)"


@dataclass(frozen=True)
class CueWeights:
    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, evidence: Iterable[str]) -> float:
        """The bias plus the weight of every piece of evidence the table knows."""
        return self.bias + sum(self.weights.get(item, 0.0) for item in evidence)

    def accepts(self, evidence: Iterable[str]) -> bool:
        return self.score(evidence) > self.threshold


def read_cue_weights(path: Path = CUE_WEIGHTS) -> CueWeights:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = {row["evidence"]: float(row["weight"]) for row in csv.DictReader(handle)}
    missing = {BIAS, THRESHOLD} - rows.keys()
    if missing:
        raise ValueError(f"{path.name}: missing rows {', '.join(sorted(missing))}")
    bias, threshold = rows.pop(BIAS), rows.pop(THRESHOLD)
    return CueWeights(rows, bias, threshold)


def write_cue_weights(weights: dict[str, float], bias: float, threshold: float, path: Path = CUE_WEIGHTS) -> None:
    """Write the table, strongest evidence first; zero weights are left out."""
    rows = sorted(((k, w) for k, w in weights.items() if round(w, 3)), key=lambda kw: (-abs(kw[1]), kw[0]))
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["evidence", "weight"])
        out.writerow([THRESHOLD, f"{threshold:.3f}"])
        out.writerow([BIAS, f"{bias:.3f}"])
        out.writerows([k, f"{w:.3f}"] for k, w in rows)
    tmp.replace(path)
