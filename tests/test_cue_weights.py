"""The cue weights: a table that adds up evidence, read and written as documented."""
import pytest

from newsactors.cue_weights import BIAS, THRESHOLD, CueWeights, read_cue_weights, write_cue_weights
from newsactors.lexicons import load_lexicon
from newsactors.positions import cue_evidence, word_cue

# what each kind of evidence `cue_evidence` names starts with
EVIDENCE_KINDS = ("word=", "dep=", "tag=", "speaker=", "frame=", "word+frame=", "word+speaker=", "word+object=", "quote=")


def test_a_word_is_a_cue_when_its_evidence_adds_up_past_the_threshold():
    weights = CueWeights({"word=say/verb": 3.0, "speaker=none": -2.5}, bias=-1.0, threshold=0.0)
    assert weights.score(["word=say/verb", "unknown=evidence"]) == 2.0
    assert weights.accepts(["word=say/verb"])
    assert not weights.accepts(["word=say/verb", "speaker=none"])


def test_the_table_reads_back_what_was_written(tmp_path):
    path = tmp_path / "cue_weights.csv"
    write_cue_weights({"word=say/verb": 3.21, "frame=clause": 0.5, "dep=amod": 0.0}, bias=-1.5, threshold=-0.25, path=path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:4] == ["evidence,weight", f"{THRESHOLD},-0.250", f"{BIAS},-1.500", "word=say/verb,3.210"]
    assert "dep=amod" not in path.read_text(encoding="utf-8")  # a zero weight gets no row
    assert read_cue_weights(path) == CueWeights({"word=say/verb": 3.21, "frame=clause": 0.5}, -1.5, -0.25)


def test_a_table_without_its_threshold_is_refused(tmp_path):
    path = tmp_path / "cue_weights.csv"
    path.write_text("evidence,weight\n(bias),-1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing rows \(threshold\)"):
        read_cue_weights(path)


def test_every_weighed_evidence_is_one_the_extractor_names():
    weights = load_lexicon().cue_weights
    assert weights.weights, "cue_weights.csv holds no evidence"
    assert all(name.startswith(EVIDENCE_KINDS) for name in weights.weights), [
        n for n in weights.weights if not n.startswith(EVIDENCE_KINDS)
    ][:5]


def test_the_evidence_of_a_word_names_its_use(nlp):
    doc = nlp("The senator said that the vote was rigged.")
    lexicon = load_lexicon()
    evidence = cue_evidence(word_cue(doc[2], lexicon), lexicon)
    assert {"word=say/verb", "frame=clause", "speaker=noun", "word+frame=say/verb/clause"} <= set(evidence)
    assert all(e.startswith(EVIDENCE_KINDS) for e in evidence)
