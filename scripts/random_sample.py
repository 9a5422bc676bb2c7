"""A batch's positions against hand-labelled random samples of Wikinews positions.

    .venv/bin/newsactors batch ../shared/corpora/wikinews --out /tmp/wn
    .venv/bin/python scripts/random_sample.py /tmp/wn

Three draws, each of positions drawn at random from a batch over the whole Wikinews corpus (the 20
articles of the shared gold left out), each read by hand against the shared gold's conventions:
`data/gold/wikinews-random-positions.csv` holds 120 drawn from an earlier version's batch,
`data/gold/wikinews-random-positions-2.csv` 150 drawn later from another version's, none of them
the first draw's, read by another annotator, and `data/gold/wikinews-random-positions-3.csv` 150
drawn from a still later version's, none of them the earlier draws', read by a third annotator who
saw only the article and the cue, not what the batch made of it. Each row says whether it is a position at all
(`is_position`: yes, no, unsure), which of the fifteen stance labels fits it best (`label`), and at
whom it is directed (`target`: the keys of each target actor, a name and its variants joined by "|",
several actors by " ; ", as the shared gold writes them; empty when it is aimed at no actor), and
names its article by title and URL and its cue by a short anchor, a few words of the article around
the cue.

`data/gold/wikinews-state-audit.csv` is no draw of all positions: 200 of the positions a later
version's batch gave a plain "state", drawn at random (the shared gold's articles and the draws'
rows left out) and read the same way, with no target: it says how many of a batch's "state"
positions are no position at all, and how many take a side the stance rules missed. Rules were
shaped on what it shows, so it measures nothing unseen.

Prints, for each draw and for all together, what the hand labels say (the share of "state" among
true positions, with a 95% interval: what the corpus-wide "state" share of a correct extractor
would be near), then, for the batch given: which sampled rows it still extracts, how many of those
are positions, how often its stance is the hand label, and how its `target_actor` compares with the
hand target: right (one of the hand's keys is in it, as the shared gold's `score.py` counts), wrong
(a target where the hand gives none or another), missed (none where the hand gives one), and rightly
none.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import pandas as pd

from newsactors.corpus import corpus_files, read_corpus
from newsactors.paths import PROJECT_ROOT, SHARED_CORPORA

DRAWS = {
    "first draw": PROJECT_ROOT / "data" / "gold" / "wikinews-random-positions.csv",
    "second draw": PROJECT_ROOT / "data" / "gold" / "wikinews-random-positions-2.csv",
    "third draw": PROJECT_ROOT / "data" / "gold" / "wikinews-random-positions-3.csv",
}
STATE_AUDIT = PROJECT_ROOT / "data" / "gold" / "wikinews-state-audit.csv"
WIKINEWS = SHARED_CORPORA / "wikinews"
PLAIN = "state"
Z_95 = 1.96  # the normal quantile of a two-sided 95% interval


def wilson(successes: int, total: int) -> tuple[float, float]:
    """The Wilson score interval of a proportion: sound for small samples and shares near 0 or 1."""
    if total == 0:
        return 0.0, 0.0
    share = successes / total
    centre = share + Z_95**2 / (2 * total)
    spread = Z_95 * math.sqrt(share * (1 - share) / total + Z_95**2 / (4 * total**2))
    scale = 1 + Z_95**2 / total
    return (centre - spread) / scale, (centre + spread) / scale


def anchored_rows(sample: pd.DataFrame, positions: pd.DataFrame, texts: dict[str, str]) -> list[int | None]:
    """For each sampled row, the index of the batch position whose cue lies inside its anchor."""
    found: list[int | None] = []
    for row in sample.itertuples():
        text = texts.get(row.title)
        if text is None or row.anchor not in text:
            found.append(None)
            continue
        start = text.index(row.anchor)
        end = start + len(row.anchor)
        rows = positions[positions["title"] == row.title]
        at = rows["cue_start"].where(rows["cue_start"] >= 0, rows["content_start"])
        inside = rows[(at >= start) & (at < end) & (rows["cue"] == row.cue)]
        found.append(int(inside.index[0]) if len(inside) else None)
    return found


ACTOR_SEPARATOR, KEY_SEPARATOR = " ; ", "|"


def target_verdict(hand: str, found: str) -> str:
    """How a batch's `target_actor` cell compares with a hand target: right, wrong, missed or none."""
    keys = [key.strip().lower() for actor in hand.split(ACTOR_SEPARATOR) for key in actor.split(KEY_SEPARATOR)]
    keys = [key for key in keys if key]
    found = " ".join(found.lower().split())
    if not keys:
        return "wrong" if found else "none"
    if not found:
        return "missed"
    return "right" if any(key in found for key in keys) else "wrong"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch_dir", type=Path, help="the output folder of a newsactors batch over the Wikinews corpus")
    args = parser.parse_args(argv)
    if not WIKINEWS.is_dir():
        print(f"random_sample: the Wikinews corpus is not at {WIKINEWS}; nothing to compare", file=sys.stderr)
        return 2
    positions = pd.read_csv(args.batch_dir / "positions.csv", keep_default_na=False)
    articles = pd.read_csv(args.batch_dir / "articles.csv", keep_default_na=False)
    positions = positions.merge(articles[["article_id", "title"]], on="article_id")
    texts = {item.metadata.get("title", ""): item.text for item in read_corpus(corpus_files(WIKINEWS))}
    state_share = (positions["stance"] == PLAIN).mean()
    print(f"this batch ({args.batch_dir}): {len(positions)} positions, '{PLAIN}' {state_share:.3f}")
    draws = {name: pd.read_csv(path, keep_default_na=False) for name, path in DRAWS.items()}
    draws["all draws"] = pd.concat(list(draws.values()), ignore_index=True)
    for name, sample in draws.items():
        print(f"\n{name}:")
        report(sample, positions, texts)
    print("\nstate audit (a batch's 'state' positions only; rules were shaped on it):")
    report_state_audit(pd.read_csv(STATE_AUDIT, keep_default_na=False), positions, texts)
    return 0


def report_state_audit(audit: pd.DataFrame, positions: pd.DataFrame, texts: dict[str, str]) -> None:
    """What the hand says of positions once given a plain "state", and what the batch gives them now."""
    true = audit[audit["is_position"] != "no"]
    state = int((true["label"] == PLAIN).sum())
    print(f"  hand labels: {len(audit)} rows, " + ", ".join(
        f"{kind} {(audit['is_position'] == kind).sum()}" for kind in ("yes", "unsure", "no")))
    print(f"  '{PLAIN}' by hand among positions and unsure: {state} of {len(true)} = {state / len(true):.3f}; "
          "others: " + ", ".join(f"{label} {n}" for label, n in true["label"].value_counts().items() if label != PLAIN))
    audit = audit.assign(found=anchored_rows(audit, positions, texts))
    kept = audit[audit["found"].notna()]
    stances = positions.loc[kept["found"].astype(int), "stance"].to_numpy()
    still = kept[stances == PLAIN]
    print(f"  rows still extracted: {len(kept)} of {len(audit)}; still '{PLAIN}': {len(still)}, of which no position "
          f"{(still['is_position'] == 'no').sum()}, '{PLAIN}' by hand {(still['label'] == PLAIN).sum()}, "
          f"another label by hand {((still['is_position'] != 'no') & (still['label'] != PLAIN)).sum()}")
    changed = kept[stances != PLAIN]
    agree = int((positions.loc[changed["found"].astype(int), "stance"].to_numpy() == changed["label"].to_numpy()).sum())
    print(f"  given another label now: {len(changed)}, the hand's for {agree}")


def report(sample: pd.DataFrame, positions: pd.DataFrame, texts: dict[str, str]) -> None:
    """What a draw's hand labels say, and how the batch's positions compare with them."""
    true = sample[sample["is_position"] != "no"]
    state = int((true["label"] == PLAIN).sum())
    low, high = wilson(state, len(true))
    print(f"  hand labels: {len(sample)} rows, "
          f"{(sample['is_position'] == 'yes').sum()} positions, {(sample['is_position'] == 'unsure').sum()} unsure, "
          f"{(sample['is_position'] == 'no').sum()} no position")
    print(f"  '{PLAIN}' among positions and unsure: {state} of {len(true)} = {state / len(true):.3f} "
          f"(95% interval {low:.3f} to {high:.3f})")
    print("  labels: " + ", ".join(f"{label} {n}" for label, n in true["label"].value_counts().items()))

    sample = sample.assign(found=anchored_rows(sample, positions, texts))
    kept = sample[sample["found"].notna()]
    kept_true = kept[kept["is_position"] == "yes"]
    stances = positions.loc[kept_true["found"].astype(int), "stance"].to_numpy()
    dropped = ", ".join(
        f"{kind} {((sample['is_position'] == kind) & sample['found'].isna()).sum()}" for kind in ("yes", "unsure", "no")
    )
    print(f"  sampled rows still extracted: {len(kept)} of {len(sample)}; no longer: {dropped}")
    precision = len(kept_true) / max(len(kept), 1)
    print(f"  of those extracted, positions: {len(kept_true)} of {len(kept)} = {precision:.3f}")
    agree = int((stances == kept_true["label"].to_numpy()).sum())
    print(f"  stance equal to the hand label on positions: {agree} of {len(kept_true)} "
          f"= {agree / max(len(kept_true), 1):.3f}")
    kept_positions = kept[kept["is_position"] != "no"]
    found_targets = positions.loc[kept_positions["found"].astype(int), "target_actor"].to_numpy()
    hand_targets = kept_positions["target"].to_numpy()
    verdicts = pd.Series([target_verdict(h, f) for h, f in zip(hand_targets, found_targets, strict=True)])
    counts = verdicts.value_counts()
    with_hand = int((hand_targets != "").sum())
    print(f"  target actor on the {len(kept_positions)} extracted positions and unsure ones: "
          f"right {counts.get('right', 0)} of the {with_hand} with a hand target, missed {counts.get('missed', 0)}; "
          f"wrong {counts.get('wrong', 0)} (a target where the hand gives none or another); "
          f"none where the hand gives none {counts.get('none', 0)}")


if __name__ == "__main__":
    sys.exit(main())
