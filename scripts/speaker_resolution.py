"""How far the speakers of a batch resolve to actors, and how its mentions were linked.

    .venv/bin/newsactors batch ../shared/corpora/wikinews --out /tmp/wn-speakers
    .venv/bin/python scripts/speaker_resolution.py /tmp/wn-speakers

Prints, of the positions whose speaker the article names (`speaker_text` not empty), the share
whose speaker is still a pronoun ("they", "I") or a bare description ("the president", "the
party") rather than an actor, the commonest of them, and the share of mentions linked each way
(`mentions.link`). The words counted as pronouns and descriptions are the project's own tables.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from newsactors.lexicons import read_table

DETERMINERS = re.compile(r"^(the|a|an|this|that)\s+")
MOST_COMMON = 15


def left_unresolved(speaker: str, kind: str, pronouns: set[str], descriptions: set[str]) -> str:
    """"pronoun", "description" or "" for a position's resolved speaker."""
    words = DETERMINERS.sub("", speaker.strip().lower()).split()
    if speaker.strip().lower() in pronouns:
        return "pronoun"
    if kind == "" and words and (
        " ".join(words) in descriptions or len(words) <= 2 and words[-1].rstrip("s") in descriptions
    ):
        return "description"
    return ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch_dir", type=Path, help="the output folder of a newsactors batch")
    args = parser.parse_args(argv)
    pronouns = {r["pronoun"] for r in read_table("pronouns")}
    descriptions = {r["noun"] for r in read_table("descriptions")} | {r["title"].lower() for r in read_table("titles")}
    positions = pd.read_parquet(args.batch_dir / "positions.parquet")
    named = positions[positions["speaker_text"].str.strip() != ""]
    kinds = [
        left_unresolved(s, k, pronouns, descriptions)
        for s, k in zip(named["speaker"], named["speaker_kind"], strict=True)
    ]
    unresolved = [s.strip().lower() for s, k in zip(named["speaker"], kinds, strict=True) if k]
    print(f"{len(positions)} positions, {len(named)} with a named speaker; "
          f"{len(unresolved)} ({len(unresolved) / max(len(named), 1):.1%}) still a pronoun or bare description "
          f"({Counter(k for k in kinds if k)})")
    print("commonest:", ", ".join(f"{s} {n}" for s, n in Counter(unresolved).most_common(MOST_COMMON)))
    if not (args.batch_dir / "mentions.parquet").exists():
        return  # a batch made before the mentions table
    mentions = pd.read_parquet(args.batch_dir / "mentions.parquet")
    shares = mentions["link"].value_counts(normalize=True)
    print(f"{len(mentions)} mentions linked by: " + ", ".join(f"{link} {share:.1%}" for link, share in shares.items()))


if __name__ == "__main__":
    main()
