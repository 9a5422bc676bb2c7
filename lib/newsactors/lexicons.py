"""The language facts the extractors use, read from the CSV tables in `data/lexicons/`.

Each table is plain CSV a teacher can open in a spreadsheet and extend; `data/lexicons/README.md`
documents every column. Nothing here knows about any particular article. The two fitted weight
tables are read from `data/weights/`. One `Lexicon` is read per folder and handed to every step:
the pipeline's components, actors, positions, stance and claims all use the one they are given.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import LEXICON_DIR, WEIGHTS_DIR
from .weights import CUE_WEIGHTS_FILE, POSITION_WEIGHTS_FILE, Weights, read_weights

if TYPE_CHECKING:
    from .coref import CorefTables

CUE_POS = ("VERB", "NOUN", "ADJ")
"""The parts of speech `cues.csv` lists single words under; PHRASE and SOURCE rows are word sequences."""

# The roles of `grammar.csv` and `punctuation.csv` the code relies on: a table without one of
# them is refused when it is read, not half-used.
GRAMMAR_ROLES = (
    "topic_preposition", "relative_pronoun", "subject_sharing_preposition", "title_premodifier",
    "source_preposition", "source_phrase_preposition", "afterthought_mark", "conditional_mark",
    "possessive", "article", "determiner", "copula", "future_going", "infinitive_marker", "complementizer",
    "target_preposition", "question_verb", "concessive_preposition", "concessive_mark", "state_verb",
    "befalling_verb", "instigator_noun", "maker_preposition", "holder_preposition", "agent_preposition",
    "side_preposition",
    "definite_determiner", "indefinite_determiner", "partitive_noun", "partitive_preposition",
    "demonstrative_pronoun", "interrogative", "naming_verb", "naming_preposition", "example_preposition",
    "issuing_verb", "performing_verb", "instrument_preposition", "place_preposition", "polity_noun",
    "adversary_preposition", "obligation_verb", "likeness_preposition", "comparison_preposition",
    "hortative_verb", "hortative_object", "pair_word", "serving_verb", "party_member", "other_office_word",
    "relieving_verb", "mouthpiece_noun", "infinitive_complementizer", "permissive_verb", "holding_verb", "post_noun",
    "witnessing_verb", "evidence_noun", "rhetorical_imperative", "recording_verb",
    "going_on_verb",
    "beginning_verb",
    "topic_verb",
    "partner_preposition",
    "caption_word",
    "showing_verb",
    "prohibiting_auxiliary",
)
PUNCTUATION_ROLES = ("quote_open", "signature_dash", "name_hyphen", "question_mark", "clause_separator")


def read_table(name: str, directory: Path = LEXICON_DIR) -> list[dict[str, str]]:
    """Rows of `<directory>/<name>.csv` as dicts, surrounding spaces stripped; a short row's
    missing cells are empty, blank lines are skipped. `csv.reader`, not `csv.DictReader`: the
    CAMEO actor table has tens of thousands of rows, and every notebook's kernel reads it."""
    path = directory / f"{name}.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        rows = []
        for row in reader:
            if len(row) > len(header):
                raise ValueError(f"{path}, line {reader.line_num}: {len(row)} cells, {len(header)} columns")
            if row:
                cells = [cell.strip() for cell in row] + [""] * (len(header) - len(row))
                rows.append(dict(zip(header, cells, strict=True)))
        return rows


@dataclass(frozen=True)
class StanceLabel:
    label: str
    cameo: str
    cameo_name: str
    threat_cameo: str
    negated_as: str
    description: str


SPEECH, COGNITION = "speech", "cognition"
ACT = "act"  # the `cues.csv` kind of a deed that takes a side: ban, sanction, sue, withdraw
ASKING = "question"  # the `cues.csv` kind of a verb that puts a question: ask, question
IMPRESSION = "impression"  # the `cues.csv` kind of the writer's impression of its subject: seem, appear
REPORTING_KINDS = (SPEECH, COGNITION)  # the `cues.csv` kinds that say or think something, not act


@dataclass(frozen=True)
class CueEntry:
    """One row of `cues.csv`: the stance a cue word gives and its kind."""

    stance: str  # a stance label, or "from_object" for light verbs
    kind: str  # speech | cognition | act | question | impression
    pos: str  # VERB | NOUN | ADJ | PHRASE | SOURCE


@dataclass(frozen=True)
class Place:
    """A canonical actor (or a place that is never an actor) and what it belongs to."""

    canonical: str
    kind: str  # person | organisation | state | group | place
    part_of: str = ""


@dataclass(frozen=True)
class Lexicon:
    directory: Path
    stance_labels: dict[str, StanceLabel]
    cues: dict[tuple[str, str], CueEntry]  # (lemma, VERB|NOUN|ADJ) -> entry
    phrase_cues: dict[tuple[str, ...], CueEntry]  # lemma sequence -> entry, in table order
    cue_weights: Weights  # when a word is a cue in its context
    position_weights: Weights  # when what the rules found is a position
    object_words: dict[str, list[tuple[str, str]]]  # lemma -> [(refines, stance)]
    content_words: dict[str, list[tuple[str, str]]]
    content_phrases: dict[int, frozenset[tuple[str, ...]]]  # the content words of several words, longest first
    frame_words: dict[str, list[tuple[str, str]]]  # "(infinitive)" etc. -> [(cue words, stance)]
    judging_modifiers: frozenset[str]  # content words that judge as a modifier too: "an *appalling* tragedy"
    predicated_words: frozenset[str]  # content nouns that judge only what they are said of: "called him a *terrorist*"
    deed_words: frozenset[str]  # content words that accuse only the doer they name: "the prince ordered the *killing*"
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
    source_nouns: frozenset[str]  # documents that are sources: "in a new poll"
    # "start" | "end" -> the words a place's or a storm's name begins or ends with: "Trafalgar Square"
    non_actor_names: dict[str, frozenset[tuple[str, ...]]]
    grammar: dict[str, tuple[str, ...]]  # role -> words, in table order
    quote_closers: dict[str, tuple[str, ...]]  # opening quotation mark -> the marks that close it
    signature_dashes: tuple[str, ...]
    name_hyphens: tuple[str, ...]
    question_marks: tuple[str, ...]
    clause_separators: tuple[str, ...]
    number_scales: dict[str, int]
    target_words: dict[str, str]  # word -> addressee | hearer | medium | response | asking ...: "told X", "said on Y"
    event_nouns: dict[str, tuple[str, ...]]  # "the request" -> the verbs of whoever made it: ask, urge
    event_synonyms: dict[str, frozenset[str]]  # "the operation" -> other nouns of the same event: offensive
    coref: CorefTables  # what coreference reads: pronouns, gendered words, descriptions, turn marks

    def cue(self, lemma: str, pos: str) -> CueEntry | None:
        """The one lookup of a cue word: by its lemma and part of speech (VERB, NOUN or ADJ)."""
        return self.cues.get((lemma, pos))

    def names_someone(self, lemma: str) -> bool:
        """Is a common noun one for someone who can speak or act: a description ("the *mayor*"), a
        noun for people ("*residents*", not "*studies*": `CorefTables.names_people`) or a group
        of `groups.csv` ("*officials*")?"""
        return lemma in self.coref.descriptions or self.coref.names_people(lemma) or lemma in self.groups

    def lookup(self, name: str) -> Place | None:
        """The canonical actor a surface form names, trying aliases, countries and demonyms."""
        for form in self._surface_variants(name):
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

    def _surface_variants(self, name: str) -> list[str]:
        """A name as written, without its article ("the Pentagon") and its possessive."""
        name = name.strip()
        forms = [name]
        for article in self.grammar["article"]:
            for prefix in (f"{article} ", f"{article.capitalize()} "):
                if name.startswith(prefix):
                    forms.append(name[len(prefix):])
        for suffix in self.grammar["possessive"]:
            forms += [f[: -len(suffix)] for f in list(forms) if f.endswith(suffix)]
        return forms

    @property
    def opening_quotes(self) -> tuple[str, ...]:
        return tuple(self.quote_closers)

    @property
    def closing_quotes(self) -> tuple[str, ...]:
        return tuple(sorted({mark for marks in self.quote_closers.values() for mark in marks}))


JUDGES = "judges"  # `stance_words.csv` `modifier`: the word judges even before a noun
PREDICATED = "predicated"  # ... a noun for a kind of person judges only someone it is said of
DONE_BY = "done_by"  # ... a deed accuses only when what is said names who did it


def _stance_table(rows, where):
    table: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        if row["where"] == where:
            table.setdefault(row["word"], []).append((row["refines"], row["stance"]))
    return table


def _cue_tables(rows, labels) -> tuple[dict, dict]:
    words: dict[tuple[str, str], CueEntry] = {}
    phrases: dict[tuple[str, ...], CueEntry] = {}
    for row in rows:
        if row["stance"] not in labels and row["stance"] != "from_object":
            raise ValueError(f"cues.csv: unknown stance {row['stance']!r} for {row['cue']!r}")
        entry = CueEntry(row["stance"], row["kind"], row["pos"])
        if row["pos"] in CUE_POS:
            words[(row["cue"], row["pos"])] = entry
        elif row["pos"] in ("PHRASE", "SOURCE"):
            phrases[tuple(row["cue"].split())] = entry
        else:
            raise ValueError(f"cues.csv: unknown pos {row['pos']!r} for {row['cue']!r}")
    return words, phrases


def _roles(rows, key: str, roles: tuple[str, ...], table: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {role: [] for role in roles}
    for row in rows:
        found.setdefault(row["role"], []).append(row[key])
    missing = [role for role in roles if not found[role]]
    if missing:
        raise ValueError(f"{table}.csv: no rows for {', '.join(missing)}")
    return {role: tuple(words) for role, words in found.items()}


NAME_ENDS = ("start", "end")  # where `non_actor_names.csv` says its word stands in a name


def _name_words(rows) -> dict[str, frozenset[tuple[str, ...]]]:
    """`non_actor_names.csv` as the words of each entry, by where in a name they stand."""
    wrong = [row["at"] for row in rows if row["at"] not in NAME_ENDS]
    if wrong:
        raise ValueError(f"non_actor_names.csv: 'at' is start or end, not {wrong[0]!r}")
    return {at: frozenset(tuple(r["word"].split()) for r in rows if r["at"] == at) for at in NAME_ENDS}


def _phrases_by_length(words: dict[str, list]) -> dict[int, frozenset[tuple[str, ...]]]:
    """The entries of several words ("null and void"), by their number of words, longest first; a
    hyphen is a word of its own, as the tokenizer makes it ("short-sighted": short, -, sighted)."""
    phrases = [phrase for phrase in map(phrase_words, words) if len(phrase) > 1]
    lengths = sorted({len(phrase) for phrase in phrases}, reverse=True)
    return {n: frozenset(phrase for phrase in phrases if len(phrase) == n) for n in lengths}


def phrase_words(entry: str) -> tuple[str, ...]:
    """The words of a table's entry as the tokenizer splits them: "null and void", "short-sighted"."""
    return tuple(entry.replace(HYPHEN, f" {HYPHEN} ").split())


def phrase_entry(words: tuple[str, ...]) -> str:
    """The table's entry whose `phrase_words` these are."""
    return " ".join(words).replace(f" {HYPHEN} ", HYPHEN)


HYPHEN = "-"


def _places(directory: Path) -> tuple[dict[str, Place], frozenset[str], dict[str, str], list[dict]]:
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
    return aliases, frozenset(countries), demonyms, alias_rows


@cache
def load_lexicon(directory: Path = LEXICON_DIR, weights_dir: Path = WEIGHTS_DIR) -> Lexicon:
    """Read every table of a lexicon folder (and the weights beside it) once per process."""
    from .coref import read_coref_tables  # coref reads its tables with `read_table`, from here

    directory, weights_dir = Path(directory), Path(weights_dir)
    labels = {r["label"]: StanceLabel(**r) for r in read_table("stance_labels", directory)}
    cues, phrases = _cue_tables(read_table("cues", directory), labels)
    words = read_table("stance_words", directory)
    negation = read_table("negation", directory)
    aliases, countries, demonyms, alias_rows = _places(directory)
    marks = read_table("punctuation", directory)
    punctuation = _roles(marks, "mark", PUNCTUATION_ROLES, "punctuation")
    closers = {r["mark"]: tuple(r["closed_by"].split("|")) for r in marks if r["role"] == "quote_open"}
    return Lexicon(
        directory=directory,
        stance_labels=labels,
        cues=cues,
        phrase_cues=phrases,
        cue_weights=read_weights(weights_dir / CUE_WEIGHTS_FILE),
        position_weights=read_weights(weights_dir / POSITION_WEIGHTS_FILE),
        object_words=_stance_table(words, "object"),
        content_words=_stance_table(words, "content"),
        content_phrases=_phrases_by_length(_stance_table(words, "content")),
        frame_words=_stance_table(words, "frame"),
        judging_modifiers=frozenset(r["word"] for r in words if r["modifier"] == JUDGES),
        predicated_words=frozenset(r["word"] for r in words if r["modifier"] == PREDICATED),
        deed_words=frozenset(r["word"] for r in words if r["modifier"] == DONE_BY),
        negators=frozenset(r["word"] for r in negation if r["kind"] == "negator"),
        negating_verbs=frozenset(r["word"] for r in negation if r["kind"] == "negating_verb"),
        modality={r["word"]: r["modality"] for r in read_table("modality", directory)},
        pronouns={r["pronoun"]: r["refers_to"] for r in read_table("pronouns", directory)},
        groups={r["noun"]: r["folds_into_state"] == "yes" for r in read_table("groups", directory)},
        titles={r["title"]: r["kind"] for r in read_table("titles", directory)},
        aliases=aliases,
        demonyms=demonyms,
        countries=countries,
        qualifiers=tuple(
            sorted((r["qualifier"] for r in read_table("claim_qualifiers", directory)), key=len, reverse=True)
        ),
        ruler_patterns=tuple((r["alias"], r["label"], r["canonical"]) for r in alias_rows),
        source_nouns=frozenset(r["noun"] for r in read_table("source_nouns", directory)),
        non_actor_names=_name_words(read_table("non_actor_names", directory)),
        grammar=_roles(read_table("grammar", directory), "word", GRAMMAR_ROLES, "grammar"),
        quote_closers=closers,
        signature_dashes=punctuation["signature_dash"],
        name_hyphens=punctuation["name_hyphen"],
        question_marks=punctuation["question_mark"],
        clause_separators=punctuation["clause_separator"],
        number_scales={r["word"]: int(r["value"]) for r in read_table("number_scales", directory)},
        target_words={r["word"]: r["role"] for r in read_table("target_words", directory)},
        event_nouns={
            r["noun"]: tuple(v for v in r["verbs"].split("|") if v) for r in read_table("event_nouns", directory)
        },
        event_synonyms={
            r["noun"]: frozenset(v for v in r["same_as"].split("|") if v) for r in read_table("event_nouns", directory)
        },
        coref=read_coref_tables(directory),
    )
