"""Noun cues: "denials from Moscow", "Russia's denial", "Russian denials", "she was a critic of".

The holder is named in the noun's own phrase (a possessive, "from" or "by", a nationality) or,
for a noun after "be", by the subject. The content is the noun's complement or clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...docs import subject
from ...lexicons import Lexicon
from ..content import reported_content
from ..quotes import Quotes
from ..records import Cue
from ..words import SUBJECTS, conjuncts, is_copula, is_cue_verb
from .base import CueForm

# Entity labels a modifier names a holder by: "*Russian* denials", "*NATO* warnings".
HOLDER_LABELS = ("NORP", "GPE", "ORG", "PERSON")


class NounForm(CueForm):
    name = "noun"
    cue_is_its_object = True
    relative_clause_is_content = True

    def speaker_heads(self, cue: Cue, lexicon: Lexicon) -> list[Token]:
        return noun_source(cue.head, lexicon)

    def content(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
        return reported_content(cue, quotes, lexicon)

    def may_go_unnamed(self, cue: Cue, lexicon: Lexicon) -> bool:
        # "faced criticism"; not a document that speaks for another cue ("*the complaint* notes ...",
        # "an issue raised by *the complaint*"): that cue's position is the one it holds
        return not _speaks_for_a_cue(cue.head, lexicon)

    def holder_in_phrase(self, cue: Cue, heads: list[Token]) -> bool:
        return bool(heads)  # a noun cue's holder comes from its own phrase only


def _speaks_for_a_cue(noun: Token, lexicon: Lexicon) -> bool:
    """Is a noun a document (`documents.csv`) that is the subject of a cue verb ("*the complaint*
    notes") or the agent of one ("raised by *the complaint*"), not what goes on ("*questions* about
    his health continued")?"""
    if noun.lemma_.lower() not in lexicon.coref.documents:
        return False
    if noun.dep_ in SUBJECTS:
        return is_cue_verb(noun.head, lexicon)
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and is_cue_verb(noun.head.head, lexicon)


def noun_source(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who a noun cue belongs to: "denials from Moscow", "Russia's denial", "Russian denials"."""
    if noun.dep_ in SUBJECTS and is_cue_verb(noun.head, lexicon):
        return []  # "a statement said ...": the statement is the speaker of "said"
    # "she was a booster of Romney"; "he was more of a critic of Russia": the partitive's "more"
    predicate = _partitive_head(noun) or noun
    holder = subject(predicate.head) if predicate.dep_ == "attr" and is_copula(predicate.head, lexicon) else None
    if holder is not None:
        return conjuncts(holder)
    for child in noun.children:
        if child.dep_ == "poss":
            return conjuncts(child)
        if child.dep_ == "prep" and child.lower_ in lexicon.grammar["source_preposition"]:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return conjuncts(objects[0])
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in HOLDER_LABELS:
            return [child]
    return []


def _partitive_head(noun: Token) -> Token | None:
    """The word a noun is the "of" phrase of in a partitive ("more *of a critic*", "something *of
    a champion*"): the predicate of the copula in "he was more of a critic"."""
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "of" and preposition.dep_ == "prep":
        return preposition.head if preposition.head.pos_ in ("ADJ", "ADV", "PRON") else None
    return None
