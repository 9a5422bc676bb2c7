"""Fit `data/weights/cue_weights.csv` and `position_weights.csv` on the PolNeAR training split.

    .venv/bin/python scripts/fit_weights.py            (or: make weights)

First the cue weights. Every word that could be a cue (`positions.word_cue`: a verb, a noun, an adjective predicate),
is not listed in `cues.csv` and stands outside quotation marks in the training articles is one
example; it is a cue when it is the word of an annotated cue span (first annotator) that the
extractor would take as the cue (`cue_words`). Its evidence
(`positions.cue_evidence`) goes into an L1-regularised logistic regression, which keeps the table
short: evidence that does not help gets no row.

The regularisation and the threshold are chosen by five-fold cross-validation over articles, each
setting scored the way `newsactors evaluate` scores (the whole extractor run on the held-out
articles, cue F1). Then the weights are fitted on all training articles and written with the
chosen threshold. The position weights play no part in this stage: every position is kept.

Then the position weights. Every position the rules find in the training articles with those cue
weights (acts and positions reported inside another's left out, as `newsactors evaluate` leaves
them out) is one example, its evidence `positions.position_evidence`; it is an attribution when
its cue matches an annotated one. The same kind of regression, with regularisation and threshold
chosen by five-fold cross-validation over articles: each setting keeps the held-out positions it
accepts and is scored by cue F1 against all held-out gold attributions. A threshold that would
drop a position of the project's own gold (`data/gold/`, where every position must be found) is
not chosen.

Only the train split is read; dev stays held out for `newsactors evaluate`.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc

from newsactors.actors import resolve_actors
from newsactors.articles import load_article
from newsactors.docs import doc_text
from newsactors.evaluation import (
    Counts,
    GoldArticle,
    is_attribution,
    match_by_cue,
    parse_articles,
    polnear_available,
    position_attributions,
    predict_attributions,
    read_gold,
    read_polnear,
    score_attributions,
)
from newsactors.lexicons import Lexicon, load_lexicon
from newsactors.parsing import parse
from newsactors.paths import DEFAULT_ARTICLE, DEFAULT_ARTICLE_ID
from newsactors.positions import (
    candidate_positions,
    cue_evidence,
    in_quote,
    listed_kind,
    quotation_spans,
    word_cue,
)
from newsactors.weights import CUE_WEIGHTS, POSITION_WEIGHTS, Weights, write_weights

STRENGTHS = (0.3, 1.0)  # sklearn's C: smaller keeps fewer rows
THRESHOLDS = (-1.0, -0.5, 0.0, 0.5, 1.0)  # in log-odds; 0 is even odds
POSITION_THRESHOLDS = (-2.0, -1.75, -1.5, -1.25, -1.0, -0.75, -0.5, -0.25)
FOLDS = 5
KEEP_ALL = Weights({}, 0.0, float("-inf"))


def cue_words(doc: Doc, article: GoldArticle, lexicon: Lexicon) -> set[int]:
    """The word of each annotated cue span that the extractor would take as its cue: of the
    span's words that could be a cue, the one nearest the span's root. In "were optimistic" the
    root is the copula but the cue is the adjective; in "said in a statement" it is "said"."""
    words = set()
    for gold in article.attributions:
        tokens = [t for t in doc if t.idx in gold.cue]
        inside = {t.i for t in tokens}
        candidates = [t for t in tokens if word_cue(t, lexicon) is not None]
        if candidates:
            words.add(min(candidates, key=lambda t: (_depth(t, inside), t.i)).i)
    return words


def _depth(token, inside: set[int]) -> int:
    """Steps from a word up to the root of the span it lies in."""
    depth = 0
    while token.head.i in inside and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def cue_examples(doc: Doc, article: GoldArticle, lexicon: Lexicon):
    """(evidence, is a cue) for every word that could be a cue in one article."""
    quotes = quotation_spans(doc_text(doc), lexicon)
    cues = cue_words(doc, article, lexicon)
    for token in doc:
        if in_quote(token, quotes):
            continue
        cue = word_cue(token, lexicon)
        if cue is None or listed_kind(token, lexicon) != "none":
            continue
        yield dict.fromkeys(cue_evidence(cue, lexicon), 1), token.i in cues


def position_examples(doc: Doc, article: GoldArticle, lexicon: Lexicon):
    """(evidence, is an attribution) for every position the rules find in one article, as
    `newsactors evaluate` would see it (nested and act positions dropped, positions sharing a
    cue one attribution), before the position weights decide."""
    kept = [(p, e) for p, e in candidate_positions(doc, resolve_actors(doc, lexicon), lexicon)
            if e is not None and is_attribution(doc, p, lexicon)]
    by_cue: dict[tuple[int, int], list[str]] = {}
    for p, e in kept:
        by_cue.setdefault((p.cue_start, p.cue_end), e)
    attributions = position_attributions(p for p, _ in kept)  # one per cue, in the same order
    matched = {id(p) for p, _ in match_by_cue(attributions, article.attributions)}
    for attribution, items in zip(attributions, by_cue.values(), strict=True):
        yield dict.fromkeys(items, 1), id(attribution) in matched


def fit(features, labels, strength: float, vectorizer: DictVectorizer) -> tuple[dict[str, float], float]:
    model = LogisticRegression(l1_ratio=1.0, solver="liblinear", C=strength, random_state=0)
    matrix = vectorizer.transform(features)
    # liblinear takes 32-bit sparse indices only; scipy builds 64-bit ones
    matrix = csr_matrix(
        (matrix.data, matrix.indices.astype(np.int32), matrix.indptr.astype(np.int32)), shape=matrix.shape
    )
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    return {str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True) if w}, float(model.intercept_[0])


def extractor_counts(pairs, lexicon: Lexicon) -> Counts:
    """What `newsactors evaluate` counts, with the given lexicon (and so the given weights)."""
    return sum((score_attributions(predict_attributions(doc, lexicon), a.attributions) for a, doc in pairs), Counts())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int,
                        help="only the first N training articles: a quick try, printed but not written")
    args = parser.parse_args(argv)
    if not polnear_available():
        print("fit_weights: ../shared/corpora/polnear is absent", file=sys.stderr)
        return 1
    lexicon = dataclasses.replace(load_lexicon(), position_weights=KEEP_ALL)
    pairs = list(parse_articles(read_polnear("train", args.limit)))
    print(f"{len(pairs)} training articles parsed", flush=True)
    cue_weights = fit_cue_weights(pairs, lexicon)
    lexicon = dataclasses.replace(lexicon, cue_weights=cue_weights)
    position_weights = fit_position_weights(pairs, lexicon)
    if args.limit:
        print("not written (--limit)")
        return 0
    write_weights(cue_weights.weights, cue_weights.bias, cue_weights.threshold, CUE_WEIGHTS)
    write_weights(position_weights.weights, position_weights.bias, position_weights.threshold, POSITION_WEIGHTS)
    print(f"written: {CUE_WEIGHTS}, {POSITION_WEIGHTS}")
    return 0


def fit_cue_weights(pairs, lexicon: Lexicon) -> Weights:
    print("\n== cue weights ==")
    rows = [(ex, i) for i, (article, doc) in enumerate(pairs) for ex in cue_examples(doc, article, lexicon)]
    features, labels, groups, vectorizer = _matrix(rows)
    print(f"{len(rows)} candidate words, {labels.sum()} of them cues", flush=True)
    listed_only = dataclasses.replace(lexicon, cue_weights=Weights({}, 0.0, float("inf")))
    s = extractor_counts(pairs, listed_only).scores()
    print(f"listed words only: cue P/R/F1 {s['cue_precision']:.3f} / {s['cue_recall']:.3f} / {s['cue_f1']:.3f}, "
          f"full F1 {s['full_f1']:.3f}")
    scores: dict[tuple[float, float], Counts] = {}
    for train, held_out in GroupKFold(FOLDS).split(features, labels, groups):
        held_articles = sorted(set(groups[held_out]))
        for strength in STRENGTHS:
            weights, bias = fit([features[i] for i in train], labels[train], strength, vectorizer)
            for threshold in THRESHOLDS:
                fold_lexicon = dataclasses.replace(lexicon, cue_weights=Weights(weights, bias, threshold))
                counts = extractor_counts([pairs[i] for i in held_articles], fold_lexicon)
                scores[strength, threshold] = scores.get((strength, threshold), Counts()) + counts
        print(".", end="", flush=True)
    return _chosen(scores, features, labels, vectorizer)


def fit_position_weights(pairs, lexicon: Lexicon) -> Weights:
    print("\n== position weights ==")
    rows = [(ex, i) for i, (article, doc) in enumerate(pairs) for ex in position_examples(doc, article, lexicon)]
    features, labels, groups, vectorizer = _matrix(rows)
    gold = np.array([len(article.attributions) for article, _ in pairs])
    all_kept = _counts(labels, gold).scores()["cue_f1"]
    print(f"{len(rows)} positions, {labels.sum()} of them attributions; all kept: {all_kept:.3f} cue F1", flush=True)
    scores: dict[tuple[float, float], Counts] = {}
    for train, held_out in GroupKFold(FOLDS).split(features, labels, groups):
        held_gold = gold[sorted(set(groups[held_out]))]
        for strength in STRENGTHS:
            weights = Weights(*fit([features[i] for i in train], labels[train], strength, vectorizer), 0.0)
            held_scores = np.array([weights.score(features[i]) for i in held_out])
            for threshold in POSITION_THRESHOLDS:
                counts = _counts(labels[held_out][held_scores > threshold], held_gold)
                scores[strength, threshold] = scores.get((strength, threshold), Counts()) + counts
        print(".", end="", flush=True)
    return _chosen(scores, features, labels, vectorizer, _gold_evidence(lexicon))


def _gold_evidence(lexicon: Lexicon) -> list[list[str]]:
    """The evidence of each weighed position of the default article that its gold holds."""
    doc = parse(load_article(DEFAULT_ARTICLE))
    cues = set(read_gold(DEFAULT_ARTICLE_ID)[0]["cue_start"])
    return [e for p, e in candidate_positions(doc, resolve_actors(doc, lexicon), lexicon)
            if p.cue_start in cues and e is not None]


def _matrix(rows):
    features = [ex[0] for ex, _ in rows]
    labels = np.array([ex[1] for ex, _ in rows])
    groups = np.array([i for _, i in rows])
    return features, labels, groups, DictVectorizer().fit(features)


def _counts(kept_labels, gold) -> Counts:
    """Cue counts of the kept positions (their labels) against the gold attributions."""
    return Counts(gold=int(gold.sum()), predicted=len(kept_labels), matched=int(kept_labels.sum()))


def _chosen(scores: dict[tuple[float, float], Counts], features, labels, vectorizer, keep=()) -> Weights:
    """Print the cross-validated scores; fit on all articles with the setting of the best cue F1
    among those whose weights accept every evidence in `keep`."""
    fitted = {strength: fit(features, labels, strength, vectorizer) for strength, _ in scores}
    lowest = {
        strength: min((Weights(*fitted[strength], 0.0).score(e) for e in keep), default=float("inf"))
        for strength in fitted
    }
    print()
    print("C      threshold  cue_P  cue_R  cue_F1  keeps the project's gold")
    for (strength, threshold), counts in sorted(scores.items()):
        s = counts.scores()
        keeps = "yes" if lowest[strength] > threshold else "no"
        print(f"{strength:<6} {threshold:>9}  "
              f"{s['cue_precision']:.3f}  {s['cue_recall']:.3f}  {s['cue_f1']:.3f}   {keeps}")
    allowed = [k for k in scores if lowest[k[0]] > k[1]]
    strength, threshold = max(allowed, key=lambda k: scores[k].scores()["cue_f1"])
    weights, bias = fitted[strength]
    print(f"chosen C={strength}, threshold={threshold}; {len(weights)} weights", flush=True)
    return Weights(weights, bias, threshold)


if __name__ == "__main__":
    sys.exit(main())
