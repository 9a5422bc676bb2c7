"""Tables: the plain records of each extraction step as pandas DataFrames with fixed columns.

`analyse(doc, article_id)` is the one function that turns a parsed article into its four tables;
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

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from .actors import ActorIndex, resolve_actors
from .atomic import open_replacing
from .claims import Claim, extract_claims
from .positions import Position, extract_positions

ENTITY_COLUMNS = ["article_id", "text", "label", "start_char", "end_char", "actor"]
ACTOR_COLUMNS = ["article_id", "actor", "kind", "role", "affiliation", "mentions", "aliases"]
POSITION_COLUMNS = ["article_id", *Position.columns()]
CLAIM_COLUMNS = ["article_id", *Claim.columns()]
TABLE_COLUMNS = {
    "entities": ENTITY_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "positions": POSITION_COLUMNS,
    "claims": CLAIM_COLUMNS,
}


@dataclass
class Analysis:
    article_id: str
    actors: ActorIndex
    positions: list[Position]
    claims: list[Claim]

    def tables(self) -> dict[str, pd.DataFrame]:
        return {
            "entities": entities_table(self.actors, self.article_id),
            "actors": actors_table(self.actors, self.article_id),
            "positions": positions_table(self.positions, self.article_id),
            "claims": claims_table(self.claims, self.article_id),
        }


def analyse(doc: Doc, article_id: str) -> Analysis:
    """article -> Doc -> actors -> positions -> claims."""
    actors = resolve_actors(doc)
    positions = extract_positions(doc, actors)
    return Analysis(article_id, actors, positions, extract_claims(doc, positions))


def entities_table(actors: ActorIndex, article_id: str) -> pd.DataFrame:
    rows = [
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
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def actors_table(actors: ActorIndex, article_id: str) -> pd.DataFrame:
    rows = [
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
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


# `vars` rather than `dataclasses.asdict`: the fields are plain strings, numbers and booleans, so
# the deep copy `asdict` makes of every value is wasted work.
def positions_table(positions: list[Position], article_id: str) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": article_id, **vars(p)} for p in positions], columns=POSITION_COLUMNS)


def claims_table(claims: list[Claim], article_id: str) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": article_id, **vars(c)} for c in claims], columns=CLAIM_COLUMNS)


def write_csv(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as UTF-8 CSV, byte-identical for identical rows, replacing the file atomically."""
    with open_replacing(Path(path)) as out:
        table.to_csv(out, index=False, lineterminator="\n")
    return Path(path)


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a table written by `write_csv`, empty cells as empty strings, as they were written."""
    return pd.read_csv(path, keep_default_na=False, na_values=[], dtype=str)
