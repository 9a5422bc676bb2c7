"""Sources named by a phrase: "according to X", and a document in "in a new poll, ...".

Their content is the rest of the sentence on the longer side of the phrase: "According to the
Pentagon, 10,000 troops ..." or "10,000 troops ..., according to the Pentagon".
"""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicons import Lexicon
from ..content import rest_of_sentence
from ..quotes import Quotes
from ..records import Cue
from ..words import conjuncts, is_cue_verb
from .base import CueForm

# One document speaks ("in a new poll"); a plural ("leads in the polls") says where someone stands.
SINGULAR_NOUN_TAGS = ("NN", "NNP")


class _PhraseSource(CueForm):
    def content(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
        rest = rest_of_sentence(cue)
        before = [t for t in rest if t.i < cue.tokens[0].i]
        after = [t for t in rest if t.i > cue.tokens[-1].i]
        return before if len(before) >= len(after) else after


class AccordingForm(_PhraseSource):
    """"according to X", "at the request of X" (a SOURCE row of `cues.csv`): X is the source."""

    name = "according"

    def speaker_heads(self, cue: Cue, lexicon: Lexicon) -> list[Token]:
        inside = {t.i for t in cue.tokens}  # "at the *request* of X": a noun of the phrase is no source
        objects = [c for t in cue.tokens for c in t.children if c.dep_ == "pobj" and c.i not in inside]
        return conjuncts(objects[0]) if objects else []


class SourceNounForm(_PhraseSource):
    """"in a new poll" (a document of `source_nouns.csv`): the document is the source."""

    name = "source"

    def speaker_heads(self, cue: Cue, lexicon: Lexicon) -> list[Token]:
        return [source_document(cue.head, lexicon)]


def source_document(token: Token, lexicon: Lexicon) -> Token | None:
    """The source of "in a new Fox News poll, Trump leads": the noun after "in", unless the phrase
    only says where a cue of its own was spoken ("said in an interview")."""
    if token.lower_ not in lexicon.grammar["source_phrase_preposition"] or token.dep_ != "prep":
        return None
    if token.i > token.head.i and is_cue_verb(token.head, lexicon):
        return None  # "said in a poll" ("In a new poll, voters said" names the poll as a source too)
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in lexicon.source_nouns:
        return None
    return noun if noun.tag_ in SINGULAR_NOUN_TAGS else None
