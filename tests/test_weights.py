"""The weights: tables that add up evidence, read and written as documented, and what they decide."""
import dataclasses

import pytest

from newsactors.actors import resolve_actors
from newsactors.lexicons import load_lexicon
from newsactors.positions import cue_evidence, extract_positions, word_cue
from newsactors.weights import BIAS, THRESHOLD, Weights, read_weights, write_weights

# what each kind of evidence `cue_evidence` names starts with
EVIDENCE_KINDS = (
    "word=", "dep=", "tag=", "speaker=", "frame=", "word+frame=", "word+speaker=", "word+object=", "quote="
)
# and what `position_evidence` adds
POSITION_KINDS = EVIDENCE_KINDS + (
    "listed=", "holder=", "pronoun=", "holders=", "holder+", "content=", "content+", "cue+words=", "path=", "relative=",
    "mark=", "passive=", "governed=", "root=", "headline=", "question=", "sentence+", "before=", "after=", "word+",
    "head+dep=", "listed+", "speakerless",
)


def test_a_word_is_a_cue_when_its_evidence_adds_up_past_the_threshold():
    weights = Weights({"word=say/verb": 3.0, "speaker=none": -2.5}, bias=-1.0, threshold=0.0)
    assert weights.score(["word=say/verb", "unknown=evidence"]) == 2.0
    assert weights.accepts(["word=say/verb"])
    assert not weights.accepts(["word=say/verb", "speaker=none"])


def test_may_accept_adds_the_best_weight_of_each_kind_still_to_come():
    weights = Weights(
        {"word=say/verb": 1.0, "frame=clause": 2.0, "frame=none": -1.0, "word+frame=say/verb/clause": 0.5,
         "word+frame=tell/verb/clause": 9.0, "speaker=none": -3.0},
        bias=-4.0, threshold=0.0,
    )
    assert weights.best["frame="] == 2.0 and weights.best["word+frame=say/verb/"] == 0.5
    assert weights.best["speaker="] == 0.0  # a speaker the table does not know weighs nothing
    assert weights.may_accept(["word=say/verb"], ["frame=", "word+frame=say/verb/", "speaker="]) is False  # -0.5
    assert weights.may_accept(["word=say/verb"], ["frame=", "word+frame=tell/verb/"]) is True


def test_a_word_turned_down_before_its_evidence_is_gathered_could_never_be_accepted(nlp):
    """The shortcut of `may_be_cue` changes nothing: every word it turns down, its whole evidence
    turns down too, and it turns down most of the words it is asked about."""
    from newsactors.paths import DEFAULT_ARTICLE
    from newsactors.positions.evidence import may_be_cue

    lexicon = load_lexicon()
    extra = "\n\nThe mayor spoke about the plan. He made the case that it works."
    doc = nlp(DEFAULT_ARTICLE.read_text(encoding="utf-8") + extra)
    cues = [cue for token in doc if (cue := word_cue(token, lexicon)) is not None]
    turned_down = [cue for cue in cues if not may_be_cue(cue, lexicon)]
    assert len(turned_down) > len(cues) / 2
    assert not any(lexicon.cue_weights.accepts(cue_evidence(cue, lexicon)) for cue in turned_down)
    assert any(lexicon.cue_weights.accepts(cue_evidence(cue, lexicon)) for cue in cues if may_be_cue(cue, lexicon))


def test_the_table_reads_back_what_was_written(tmp_path):
    path = tmp_path / "cue_weights.csv"
    write_weights({"word=say/verb": 3.21, "frame=clause": 0.5, "dep=amod": 0.0}, bias=-1.5, threshold=-0.25, path=path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:4] == ["evidence,weight", f"{THRESHOLD},-0.250", f"{BIAS},-1.500", "word=say/verb,3.210"]
    assert "dep=amod" not in path.read_text(encoding="utf-8")  # a zero weight gets no row
    assert read_weights(path) == Weights({"word=say/verb": 3.21, "frame=clause": 0.5}, -1.5, -0.25)


def test_a_table_without_its_threshold_is_refused(tmp_path):
    path = tmp_path / "cue_weights.csv"
    path.write_text("evidence,weight\n(bias),-1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing rows \(threshold\)"):
        read_weights(path)


@pytest.mark.parametrize("table, kinds", [("cue_weights", EVIDENCE_KINDS), ("position_weights", POSITION_KINDS)])
def test_every_weighed_evidence_is_one_the_extractor_names(table, kinds):
    weights = getattr(load_lexicon(), table)
    assert weights.weights, f"{table}.csv holds no evidence"
    assert all(name.startswith(kinds) for name in weights.weights), (
        [n for n in weights.weights if not n.startswith(kinds)][:5]
    )


def test_the_evidence_of_a_word_names_its_use(nlp):
    doc = nlp("The senator said that the vote was rigged.")
    lexicon = load_lexicon()
    evidence = cue_evidence(word_cue(doc[2], lexicon), lexicon)
    assert {"word=say/verb", "frame=clause", "speaker=noun", "word+frame=say/verb/clause"} <= set(evidence)
    assert all(e.startswith(EVIDENCE_KINDS) for e in evidence)


def _positions(doc, position_weights):
    lexicon = dataclasses.replace(load_lexicon(), position_weights=position_weights)
    return [(p.speaker, p.cue) for p in extract_positions(doc, resolve_actors(doc), lexicon)]


def test_the_position_weights_decide_which_positions_stay(nlp):
    doc = nlp("Maria Lopez said that the vote was rigged. A memo showed that costs rose.")
    keep_all = Weights({}, 0.0, float("-inf"))
    assert _positions(doc, keep_all) == [("Maria Lopez", "said"), ("A memo", "showed")]
    # a memo is no actor: its positions hold the evidence holder=unresolved
    no_memos = Weights({"holder=unresolved": -5.0}, 0.0, -1.0)
    assert _positions(doc, no_memos) == [("Maria Lopez", "said")]


def test_acts_are_not_weighed(nlp):
    doc = nlp("Maria Lopez will meet the mayor on Monday.")
    assert _positions(doc, Weights({}, 0.0, float("inf"))) == [("Maria Lopez", "meet")]


def test_a_position_whose_phrase_names_an_actor_is_not_weighed(nlp):
    doc = nlp(
        "Sergey Lavrov downplayed the concerns raised by NATO. Despite initial denials from Moscow, troops moved."
    )
    reject_all = Weights({}, 0.0, float("inf"))
    assert [cue for _, cue in _positions(doc, reject_all)] == ["raised", "denials"]
    doc = nlp("The new plan has faced criticism from the start.")  # "the start" is no actor: weighed
    assert _positions(doc, reject_all) == []


def test_a_position_the_sentence_names_no_one_for_is_weighed_as_such(nlp):
    doc = nlp("Eleven states hold contests on March 1, seen as decisive.")
    assert _positions(doc, Weights({}, 0.0, float("-inf"))) == [("", "seen")]
    assert _positions(doc, Weights({"speakerless=True": -5.0}, 0.0, -1.0)) == []
