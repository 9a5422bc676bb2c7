"""The positions of the default article against the project's own gold (data/gold/)."""
import pytest

from conftest import read_gold

GOLD = read_gold("positions")


def overlapping(positions, start, end):
    return positions[(positions["cue_start"] < end) & (positions["cue_end"] > start)]


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: f"{g['speaker']}-{g['cue']}")
def test_every_gold_position_is_found_with_its_speaker(default_tables, gold):
    found = overlapping(default_tables["positions"], int(gold["cue_start"]), int(gold["cue_end"]))
    assert gold["speaker"] in set(found["speaker"]), (
        f"{gold['cue']!r}: found {found[['speaker', 'cue']].values.tolist()}"
    )


def test_stance_is_right_on_at_least_90_percent(default_tables):
    positions = default_tables["positions"]
    right = 0
    for gold in GOLD:
        found = overlapping(positions, int(gold["cue_start"]), int(gold["cue_end"]))
        found = found[found["speaker"] == gold["speaker"]]
        right += bool(len(found)) and found.iloc[0]["stance"] == gold["stance"]
    assert right / len(GOLD) >= 0.9, f"{right}/{len(GOLD)}"


def test_no_position_without_gold(default_tables):
    positions = default_tables["positions"]
    gold_cues = [(int(g["cue_start"]), int(g["cue_end"])) for g in GOLD]
    extra = [
        (p.speaker, p.cue)
        for p in positions.itertuples()
        if p.cue_start >= 0 and not any(p.cue_start < end and p.cue_end > start for start, end in gold_cues)
    ]
    assert extra == []


def by_cue(tables, cue):
    rows = tables["positions"][tables["positions"]["cue"] == cue]
    assert len(rows), f"no position with cue {cue!r}"
    return rows


def test_negated_denial_is_a_tacit_confirmation(default_tables):
    row = by_cue(default_tables, "refrained from denying").iloc[0]
    assert (row.speaker, row.stance, row.cameo, row.negated) == ("Vladimir Putin", "confirm", "010", True)


def test_plans_and_coordinated_speakers(default_tables):
    rows = by_cue(default_tables, "scheduled to meet")
    assert sorted(rows["speaker"]) == ["Antony Blinken", "Lloyd Austin"]
    assert set(rows["stance"]) == {"meet"} and set(rows["cameo"]) == {"036"} and set(rows["modality"]) == {"planned"}
    assert "South Korean counterparts" in rows.iloc[0]["target"]


def test_nominal_cue_and_metonymy(default_tables):
    row = by_cue(default_tables, "denials").iloc[0]
    assert (row.speaker, row.speaker_kind, row.stance, row.cameo) == ("Russia", "state", "deny", "016")
    assert row.speaker_text == "Moscow"


def test_pronoun_speaker_is_resolved_and_partial_quote_is_mixed(default_tables):
    row = by_cue(default_tables, "condemned").iloc[0]
    assert (row.speaker, row.speaker_text, row.stance, row.cameo) == ("Yoon Suk-yeol", "He", "condemn", "111")
    assert row.quote_type == "mixed"
    assert row.speaker_role == "South Korean President"


def test_conditional_warning_is_coded_as_a_threat(default_tables):
    row = by_cue(default_tables, "noted").iloc[0]
    assert (row.speaker, row.stance, row.cameo) == ("Sabrina Singh", "warn", "130")


def test_offsets_point_at_the_text(default_run, default_tables):
    text = default_run.article.text
    for row in default_tables["positions"].itertuples():
        assert text[row.speaker_start : row.speaker_end] == row.speaker_text
        if row.cue_start >= 0:
            assert text[row.cue_start : row.cue_end] == row.cue
        if row.content_start >= 0:
            assert row.content.startswith(text[row.content_start : row.content_start + 10].strip(' "'))


def test_no_place_speaks(default_tables):
    named = default_tables["positions"][default_tables["positions"]["speaker"] != ""]  # fears no one is named for
    assert set(named["speaker_kind"]) <= {"person", "state", "organisation", "group"}
