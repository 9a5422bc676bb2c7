"""The two records of the positions step: a `Cue` found in a sentence, and the `Position` row it
gives for each of its speakers."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .forms import CueForm


@dataclass
class Position:
    speaker: str
    speaker_kind: str
    speaker_role: str
    speaker_affiliation: str
    cue: str
    stance: str
    cameo: str
    target: str
    content: str
    quote_type: str
    sentence: int
    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    negated: bool = False
    modality: str = ""
    speaker_text: str = ""
    target_actor: str = ""  # the actors it is directed at, "; " between them (targets.py)
    target_actor_kind: str = ""

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]


@dataclass
class Cue:
    tokens: list[Token]  # the words of the cue, contiguous: "refrained from denying"
    head: Token  # the word whose parse gives speaker, object and content
    stance: str
    form: CueForm  # how the cue names its speaker and content (`forms`)
