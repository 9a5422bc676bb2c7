"""Positions: who said, thought or did what, found from cues and the parse.

`extract_positions(doc, actors, lexicon)` yields one `Position` per speaker per cue. The steps,
one module each, in the order the extractor takes them:

- `quotes`: where the quotations are, and which a cue introduces;
- `cues`: the words or marks that signal a position, each with its form (`forms`): a predicate
  ("Singh stated that ...", "she is wary of the deal"), a noun ("denials from Moscow"), "according
  to X", a document ("in a new poll"), a colon ("Sanders: ..."), a dash signing a quotation;
- `speakers`: who holds it, as the form finds them, resolved to an actor;
- `content`: what it says and what it is about;
- `negation`: negation and modality; the stance comes from `stance.py`;
- `nesting`: a position reported as part of another's is left out;
- `evidence`: what the two weight tables of `data/weights/` weigh;
- `carried`: a quotation in the next sentence carries on the last speaker;
- `extract`: the one function that runs them, and leaves out what holds no one's position, what a
  thing shows ("*photos* showed ..."), a name the writer gives in passing ("phytoplankton, *also
  called* green algae"), only what someone talked about ("*discussed* his background"), what is
  reported by no one named ("33 *were reported* hospitalised") and someone else's words told in an
  interviewee's answer ("He *told* me that ..."; `holds_no_position`), which PolNeAR's evaluation
  keeps (`attributions=True`).

A cue inside a quotation is left out (the quoted speaker's words, not a position of its own),
and so is a position reported as part of what another says ("polls show that voters say ...");
a participle or a verb coordinated beside it ("posted a message, saying ...") is a position of
its own. Every step takes the `Lexicon` it is given, and only that one.
"""
from .cues import find_cues, word_cue
from .evidence import cue_evidence, position_evidence
from .extract import candidate_positions, extract_positions
from .forms import FORMS, CueForm
from .quotes import article_quotes, in_quote, quotation_spans
from .records import Cue, Position
from .speakers import resolve_speaker, speaker_heads, speaker_span
from .words import lemma_of, listed_cue, listed_kind

__all__ = [
    "FORMS", "Cue", "CueForm", "Position", "candidate_positions", "cue_evidence", "extract_positions", "find_cues",
    "article_quotes", "in_quote", "lemma_of", "listed_cue", "listed_kind", "position_evidence", "quotation_spans",
    "resolve_speaker", "speaker_heads", "speaker_span", "word_cue",
]
