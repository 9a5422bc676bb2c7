"""The language facts the extractors use, read from the CSV tables in `data/lexicons/`.

Each table is plain CSV a teacher can open in a spreadsheet and extend; `data/lexicons/README.md`
documents every column. Nothing here knows about any particular article.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .weights import Weights, read_weights
from .paths import LEXICON_DIR


def read_table(name: str, directory: Path = LEXICON_DIR) -> list[dict[str, str]]:
    """Rows of `data/lexicons/<name>.csv` as dicts, surrounding spaces stripped."""
    with open(directory / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@dataclass(frozen=True)
class StanceLabel:
    label: str
    cameo: str
    cameo_name: str
    threat_cameo: str
    negated_as: str
    description: str


@dataclass(frozen=True)
class Place:
    """A canonical actor (or a place that is never an actor) and what it belongs to."""

    canonical: str
    kind: str  # person | organisation | state | group | place
    part_of: str = ""


@dataclass(frozen=True)
class Lexicon:
    stance_labels: dict[str, StanceLabel]
    verb_cues: dict[str, str]  # lemma -> stance ("from_object" for light verbs)
    noun_cues: dict[str, str]
    adjective_cues: dict[str, str]  # as predicates only: "she is wary of the deal"
    phrase_cues: dict[tuple[str, ...], str]  # lemma sequence -> stance
    cue_kinds: dict[str, str]  # cue -> speech | cognition | act | question | impression
    cue_weights: Weights  # when a word is a cue in its context
    position_weights: Weights  # when what the rules found is a position
    object_words: dict[str, list[tuple[str, str]]]  # lemma -> [(refines, stance)]
    content_words: dict[str, list[tuple[str, str]]]
    negators: frozenset[str]
    negating_verbs: frozenset[str]
    modality: dict[str, str]
    pronouns: dict[str, str]  # pronoun -> refers_to
    groups: dict[str, bool]  # group noun lemma -> folds into its state
    titles: dict[str, str]  # title -> office | honorific
    aliases: dict[str, Place]  # surface form -> canonical
    demonyms: dict[str, str]  # demonym -> country
    countries: frozenset[str]
    qualifiers: tuple[str, ...]
    ruler_patterns: tuple[tuple[str, str, str], ...]  # (alias, NER label, canonical) from aliases.csv

    def lookup(self, name: str) -> Place | None:
        """The canonical actor a surface form names, trying aliases, countries and demonyms."""
        for form in _surface_variants(name):
            if form in self.aliases:
                return self.aliases[form]
            if form in self.countries:
                return Place(form, "state")
            if form in self.demonyms:
                return Place(self.demonyms[form], "state")
        return None

    def affiliation_of(self, place: Place) -> str:
        """The top-level actor a canonical name belongs to: the Pentagon -> the United States."""
        return place.part_of or place.canonical


def _surface_variants(name: str) -> list[str]:
    name = name.strip()
    forms = [name]
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            forms.append(name[len(prefix):])
    for suffix in ("'s", "’s", "'", "’"):
        forms += [f[: -len(suffix)] for f in list(forms) if f.endswith(suffix)]
    return forms


def _stance_table(rows, where):
    table: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        if row["where"] == where:
            table.setdefault(row["word"], []).append((row["refines"], row["stance"]))
    return table


@lru_cache(maxsize=None)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read every table once per process."""
    labels = {r["label"]: StanceLabel(**r) for r in read_table("stance_labels", directory)}
    verb_cues, noun_cues, adjective_cues, phrase_cues, kinds = {}, {}, {}, {}, {}
    for row in read_table("cues", directory):
        if row["stance"] not in labels and row["stance"] != "from_object":
            raise ValueError(f"cues.csv: unknown stance {row['stance']!r} for {row['cue']!r}")
        target = {"VERB": verb_cues, "NOUN": noun_cues, "ADJ": adjective_cues}.get(row["pos"])
        if target is not None:
            target[row["cue"]] = row["stance"]
        else:
            phrase_cues[tuple(row["cue"].split())] = row["stance"]
        kinds[row["cue"]] = row["kind"]
    words = read_table("stance_words", directory)
    negation = read_table("negation", directory)
    aliases: dict[str, Place] = {}
    countries, demonyms = set(), {}
    for row in read_table("countries", directory):
        countries.add(row["country"])
        for alias in filter(None, row["aliases"].split("|")):
            aliases[alias] = Place(row["country"], "state")
        for demonym in filter(None, row["demonyms"].split("|")):
            demonyms[demonym] = row["country"]
    alias_rows = read_table("aliases", directory)
    for row in alias_rows:
        aliases[row["alias"]] = Place(row["canonical"], row["kind"], row["part_of"])
    return Lexicon(
        stance_labels=labels,
        verb_cues=verb_cues,
        noun_cues=noun_cues,
        adjective_cues=adjective_cues,
        phrase_cues=phrase_cues,
        cue_kinds=kinds,
        cue_weights=read_weights(directory / "cue_weights.csv"),
        position_weights=read_weights(directory / "position_weights.csv"),
        object_words=_stance_table(words, "object"),
        content_words=_stance_table(words, "content"),
        negators=frozenset(r["word"] for r in negation if r["kind"] == "negator"),
        negating_verbs=frozenset(r["word"] for r in negation if r["kind"] == "negating_verb"),
        modality={r["word"]: r["modality"] for r in read_table("modality", directory)},
        pronouns={r["pronoun"]: r["refers_to"] for r in read_table("pronouns", directory)},
        groups={r["noun"]: r["folds_into_state"] == "yes" for r in read_table("groups", directory)},
        titles={r["title"]: r["kind"] for r in read_table("titles", directory)},
        aliases=aliases,
        demonyms=demonyms,
        countries=frozenset(countries),
        qualifiers=tuple(
            sorted((r["qualifier"] for r in read_table("claim_qualifiers", directory)), key=len, reverse=True)
        ),
        ruler_patterns=tuple((r["alias"], r["label"], r["canonical"]) for r in alias_rows),
    )
