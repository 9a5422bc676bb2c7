"""The data tables a teacher edits: complete, consistent and as the documentation says."""
import pytest

from newsactors.lexicons import load_lexicon, read_table
from newsactors.stance import NO_POSITION

# The stance vocabulary and its CAMEO codes, as the project documents them.
VOCABULARY = {
    "state": "010", "confirm": "010", "concern": "012", "warn": "012", "deny": "016", "appeal": "020",
    "demand": "100", "meet": "036", "prepare": "014", "support": "051", "condemn": "111", "accuse": "112",
    "reject": "120", "threaten": "130", "downplay": "010",
}


def test_stance_labels_map_to_their_cameo_codes():
    labels = load_lexicon().stance_labels
    assert {label: entry.cameo for label, entry in labels.items()} == VOCABULARY
    assert labels["warn"].threat_cameo == "130"


def test_every_cue_and_stance_word_names_a_known_label():
    lexicon = load_lexicon()
    known = set(lexicon.stance_labels) | {"from_object"}
    for table in (lexicon.cues, lexicon.phrase_cues):
        assert {entry.stance for entry in table.values()} <= known
    for rules in lexicon.object_words.values():  # an object may also take the cue word's sense away
        for _, stance in rules:
            assert stance in lexicon.stance_labels or stance == NO_POSITION
    for rules in lexicon.content_words.values():
        for _, stance in rules:
            assert stance in lexicon.stance_labels
    for entry in lexicon.stance_labels.values():
        assert entry.negated_as in ("", *lexicon.stance_labels)


def test_judging_modifiers_are_content_words():
    """`modifier=judges` marks a content word that judges before a noun too ("an *appalling*
    attack"), `modifier=predicated` a noun that judges only someone it is said of ("called him a
    *terrorist*"), `modifier=done_by` a deed that accuses only the doer what is said names ("the
    prince ordered the *killing*"); they mean nothing on an object or frame row, and "illegal" only
    classifies."""
    rows = read_table("stance_words")
    assert {row["modifier"] for row in rows} == {"", "judges", "predicated", "done_by"}
    assert all(row["where"] == "content" for row in rows if row["modifier"])
    lexicon = load_lexicon()
    assert "appalling" in lexicon.judging_modifiers and "illegal" not in lexicon.judging_modifiers
    assert "terrorist" in lexicon.predicated_words and not lexicon.predicated_words & lexicon.judging_modifiers


@pytest.mark.parametrize("name", ["aliases", "countries", "cues", "titles", "groups", "stance_words", "number_scales"])
def test_tables_have_no_duplicate_keys(name):
    rows = read_table(name)
    # a stance word may sharpen several cue stances, one row each ("against": state -> condemn,
    # support -> reject)
    key = list(rows[0])[:{"cues": 2, "stance_words": 3}.get(name, 1)]
    extra = (lambda row: ()) if name == "aliases" else (lambda row: (row.get("pos", ""), row.get("where", "")))
    keys = [tuple(row[k] for k in key) + extra(row) for row in rows]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1][:5]


def test_aliases_resolve_as_documented():
    lexicon = load_lexicon()
    assert lexicon.lookup("Pyongyang").canonical == "North Korea"
    assert lexicon.lookup("the Kremlin").canonical == "Russia"
    assert lexicon.lookup("Moscow").canonical == "Russia"
    pentagon = lexicon.lookup("the Pentagon")
    assert (pentagon.canonical, pentagon.kind) == ("U.S. Department of Defense", "organisation")
    assert pentagon.part_of == "United States"
    assert lexicon.lookup("North Korean").canonical == "North Korea"
    assert lexicon.lookup("NATO").kind == "organisation"
    assert lexicon.lookup("Europe").kind == "place"
    assert lexicon.lookup("UTC").kind == lexicon.lookup("COVID-19").kind == "thing"  # names that are no actors


def test_a_table_row_reads_stripped_with_missing_cells_empty_and_blank_lines_skipped(tmp_path):
    (tmp_path / "words.csv").write_text("word,label,note\n  urge , appeal\n\nwarn,warn,a threat\n", encoding="utf-8")
    assert read_table("words", tmp_path) == [
        {"word": "urge", "label": "appeal", "note": ""},
        {"word": "warn", "label": "warn", "note": "a threat"},
    ]


def test_a_table_row_with_more_cells_than_columns_is_an_error_naming_its_line(tmp_path):
    (tmp_path / "words.csv").write_text("word,label\nurge,appeal\nwarn,warn,extra\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"words\.csv, line 3: 3 cells, 2 columns"):
        read_table("words", tmp_path)
