"""Cue forms: each way an article signals a position, with its own speaker and content rules.

A `Cue` carries its form; the extractor asks the form, never a name of it, who holds the position
and what it says. A new form is a new module here with a `CueForm` subclass, and a line below.
"""
from .base import CueForm
from .colon import ColonForm, colon_speaker
from .dash import DashForm, signature_name
from .noun import NounForm
from .predicate import PredicateForm, coordinated_cue, participle_with_agent
from .source import AccordingForm, SourceNounForm, source_document

PREDICATE = PredicateForm()
NOUN = NounForm()
ACCORDING = AccordingForm()
SOURCE_NOUN = SourceNounForm()
COLON = ColonForm()
DASH = DashForm()

FORMS = {form.name: form for form in (PREDICATE, NOUN, ACCORDING, SOURCE_NOUN, COLON, DASH)}
"""Every form by name."""

__all__ = [
    "ACCORDING", "COLON", "DASH", "FORMS", "NOUN", "PREDICATE", "SOURCE_NOUN", "AccordingForm", "ColonForm",
    "CueForm", "DashForm", "NounForm", "PredicateForm", "SourceNounForm", "colon_speaker", "coordinated_cue",
    "participle_with_agent", "signature_name", "source_document",
]
