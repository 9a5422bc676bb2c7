"""The spaCy pipeline: the English model plus four small components, three of them configured from a
lexicon folder.

The model's own attribute ruler is replaced by `newsactors_attribute_rules`, which applies the same
rules by lookups (`attribute_index`): the same token attributes in a third of the time.

Each component that reads a table takes the folder from its spaCy config (`lexicon_dir`; empty means
the project's `data/lexicons/`), so `load_nlp(lexicon_dir=...)` builds the whole pipeline from that
folder alone.

- `newsactors_paragraphs`: before the parser, starts a sentence after every blank line, so that no
  sentence, and so no entity, runs across paragraphs (a dateline "Monday, May 4, 2020" glued to
  the first sentence, a list of names one per line).
- `newsactors_aliases`: spaCy's entity ruler, placed before the statistical NER and fed from
  `aliases.csv` (the Pentagon, the Kremlin, NATO, the Indo-Pacific ...); each pattern carries its
  canonical name as the entity id.
- `newsactors_titles`: finds the titles of `titles.csv` ("Secretary of State", "spokesperson")
  and keeps them in `doc.spans["titles"]`; drops entities the NER found inside a title ("State"
  in "Secretary of State") and trims titles off the front of names.
- `newsactors_names`: mends person names the NER cut at a hyphen ("Yoon Suk" + "-yeol"), trims a
  trailing possessive ("South Korea's") and cuts an entity at a bracket it ran across ("National
  Hurricane Center (NHC").
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .attribute_index import IndexedAttributeRuler
from .docs import TITLE_SPANS
from .lexicons import Lexicon, load_lexicon
from .model import installed_model
from .paths import LEXICON_DIR


@cache
def load_nlp(lexicon_dir: Path = LEXICON_DIR) -> Language:
    """The model with the project's components configured from `lexicon_dir`, loaded once per
    process and folder."""
    nlp = spacy.load(installed_model())
    index_attribute_rules(nlp)
    index_lemma_lists(nlp)
    config = {"lexicon_dir": str(lexicon_dir)}
    nlp.add_pipe("newsactors_paragraphs", before="parser")
    nlp.add_pipe("newsactors_aliases", before="ner", config=config)
    nlp.add_pipe("newsactors_titles", after="ner", config=config)
    nlp.add_pipe("newsactors_names", after="newsactors_titles", config=config)
    return nlp


# A blank line ends a paragraph. A single line break is left to the parser: a text wrapped at a
# fixed width breaks its sentences across lines.
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


@Language.component("newsactors_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first word after a blank line, and none at the closing marks that end
    a paragraph. The parser and the entity recognizer keep to sentence starts set before them, so
    neither joins two paragraphs ("2019\\n\\nGermany banned ..." is a dateline and a sentence whose
    subject is Germany), and a quotation's closing mark stays with its sentence rather than making
    one of its own ('... send weapons."\\n\\n')."""
    breaks = [t.i for t in doc if t.is_space and PARAGRAPH_BREAK.search(t.text + t.whitespace_)]
    starts = {0} | {i + 1 for i in breaks}
    for i in breaks:
        if i + 1 < len(doc) and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = True
    for end in [*breaks, len(doc)]:
        i = end - 1
        while i > 0 and i not in starts and (doc[i].is_punct or doc[i].is_space):
            doc[i].is_sent_start = False
            i -= 1
    return doc


MODEL_ATTRIBUTE_RULER = "attribute_ruler"


def index_attribute_rules(nlp: Language) -> None:
    """Put `newsactors_attribute_rules` in the place of the model's attribute ruler, with its rules:
    the same attributes on every token, looked up rather than matched (`attribute_index`)."""
    if MODEL_ATTRIBUTE_RULER not in nlp.pipe_names:
        return
    rules = [_with_curly_apostrophes(rule) for rule in nlp.get_pipe(MODEL_ATTRIBUTE_RULER).patterns]
    nlp.add_pipe("newsactors_attribute_rules", before=MODEL_ATTRIBUTE_RULER).add_patterns(rules)
    nlp.remove_pipe(MODEL_ATTRIBUTE_RULER)


STRAIGHT_APOSTROPHE, CURLY_APOSTROPHE = "'", "\u2019"


def _with_curly_apostrophes(rule: dict) -> dict:
    """A rule of the model's attribute ruler that also matches its words written with a curly
    apostrophe: the model lists "n’t" beside "n't", but not "’s" beside "'s", so "It’s not much to
    ask" got the lemma "’" and no "be". The same attributes for both spellings."""
    def spelled_both_ways(token: dict) -> dict:
        lower = token.get("LOWER")
        if isinstance(lower, str) and STRAIGHT_APOSTROPHE in lower:
            lower = {"IN": [lower]}  # "let 's"
        if not isinstance(lower, dict) or "IN" not in lower:
            return token
        words = list(lower["IN"])
        words += [w.replace(STRAIGHT_APOSTROPHE, CURLY_APOSTROPHE) for w in words if STRAIGHT_APOSTROPHE in w]
        return {**token, "LOWER": {**lower, "IN": list(dict.fromkeys(words))}}

    return {**rule, "patterns": [[spelled_both_ways(token) for token in pattern] for pattern in rule["patterns"]]}


MODEL_LEMMATIZER = "lemmatizer"
LEMMA_INDEX_TABLE = "lemma_index"  # the rule lemmatizer's known words, one list per part of speech


def index_lemma_lists(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists sets. It only asks whether a form it made is a known
    word (`form in index`), which on a list reads through up to 57,000 nouns for each new word:
    most of its time. A set answers the same, so every lemma stays the same. (The pipeline is
    never saved, and a set would not serialize.)"""
    if MODEL_LEMMATIZER not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe(MODEL_LEMMATIZER).lookups
    if not lookups.has_table(LEMMA_INDEX_TABLE):
        return
    table = lookups.get_table(LEMMA_INDEX_TABLE)
    for pos in list(table.keys()):
        table[pos] = frozenset(table[pos])


@Language.factory("newsactors_attribute_rules")
def make_attribute_rules(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab)


def _lexicon(lexicon_dir: str) -> Lexicon:
    return load_lexicon(Path(lexicon_dir) if lexicon_dir else LEXICON_DIR)


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


_DEFAULT_CONFIG = {"lexicon_dir": ""}


@Language.factory("newsactors_aliases", default_config=_DEFAULT_CONFIG)
def make_alias_ruler(nlp: Language, name: str, lexicon_dir: str) -> EntityRuler:
    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH")
    patterns = _lexicon(lexicon_dir).ruler_patterns
    ruler.add_patterns([{"label": label, "pattern": alias, "id": canonical} for alias, label, canonical in patterns])
    return ruler


@Language.factory("newsactors_titles", default_config=_DEFAULT_CONFIG)
class TitleFinder:
    def __init__(self, nlp: Language, name: str, lexicon_dir: str):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        titles = _lexicon(lexicon_dir).titles
        self.matcher.add("TITLE", [nlp.make_doc(title) for title in titles])
        # Lower-case offices ("spokesperson") are matched as written; capitalised ones also in a
        # lower-case style ("the president") and in sentence case ("Member of parliament (MP) ...")
        offices = [t for t in titles if titles[t] == "office"]
        self.matcher.add("TITLE", [nlp.make_doc(t.lower()) for t in offices])
        self.matcher.add("TITLE", [nlp.make_doc(t[0] + t[1:].lower()) for t in offices if len(t.split()) > 1])

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


# A name of two or three capitalised words: longer runs after a title are phrases, not names.
_BARE_NAME_WORDS = range(2, 4)


def _name_after_title(ent: Span, title_ends: set[int]) -> bool:
    """A bare name right after an office is a person, whatever the NER made of it: after a long
    title ("Ambassador to the United Nations Nikki Haley") the small model often says ORG."""
    return (
        ent.label_ == "ORG" and ent.start in title_ends and not ent.ent_id_ and len(ent) in _BARE_NAME_WORDS
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
    )


@Language.factory("newsactors_names", default_config=_DEFAULT_CONFIG)
class NameMender:
    """Mends person names cut at a hyphen, trims line breaks, possessives and articles off entities
    and cuts them at brackets."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str):
        lexicon = _lexicon(lexicon_dir)
        self.hyphens = lexicon.name_hyphens
        self.possessives = lexicon.grammar["possessive"]
        self.articles = lexicon.grammar["article"]

    def __call__(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            if ent.label_ == "PERSON":
                end = self._hyphenated_end(doc, end)
            while end - start > 1 and doc[end - 1].is_space:
                end -= 1  # "Monday, May 4, 2020\\n\\n": the line break is no part of a date
            if end - start > 1 and doc[end - 1].text in self.possessives:
                end -= 1  # "South Korea's" -> "South Korea"
            if ent.label_ in ("GPE", "ORG", "LOC", "NORP") and end - start > 1 and doc[start].lower_ in self.articles:
                start += 1
            ents += [
                Span(doc, part_start, part_end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id)
                for part_start, part_end in _bracketed_parts(doc, start, end)
            ]
        doc.ents = filter_spans(ents)
        return doc

    def _hyphenated_end(self, doc: Doc, end: int) -> int:
        """"Suk" "-" "yeol" written without spaces is one name part: "Yoon Suk-yeol", "Jong-un"."""
        while end + 1 < len(doc) and doc[end].text in self.hyphens and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        return end


BRACKETS = ("(", ")", "[", "]")


def _bracketed_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """An entity the NER ran across a bracket is the names on either side of it: "National
    Hurricane Center (NHC" is a name and its abbreviation, each an entity as when the NER stops at
    the bracket (the actors step then takes the one for the other's alias). A part is a name when
    it begins with a capital or a digit."""
    cuts = [i for i in range(start, end) if doc[i].text in BRACKETS]
    if not cuts:
        return [(start, end)]
    bounds = [start - 1, *cuts, end]
    parts = [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]
    return [(a, b) for a, b in parts if doc[a].text[:1].isupper() or doc[a].text[:1].isdigit()]
