"""What every cue form answers: who holds the position its cue signals, and what it says."""
from __future__ import annotations

from spacy.tokens import Token

from ...lexicons import Lexicon
from ..quotes import Quotes
from ..records import Cue


class CueForm:
    """One way an article signals a position. A form answers, for a cue of its kind, the
    questions the extractor asks; the defaults suit a form whose cue is not a word of the
    sentence's grammar (a colon, a dash, "according to")."""

    name = ""
    cue_is_its_object = False  # a noun cue is itself what the position is about: "denials"
    passive_subject_is_object = False  # "the report was dismissed": what is dismissed
    relative_clause_is_content = False  # "the claim that ..." / "a warning which ..."
    complement_from_every_word = False  # a phrase's complement may hang off any of its words
    needs_content = False  # a form that says nothing without content is no position

    def speaker_heads(self, cue: Cue, lexicon: Lexicon) -> list[Token]:
        """The word(s) naming who holds the position."""
        raise NotImplementedError

    def content(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
        """The words of what is said."""
        raise NotImplementedError

    def unnamed_speaker(self, cue: Cue, lexicon: Lexicon) -> bool:
        """Is the position held by someone the sentence leaves unnamed (an agentless passive)?"""
        return False

    def impression(self, cue: Cue, lexicon: Lexicon) -> bool:
        """Is the cue the writer's impression of its subject ("the plan seems to work")?"""
        return False

    def may_go_unnamed(self, cue: Cue, lexicon: Lexicon) -> bool:
        """Can the cue hold a position when its sentence names no one for it?"""
        return False

    def holder_in_phrase(self, cue: Cue, heads: list[Token]) -> bool:
        """Does the cue's own phrase name who holds it ("Russia's denials")?"""
        return False

    def may_stand_in_quote(self, cue: Cue, quotes: Quotes, lexicon: Lexicon) -> bool:
        """May the cue stand inside a quotation and still be a position of its own?"""
        return False

    def __repr__(self) -> str:
        return f"<cue form {self.name}>"
