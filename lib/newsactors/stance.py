"""Stance: one label per position, from its cue and the words around it, with its CAMEO code.

The order of decisions, each driven by a table in `data/lexicons/`:

1. the cue's own stance (`cues.csv`): "condemned" -> condemn; light verbs such as "expressed",
   "raised" take theirs from their object ("expressed concerns" -> concern);
2. the object can sharpen a plain or rejecting cue (`stance_words.csv`, where=object):
   "describing it as a significant escalation" -> warn, "dismissed reports" -> deny;
3. the content can sharpen a plain statement (where=content): "emphasized that ... poses threats"
   -> warn;
4. negation flips the label by `stance_labels.csv`'s `negated_as` ("refrained from denying" ->
   confirm; "did not deny" -> confirm);
5. modality is recorded, not folded in ("may declare" -> possible, "are scheduled to meet" ->
   planned);
6. the CAMEO code comes with the label; a warning whose content is conditional ("if the troops
   move ..., they would ...") is coded as a threat, the label's `threat_cameo`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicons import Lexicon

FROM_OBJECT = "from_object"
PLAIN = "state"


@dataclass(frozen=True)
class Stance:
    label: str
    cameo: str
    negated: bool = False
    modality: str = ""


def object_stance(base: str, objects: list[Token], lexicon: Lexicon) -> str | None:
    """The stance an object noun gives a light verb, or sharpens a plain/rejecting cue to."""
    for token in objects:
        for refines, stance in lexicon.object_words.get(token.lemma_.lower(), []):
            if refines == base or (refines in ("any", PLAIN) and base in (PLAIN, FROM_OBJECT)):
                return stance
    return None


def content_stance(content: list[Token], lexicon: Lexicon) -> str | None:
    for token in content:
        for refines, stance in lexicon.content_words.get(token.lemma_.lower(), []):
            if refines == PLAIN:
                return stance
    return None


def is_conditional(content: list[Token], lexicon: Lexicon) -> bool:
    """Does what is said hang on a condition ("if the troops move ..., they would ...")?"""
    return any(t.lower_ in lexicon.grammar["conditional_mark"] and t.dep_ == "mark" for t in content)


def code_stance(
    base: str,
    objects: list[Token],
    content: list[Token],
    negated: bool,
    modality: str,
    lexicon: Lexicon,
) -> Stance | None:
    """The stance of one position; None when a light verb's object carries no stance."""
    label = object_stance(base, objects, lexicon) or (None if base == FROM_OBJECT else base)
    if label is None:
        return None
    if label == PLAIN:
        label = content_stance(content, lexicon) or label
    if negated:
        label = lexicon.stance_labels[label].negated_as or PLAIN
    entry = lexicon.stance_labels[label]
    cameo = entry.threat_cameo if entry.threat_cameo and is_conditional(content, lexicon) else entry.cameo
    return Stance(label, cameo, negated, modality)
