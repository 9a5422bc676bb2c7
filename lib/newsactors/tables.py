"""Tables: the plain records of each extraction step as pandas DataFrames with fixed columns.

`analyse(doc, article_id)` is the one function that turns a parsed article into its tables;
`newsactors run`, `newsactors batch` and the notebooks all call it, so their rows are the same.

Columns that say "none" or "not there" with a value of their own (every other empty cell is an
empty string; offsets are characters of the article text, end exclusive):

- positions `speaker`, `speaker_kind`, `speaker_role`, `speaker_affiliation`, `speaker_text`: empty
  when the article names no one for the position ("prompting fears of an expanded war"); the report
  and the charts show such a speaker as "(no named speaker)". `speaker_kind` and the others are
  also empty when the words name no actor of the actor table ("a memo").
- positions `speaker_start`, `speaker_end`: -1 when no speaker is named (`speaker_text` is empty).
- positions `content_start`, `content_end`: -1 when the position has no content (an act such as
  "denials from Moscow"; then `content` is empty and `quote_type` is "none").
- positions `target`: empty when the cue governs no object and its content no subject.
- positions `modality`: empty when the cue is asserted, not hedged ("may", "are scheduled to").
- positions `quote_type`: "direct" (nine in ten of the content's words inside quotation marks),
  "mixed" (some), "indirect" (none), "none" (no content). The report writes them, in its "how"
  column, as "quoted", "partly quoted", "reported" and "an act" (`report.QUOTE_TYPE_WORDS`).
- entities `actor`: empty when the entity is no actor (a place that is no state, a date).
- actors `role`, `affiliation`, `aliases`: empty when the article gives none.
- claims `unit`, `qualifier`, `source`: empty when the article gives none (`source` empty: no
  speaker's statement holds the number).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from .actors import ActorIndex, resolve_actors
from .atomic import open_replacing
from .claims import Claim, extract_claims
from .coref import link_quoted_first_person
from .docs import doc_text
from .events import EVENT_COLUMNS, EVENT_NULLABLE_TYPES, event_rows
from .lexicons import Lexicon, load_lexicon
from .positions import Position, article_quotes, extract_positions

ENTITY_COLUMNS = ["article_id", "text", "label", "start_char", "end_char", "actor"]
ACTOR_COLUMNS = ["article_id", "actor", "kind", "role", "affiliation", "mentions", "aliases"]
POSITION_COLUMNS = ["article_id", *Position.columns()]
CLAIM_COLUMNS = ["article_id", *Claim.columns()]
# every mention of every actor, with how it was tied to the actor (`coref.LINKS`)
MENTION_COLUMNS = ["article_id", "actor", "text", "start_char", "end_char", "sentence", "link"]
TABLE_COLUMNS = {
    "entities": ENTITY_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "positions": POSITION_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "events": EVENT_COLUMNS,
}


@dataclass
class Analysis:
    article_id: str
    actors: ActorIndex
    positions: list[Position]
    claims: list[Claim]
    metadata: dict = field(default_factory=dict)  # the article's date and url, for its events

    def rows(self) -> dict[str, list[dict]]:
        """Every table's rows as plain dicts: a batch gathers them over many articles and makes
        one DataFrame per table, since building six small frames per article costs more than the
        analysis."""
        actors = actor_rows(self.actors, self.article_id)
        positions = position_rows(self.positions, self.article_id)
        return {
            "entities": entity_rows(self.actors, self.article_id),
            "actors": actors,
            "mentions": mention_rows(self.actors, self.article_id),
            "positions": positions,
            "claims": claim_rows(self.claims, self.article_id),
            "events": event_rows(self.positions, actors, self.article_id, self.metadata, doc_text(self.actors.doc)),
        }

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: table_frame(name, rows) for name, rows in self.rows().items()}


def table_frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A table's DataFrame from its rows, with its columns in order and its column types."""
    frame = pd.DataFrame(rows, columns=TABLE_COLUMNS[name])
    return frame.astype(EVENT_NULLABLE_TYPES) if name == "events" else frame


def analyse(doc: Doc, article_id: str, metadata: dict | None = None, lexicon: Lexicon | None = None) -> Analysis:
    """article -> Doc -> actors -> positions -> claims (and events, dated by `metadata`), every
    step with the one `lexicon` (by default the project's `data/lexicons/`); first person in
    quotations linked last, once the quotations' speakers are known."""
    lexicon = lexicon or load_lexicon()
    actors = resolve_actors(doc, lexicon)
    quotes = article_quotes(doc, lexicon)  # found once, for coreference, positions and first persons
    positions = extract_positions(doc, actors, lexicon, quotes)
    link_quoted_first_person(doc, actors, positions, quotes)
    claims = extract_claims(doc, positions, lexicon)
    return Analysis(article_id, actors, positions, claims, dict(metadata or {}))


def entity_rows(actors: ActorIndex, article_id: str) -> list[dict]:
    return [
        {
            "article_id": article_id,
            "text": ent.text,
            "label": ent.label_,
            "start_char": ent.start_char,
            "end_char": ent.end_char,
            "actor": actors.by_token.get(ent.root.i, ""),
        }
        for ent in actors.doc.ents
    ]


def actor_rows(actors: ActorIndex, article_id: str) -> list[dict]:
    return [
        {
            "article_id": article_id,
            "actor": actor.name,
            "kind": actor.kind,
            "role": actor.role,
            "affiliation": actor.affiliation,
            "mentions": len(actor.mentions),
            "aliases": "; ".join(actor.aliases),
        }
        for actor in actors.ordered()
    ]


def mention_rows(actors: ActorIndex, article_id: str) -> list[dict]:
    """One row per mention, in the order of the text (the columns leave out its NER label)."""
    rows = [
        {"article_id": article_id, "actor": actor.name, **vars(m)}
        for actor in actors.actors.values()
        for m in actor.mentions
    ]
    rows.sort(key=lambda r: (r["start_char"], r["end_char"], r["actor"]))
    return rows


# `vars` rather than `dataclasses.asdict`: the fields are plain strings, numbers and booleans, so
# the deep copy `asdict` makes of every value is wasted work.
def position_rows(positions: list[Position], article_id: str) -> list[dict]:
    return [{"article_id": article_id, **vars(p)} for p in positions]


def claim_rows(claims: list[Claim], article_id: str) -> list[dict]:
    return [{"article_id": article_id, **vars(c)} for c in claims]


def write_csv(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as UTF-8 CSV, byte-identical for identical rows, replacing the file atomically."""
    with open_replacing(Path(path)) as out:
        table.to_csv(out, index=False, lineterminator="\n")
    return Path(path)


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a table written by `write_csv`, empty cells as empty strings, as they were written."""
    return pd.read_csv(path, keep_default_na=False, na_values=[], dtype=str)
