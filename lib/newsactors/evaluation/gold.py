"""The default article's gold (`data/gold/<article>.positions.csv` and `.people.csv`): every gold
position found with the right speaker and stance, every person with the right role and affiliation."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..paths import DEFAULT_ARTICLE_ID, GOLD_DIR


def read_gold(article_id: str = DEFAULT_ARTICLE_ID, directory: Path = GOLD_DIR) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The gold positions and people of one article, as written in `data/gold/`."""
    read = lambda kind: pd.read_csv(directory / f"{article_id}.{kind}.csv", dtype=str, keep_default_na=False)  # noqa: E731
    positions, people = read("positions"), read("people")
    positions[["cue_start", "cue_end"]] = positions[["cue_start", "cue_end"]].astype(int)
    return positions, people


def score_gold_positions(gold: pd.DataFrame, positions: pd.DataFrame) -> pd.DataFrame:
    """Each gold position beside the predicted one with the same speaker whose cue overlaps it."""
    rows = []
    for g in gold.itertuples():
        overlapping = positions[(positions.cue_start < g.cue_end) & (positions.cue_end > g.cue_start)]
        same_speaker = overlapping[overlapping.speaker == g.speaker]
        found = same_speaker.iloc[0] if len(same_speaker) else (overlapping.iloc[0] if len(overlapping) else None)
        rows.append(
            {
                "speaker": g.speaker,
                "cue": g.cue,
                "gold_stance": g.stance,
                "found": found is not None,
                "predicted_speaker": found.speaker if found is not None else "",
                "speaker_right": bool(len(same_speaker)),
                "predicted_stance": found.stance if found is not None else "",
                "stance_right": found is not None and found.speaker == g.speaker and found.stance == g.stance,
                "cameo_right": found is not None and found.speaker == g.speaker and found.cameo == g.cameo,
            }
        )
    return pd.DataFrame(rows)


def score_gold_people(gold: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """Each gold person beside the role and affiliation the actors table gives them."""
    by_name = actors.set_index("actor")
    rows = []
    for g in gold.itertuples():
        found = by_name.loc[g.actor] if g.actor in by_name.index else None
        role = found["role"] if found is not None else ""
        affiliation = found["affiliation"] if found is not None else ""
        rows.append(
            {
                "actor": g.actor,
                "gold_role": g.role,
                "role": role,
                "role_right": role == g.role,
                "gold_affiliation": g.affiliation,
                "affiliation": affiliation,
                "affiliation_right": affiliation == g.affiliation,
            }
        )
    return pd.DataFrame(rows)


def gold_summary(positions: pd.DataFrame, people: pd.DataFrame) -> pd.DataFrame:
    """The default-article figures in one small table."""
    n = len(positions)
    return pd.DataFrame(
        [
            ("gold positions", n),
            ("found with the right speaker", int(positions.speaker_right.sum())),
            ("stance right", int(positions.stance_right.sum())),
            ("stance right (share)", round(positions.stance_right.mean(), 3) if n else 0.0),
            ("CAMEO code right", int(positions.cameo_right.sum())),
            ("gold people", len(people)),
            ("role right", int(people.role_right.sum())),
            ("affiliation right", int(people.affiliation_right.sum())),
        ],
        columns=["measure", "value"],
        dtype=object,
    )


def score_default_gold(article_id: str = DEFAULT_ARTICLE_ID) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse and analyse the default article, then score its positions and people against gold."""
    from ..articles import load_article
    from ..parsing import parse
    from ..paths import ARTICLE_DIR
    from ..tables import analyse

    article = load_article(ARTICLE_DIR / f"{article_id}.txt")
    tables = analyse(parse(article), article.id).tables()
    gold_positions, gold_people = read_gold(article_id)
    return score_gold_positions(gold_positions, tables["positions"]), score_gold_people(gold_people, tables["actors"])


def default_gold_summary(article_id: str = DEFAULT_ARTICLE_ID) -> pd.DataFrame:
    return gold_summary(*score_default_gold(article_id))
