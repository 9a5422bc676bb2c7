"""The scorers of `newsactors.evaluation`, on brat snippets written here, and the gold targets."""
from types import SimpleNamespace

import pytest

from newsactors import evaluation as ev
from newsactors.paths import SHARED_CORPORA

#          0         1         2         3         4         5
#          0123456789012345678901234567890123456789012345678901234567
TEXT = "Ann Lee said the vote was rigged. The mayor denied it, twice."
ANN = "\n".join(
    [
        "T1\tSource 0 7\tAnn Lee",
        "T2\tCue 8 12\tsaid",
        "T3\tContent 13 32\tthe vote was rigged",
        "T4\tAttribution 8 12\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tSource 34 43\tThe mayor",
        "T6\tCue 44 50\tdenied",
        "T7\tContent 51 53;55 60\tit twice",
        "T8\tAttribution 44 50\tdenied",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        "T9\tCue 0 3\tAnn",
        "E3\tAttribution-no-source:T9 Cue:T9",
        "#1\tAnnotatorNotes T1\ta note",
    ]
)


def position(cue, speaker=(-1, -1), content=(-1, -1)):
    return SimpleNamespace(
        cue_start=cue[0], cue_end=cue[1], speaker_start=speaker[0], speaker_end=speaker[1],
        content_start=content[0], content_end=content[1],
    )


def test_brat_events_become_attributions_with_discontinuous_spans_joined():
    gold = ev.parse_brat(ANN)
    assert len(gold) == 3
    assert gold[1].content == ev.chars((51, 53), (55, 60))
    assert gold[2].source == frozenset()


def test_half_overlap_needs_half_of_each_span():
    assert ev.half_overlap(ev.chars((0, 10)), ev.chars((0, 20)))
    assert not ev.half_overlap(ev.chars((0, 9)), ev.chars((0, 20)))
    assert not ev.half_overlap(frozenset(), ev.chars((0, 20)))


def test_scores_count_cue_speaker_and_content():
    gold = ev.parse_brat(ANN)
    predicted = ev.position_attributions(
        [
            position((8, 12), (0, 7), (13, 32)),  # right on all three
            position((44, 50), (30, 33), (51, 60)),  # right cue and content, wrong speaker
            position((20, 25), (0, 7), (26, 32)),  # no gold cue there
            position((-1, -1), (0, 7), (13, 32)),  # no cue: left out
        ]
    )
    counts = ev.score_attributions(predicted, gold)
    assert (counts.predicted, counts.gold, counts.matched) == (3, 3, 2)
    assert (counts.speaker_right, counts.content_right, counts.all_right) == (1, 2, 1)
    scores = counts.scores()
    assert scores["cue_precision"] == pytest.approx(2 / 3) and scores["cue_recall"] == pytest.approx(2 / 3)
    assert scores["full_f1"] == pytest.approx(1 / 3)


def test_coordinated_speakers_of_one_cue_are_one_attribution():
    # "Ann Lee and the mayor said ...": one position per speaker in the tables, one in PolNeAR
    predicted = ev.position_attributions([position((8, 12), (0, 3), (13, 32)), position((8, 12), (4, 7), (13, 32))])
    assert predicted == [ev.Attribution(ev.chars((8, 12)), ev.chars((0, 3), (4, 7)), ev.chars((13, 32)))]


def test_each_cue_is_matched_once_largest_overlap_first():
    gold = [ev.Attribution(ev.chars((10, 20)))]
    small, large = ev.Attribution(ev.chars((18, 25))), ev.Attribution(ev.chars((10, 16)))
    assert ev.match_by_cue([small, large], gold) == [(large, gold[0])]


def test_a_source_less_gold_wants_no_speaker():
    gold = ev.Attribution(ev.chars((0, 3)))
    assert ev.speaker_right(ev.Attribution(ev.chars((0, 3))), gold)
    assert not ev.speaker_right(ev.Attribution(ev.chars((0, 3)), ev.chars((5, 9))), gold)


def test_an_extractor_that_raised_counts_as_zero_predictions():
    counts = ev.score_attributions(None, ev.parse_brat(ANN))
    assert (counts.predicted, counts.matched, counts.failed_articles, counts.gold) == (0, 0, 1, 3)
    assert (counts + counts).failed_articles == 2


def test_textacy_baseline_is_scored_like_ours(nlp):
    text = "“The vote was rigged from the very start,” said Ann Lee."
    found = ev.textacy_attributions(nlp(text))
    assert len(found) == 1
    gold = [ev.Attribution(ev.chars((43, 47)), ev.chars((48, 55)), ev.chars((0, 42)))]
    counts = ev.score_attributions(found, gold)
    assert (counts.matched, counts.speaker_right, counts.content_right) == (1, 1, 1)


def test_textacy_raising_on_unbalanced_quotes_gives_none(nlp):
    assert ev.textacy_attributions(nlp("“The vote was rigged,” she said. “And more of it, he said.")) is None


@pytest.fixture
def small_corpus(tmp_path):
    """Article a annotated twice (the second annotator found only "said"), article b once."""
    for split in ("train", "dev"):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir(parents=True)
    for name in ("a", "b"):
        (tmp_path / "dev" / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "dev" / "attributions" / f"{name}_x1.ann").write_text(ANN, encoding="utf-8")
    second = "\n".join(ANN.splitlines()[:5])
    (tmp_path / "dev" / "attributions" / "a_z9.ann").write_text(second, encoding="utf-8")
    return tmp_path


def test_reading_a_small_corpus_takes_the_first_annotator(small_corpus):
    a, b = ev.read_polnear("dev", directory=small_corpus)
    assert (a.article_id, len(a.attributions), b.article_id) == ("a", 3, "b")
    assert list(ev.second_annotations("dev", directory=small_corpus)) == ["a"]


def test_agreement_scores_the_second_annotator_on_twice_annotated_articles_only(small_corpus):
    totals = ev.evaluate_agreement("dev", directory=small_corpus)
    people = totals["second annotator"]
    assert (people.articles, people.gold, people.predicted, people.matched, people.all_right) == (1, 3, 1, 1, 1)
    assert totals["newsactors"].articles == totals["textacy"].articles == 1
    assert totals["newsactors"].matched >= 2  # "said" and "denied"


def test_default_article_meets_the_gold_targets():
    positions, people = ev.score_default_gold()
    assert positions.speaker_right.all(), positions[~positions.speaker_right][["speaker", "cue"]].values.tolist()
    assert positions.stance_right.mean() >= 0.9
    assert people.role_right.all() and people.affiliation_right.all()


@pytest.mark.shared
@pytest.mark.slow
def test_polnear_dev_is_scored_for_both_extractors():
    if not (SHARED_CORPORA / "polnear").is_dir():
        pytest.skip("../shared/corpora/polnear is absent")
    totals = ev.evaluate_polnear("dev", limit=5)
    assert totals["newsactors"].articles == totals["textacy"].articles == 5
    assert totals["newsactors"].matched > totals["textacy"].matched
    assert ev.scores_table(totals).loc["gold attributions", "newsactors"] > 0
    agreement = ev.evaluate_agreement("dev")
    assert agreement["second annotator"].articles == agreement["newsactors"].articles > 0


@pytest.mark.shared
@pytest.mark.slow
def test_evaluate_command_on_the_first_articles_leaves_out_agreement(capsys):
    if not (SHARED_CORPORA / "polnear").is_dir():
        pytest.skip("../shared/corpora/polnear is absent")
    from newsactors.cli import main

    assert main(["evaluate", "--split", "dev", "--limit", "2"]) == 0
    printed = capsys.readouterr().out
    assert "PolNeAR dev, first 2 articles:" in printed and "annotated twice" not in printed


def test_exact_spans_are_compared_trimmed_of_spaces_and_punctuation():
    text = "“We will win,” Pat Lee and Ann Cho said on Monday."
    cue = ev.chars((text.index("said"), text.index("said") + 4))
    gold = ev.Attribution(cue, ev.chars((15, 34)), ev.chars((1, 12)))  # "Pat Lee and Ann Cho", "We will win"
    # coordinated speakers are one source span; the content keeps its comma, which is trimmed off
    predicted = ev.Attribution(cue, ev.chars((15, 22), (27, 34)), ev.chars((1, 13)))
    counts = ev.score_attributions([predicted], [gold], text)
    assert (counts.exact["source"].right, counts.exact["cue"].right, counts.exact["content"].right) == (1, 1, 1)
    scores = counts.exact_scores()
    assert scores["exact_source_f1"] == scores["exact_cue_f1"] == scores["exact_content_f1"] == 1.0
    # a content one word short is no exact match, though it overlaps by more than half
    short = ev.Attribution(cue, ev.chars((15, 34)), ev.chars((1, 8)))
    counts = ev.score_attributions([short], [gold], text)
    assert (counts.exact["source"].right, counts.exact["content"].right, counts.exact["content"].gold) == (1, 0, 1)
    assert counts.content_right == 1 and counts.matched == 1


def test_exact_content_leaves_out_the_cue_and_source_inside_it():
    text = "“We will win,” she said, “and soon.”"
    said = ev.chars((text.index("said"), text.index("said") + 4))
    she = ev.chars((text.index("she"), text.index("she") + 3))
    gold = ev.Attribution(said, she, ev.chars((1, 12), (26, 35)))  # PolNeAR's two fragments
    predicted = ev.Attribution(said, she, ev.chars((1, 35)))  # one span running across the cue
    assert ev.score_attributions([predicted], [gold], text).exact["content"].right == 1


def _random_sample(name):
    import csv

    from newsactors.paths import DATA_DIR

    with open(DATA_DIR / "gold" / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_random_sample_holds_labels_and_short_anchors_only():
    """`data/gold/wikinews-random-positions.csv` (read by `scripts/random_sample.py`): each row names
    its article by title and URL and its cue by a few words, never more of the article's text."""
    rows = _random_sample("wikinews-random-positions.csv")
    assert len(rows) == 120
    _labels_and_short_anchors_only(rows)


def test_the_second_random_draw_holds_other_rows_labelled_the_same_way():
    """`data/gold/wikinews-random-positions-2.csv`, the second draw: 150 rows, none of the first's."""
    rows = _random_sample("wikinews-random-positions-2.csv")
    assert len(rows) == 150
    _labels_and_short_anchors_only(rows)
    first = {(row["title"], row["anchor"]) for row in _random_sample("wikinews-random-positions.csv")}
    assert not first & {(row["title"], row["anchor"]) for row in rows}


def test_the_third_random_draw_holds_other_rows_labelled_the_same_way():
    """`data/gold/wikinews-random-positions-3.csv`, the third draw: 150 rows, none of the earlier
    draws' (no anchor of theirs lies inside or around one of its own)."""
    rows = _random_sample("wikinews-random-positions-3.csv")
    assert len(rows) == 150
    _labels_and_short_anchors_only(rows)
    earlier = [
        (row["title"], row["anchor"])
        for name in ("wikinews-random-positions.csv", "wikinews-random-positions-2.csv")
        for row in _random_sample(name)
    ]
    for row in rows:
        assert not any(
            title == row["title"] and (anchor in row["anchor"] or row["anchor"] in anchor) for title, anchor in earlier
        ), row


def test_the_state_audit_holds_state_positions_labelled_the_same_way():
    """`data/gold/wikinews-state-audit.csv`: 200 positions a batch gave a plain "state", read by
    hand with no target, none of them a draw's."""
    rows = _random_sample("wikinews-state-audit.csv")
    assert len(rows) == 200
    _labels_and_short_anchors_only([{**row, "target": ""} for row in rows])
    draws = ("wikinews-random-positions.csv", "wikinews-random-positions-2.csv", "wikinews-random-positions-3.csv")
    drawn = [(row["title"], row["anchor"]) for name in draws for row in _random_sample(name)]
    for row in rows:
        assert not any(title == row["title"] and (anchor in row["anchor"] or row["anchor"] in anchor)
                       for title, anchor in drawn), row


def _labels_and_short_anchors_only(rows):
    from newsactors.lexicons import load_lexicon

    labels = set(load_lexicon().stance_labels)
    for row in rows:
        assert row["url"].startswith("https://en.wikinews.org/") and row["title"]
        assert 3 <= len(row["anchor"].split()) <= 8 and row["cue"].strip() in row["anchor"]
        assert row["is_position"] in ("yes", "no", "unsure")
        assert (row["label"] in labels) == (row["is_position"] != "no"), row
        # target keys are names, a few words each, and no position has none
        keys = [key for actor in row["target"].split(" ; ") for key in actor.split("|") if row["target"]]
        assert all(0 < len(key.split()) <= 8 for key in keys), row
        assert not keys or row["is_position"] != "no", row
