"""Fit `data/lexicons/cue_weights.csv` on the PolNeAR training split.

    .venv/bin/python scripts/fit_cue_weights.py            (or: make cue-weights)

Every word that could be a cue (`positions.word_cue`: a verb, a noun, an adjective predicate),
is not listed in `cues.csv` and stands outside quotation marks in the training articles is one
example; it is a cue when it is the word of an annotated cue span (first annotator) that the
extractor would take as the cue (`cue_words`). Its evidence
(`positions.cue_evidence`) goes into an L1-regularised logistic regression, which keeps the table
short: evidence that does not help gets no row.

The regularisation and the threshold are chosen by five-fold cross-validation over articles, each
setting scored the way `newsactors evaluate` scores (the whole extractor run on the held-out
articles, cue F1). Then the weights are fitted on all training articles and written with the
chosen threshold. Only the train split is read; dev stays held out for `newsactors evaluate`.
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

from newsactors.actors import doc_text
from newsactors.cue_weights import CUE_WEIGHTS, CueWeights, write_cue_weights
from newsactors.evaluation import (
    Counts, GoldArticle, parse_articles, polnear_available, predict_attributions, read_polnear, score_attributions,
)
from newsactors.lexicons import Lexicon, load_lexicon
from newsactors.positions import cue_evidence, in_quote, listed_kind, quotation_spans, word_cue

STRENGTHS = (0.3, 1.0)  # sklearn's C: smaller keeps fewer rows
THRESHOLDS = (-0.5, 0.0, 0.5, 1.0)  # in log-odds; 0 is even odds
FOLDS = 5


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


def examples(doc: Doc, article: GoldArticle, lexicon: Lexicon):
    """(evidence, is a cue) for every word that could be a cue in one article."""
    quotes = quotation_spans(doc_text(doc))
    cues = cue_words(doc, article, lexicon)
    for token in doc:
        if in_quote(token, quotes):
            continue
        cue = word_cue(token, lexicon)
        if cue is None or listed_kind(token, lexicon) != "none":
            continue
        yield dict.fromkeys(cue_evidence(cue, lexicon), 1), token.i in cues


def fit(features, labels, strength: float, vectorizer: DictVectorizer) -> tuple[dict[str, float], float]:
    model = LogisticRegression(l1_ratio=1.0, solver="liblinear", C=strength, random_state=0)
    matrix = vectorizer.transform(features)
    # liblinear takes 32-bit sparse indices only; scipy builds 64-bit ones
    matrix = csr_matrix((matrix.data, matrix.indices.astype(np.int32), matrix.indptr.astype(np.int32)), shape=matrix.shape)
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    return {str(n): float(w) for n, w in zip(names, model.coef_[0]) if w}, float(model.intercept_[0])


def extractor_counts(pairs, lexicon: Lexicon) -> Counts:
    """What `newsactors evaluate` counts, with the given lexicon (and so the given weights)."""
    return sum((score_attributions(predict_attributions(doc, lexicon), a.attributions) for a, doc in pairs), Counts())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N training articles: a quick try, printed but not written")
    args = parser.parse_args(argv)
    if not polnear_available():
        print("fit_cue_weights: ../shared/corpora/polnear is absent", file=sys.stderr)
        return 1
    lexicon = load_lexicon()
    pairs = list(parse_articles(read_polnear("train", args.limit)))
    print(f"{len(pairs)} training articles parsed", flush=True)
    rows = [(ex, i) for i, (article, doc) in enumerate(pairs) for ex in examples(doc, article, lexicon)]
    features = [ex[0] for ex, _ in rows]
    labels = np.array([ex[1] for ex, _ in rows])
    groups = np.array([i for _, i in rows])
    vectorizer = DictVectorizer().fit(features)
    print(f"{len(rows)} candidate words, {labels.sum()} of them cues", flush=True)

    listed_only = dataclasses.replace(lexicon, cue_weights=CueWeights({}, 0.0, float("inf")))
    s = extractor_counts(pairs, listed_only).scores()
    print(f"listed words only: cue P/R/F1 {s['cue_precision']:.3f} / {s['cue_recall']:.3f} / {s['cue_f1']:.3f}, full F1 {s['full_f1']:.3f}")
    scores: dict[tuple[float, float], Counts] = {}
    for train, held_out in GroupKFold(FOLDS).split(features, labels, groups):
        held_articles = sorted(set(groups[held_out]))
        for strength in STRENGTHS:
            weights, bias = fit([features[i] for i in train], labels[train], strength, vectorizer)
            for threshold in THRESHOLDS:
                fold_lexicon = dataclasses.replace(lexicon, cue_weights=CueWeights(weights, bias, threshold))
                counts = extractor_counts([pairs[i] for i in held_articles], fold_lexicon)
                scores[strength, threshold] = scores.get((strength, threshold), Counts()) + counts
        print(".", end="", flush=True)
    print()
    print("C      threshold  cue_P  cue_R  cue_F1  full_F1")
    for (strength, threshold), counts in sorted(scores.items()):
        s = counts.scores()
        print(f"{strength:<6} {threshold:>9}  {s['cue_precision']:.3f}  {s['cue_recall']:.3f}  {s['cue_f1']:.3f}   {s['full_f1']:.3f}")
    strength, threshold = max(scores, key=lambda k: scores[k].scores()["cue_f1"])
    weights, bias = fit(features, labels, strength, vectorizer)
    if args.limit:
        print(f"chosen C={strength}, threshold={threshold}; {len(weights)} weights, not written (--limit)")
        return 0
    write_cue_weights(weights, bias, threshold)
    print(f"chosen C={strength}, threshold={threshold}; {len(weights)} weights written to {CUE_WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
