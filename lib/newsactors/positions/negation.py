"""Negation and modality of a cue, read from `negation.csv` and `modality.csv`: "did not deny",
"refrained from denying"; "may declare", "are scheduled to meet"."""
from __future__ import annotations

from ..docs import SUBJECT_DEPS
from ..lexicons import Lexicon
from ..stance import negates
from .records import Cue


def is_negated(cue: Cue, lexicon: Lexicon) -> bool:
    if any(t.lemma_ in lexicon.negating_verbs for t in cue.tokens if t.i != cue.head.i):
        return True
    if any(negates(c, lexicon) for c in cue.head.children):
        return True
    # "*Not* everyone agreed", "*no* country supported it": a negated subject negates what it does
    subjects = [c for c in cue.head.children if c.dep_ in SUBJECT_DEPS]
    return any(negates(g, lexicon) for s in subjects for g in s.children)


def modality_of(cue: Cue, lexicon: Lexicon) -> str:
    for token in cue.tokens:
        if token.i != cue.head.i and token.lemma_ in lexicon.modality:
            return lexicon.modality[token.lemma_]
    for child in cue.head.children:
        if child.dep_ == "aux" and child.lower_ in lexicon.modality:
            return lexicon.modality[child.lower_]
    return ""
