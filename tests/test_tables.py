import pandas as pd

import newsactors as na
from newsactors.tables import TABLE_COLUMNS

REQUIRED = {
    "entities": "article_id, text, label, start_char, end_char, actor",
    "actors": "article_id, actor, kind, role, affiliation, mentions, aliases",
    "positions": "article_id, speaker, speaker_kind, speaker_role, speaker_affiliation, cue, stance, cameo, "
    "target, content, quote_type, sentence, speaker_start, speaker_end, cue_start, cue_end, content_start, content_end",
    "claims": "article_id, value, unit, qualifier, source, sentence, start_char, end_char",
}


def test_columns_come_in_the_documented_order(default_tables):
    for name, required in REQUIRED.items():
        columns = required.split(", ")
        assert TABLE_COLUMNS[name][: len(columns)] == columns
        assert list(default_tables[name].columns) == TABLE_COLUMNS[name]
        assert set(default_tables[name]["article_id"]) == {"nk-troops-russia-2024-10"}


def test_quote_types_are_from_the_documented_set(default_tables):
    assert set(default_tables["positions"]["quote_type"]) <= {"direct", "indirect", "mixed", "none"}


def test_csv_is_byte_identical_when_rewritten_and_reads_back(tmp_path, default_tables):
    positions = default_tables["positions"]
    first = na.write_csv(positions, tmp_path / "a.csv").read_bytes()
    second = na.write_csv(positions.copy(), tmp_path / "b.csv").read_bytes()
    assert first == second and first.endswith(b"\n") and b"\r\n" not in first
    back = na.read_csv(tmp_path / "a.csv")
    assert list(back.columns) == list(positions.columns)
    pd.testing.assert_series_equal(back["speaker"], positions["speaker"])
    assert (back["target"] == positions["target"].astype(str)).all()  # empty cells stay empty strings


def test_an_article_with_no_one_in_it_gives_empty_tables(analyse_text):
    tables = analyse_text("The river rose by two metres overnight and the road was closed.").tables()
    assert tables["positions"].empty and tables["actors"].empty
    assert list(tables["positions"].columns) == TABLE_COLUMNS["positions"]
