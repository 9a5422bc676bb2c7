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
from .attributions import (
    Attribution,
    Chars,
    Counts,
    chars,
    half_overlap,
    is_attribution,
    match_by_cue,
    overlaps,
    position_attributions,
    predict_attributions,
    score_attributions,
    scores_table,
    speaker_right,
    textacy_attributions,
)
from .gold import (
    default_gold_summary,
    gold_summary,
    read_gold,
    score_default_gold,
    score_gold_people,
    score_gold_positions,
)
from .polnear import (
    POLNEAR_DIR,
    SPLITS,
    GoldArticle,
    evaluate_agreement,
    evaluate_articles,
    evaluate_polnear,
    parse_articles,
    parse_brat,
    polnear_available,
    read_polnear,
    second_annotations,
)

__all__ = [
    "POLNEAR_DIR", "SPLITS", "Attribution", "Chars", "Counts", "GoldArticle", "chars", "default_gold_summary",
    "evaluate_agreement", "evaluate_articles", "evaluate_polnear", "gold_summary", "half_overlap", "is_attribution",
    "match_by_cue", "overlaps", "parse_articles", "parse_brat", "polnear_available", "position_attributions",
    "predict_attributions", "read_gold", "read_polnear", "score_attributions", "score_default_gold",
    "score_gold_people", "score_gold_positions", "scores_table", "second_annotations", "speaker_right",
    "textacy_attributions",
]
