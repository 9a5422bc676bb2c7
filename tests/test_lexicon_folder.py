"""One lexicon, threaded through every step: a folder of one's own is used, and nothing else.

The test copies `data/lexicons/` to a temporary folder, adds a country, an agency, a title, a cue
verb and a number word that the project's tables do not have, and runs the whole flow on it: the
pipeline's components, actors, positions, stance and claims must all see the additions, and the
project's own lexicon none of them.
"""
import csv
import shutil

import pytest

import newsactors as na
from newsactors.docs import TITLE_SPANS
from newsactors.lexicons import load_lexicon
from newsactors.paths import LEXICON_DIR
from newsactors.pipeline import load_nlp
from newsactors.positions import listed_cue

SENTENCE = "Ruritanian Chief Widgeteer Anna Berg harrumphed that the Widget Bureau spent 4 lakh dollars on it."


def _append(folder, table, row):
    with open(folder / f"{table}.csv", "a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(row)


@pytest.fixture(scope="module")
def own_lexicon(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lexicon")
    shutil.copytree(LEXICON_DIR, folder, dirs_exist_ok=True)
    _append(folder, "countries", ["Ruritania", "Ruritanian", "Strelsau"])
    _append(folder, "aliases", ["Widget Bureau", "Ruritanian Widget Bureau", "ORG", "organisation", "Ruritania", ""])
    _append(folder, "titles", ["Chief Widgeteer", "office"])
    _append(folder, "cues", ["harrumph", "VERB", "condemn", "speech"])
    _append(folder, "number_scales", ["lakh", "100000"])
    return folder


def _analysis(lexicon_dir):
    nlp = load_nlp(lexicon_dir)
    doc = nlp(SENTENCE)
    return nlp, doc, na.analyse(doc, "test", lexicon=load_lexicon(lexicon_dir))


def test_every_step_uses_the_lexicon_it_is_given(own_lexicon):
    nlp, doc, analysis = _analysis(own_lexicon)
    # the model's attribute rules, run by newsactors_attribute_rules, take no lexicon, nor do the
    # paragraph starts (a blank line is layout, not language)
    lexicon_free = ("newsactors_attribute_rules", "newsactors_paragraphs")
    components = [name for name in nlp.pipe_names if name.startswith("newsactors") and name not in lexicon_free]
    assert len(components) == 3
    assert all(nlp.get_pipe_config(name)["lexicon_dir"] == str(own_lexicon) for name in components)
    assert "Ruritanian Widget Bureau" in {ent.ent_id_ for ent in doc.ents}  # the alias ruler
    assert "Chief Widgeteer" in [span.text for span in doc.spans[TITLE_SPANS]]  # the title finder
    person = analysis.actors.actors["Anna Berg"]  # actors: the title and the demonym
    assert (person.role, person.affiliation) == ("Ruritanian Chief Widgeteer", "Ruritania")
    assert analysis.actors.actors["Ruritanian Widget Bureau"].affiliation == "Ruritania"
    [position] = [p for p in analysis.positions if p.cue == "harrumphed"]  # positions and stance
    assert (position.speaker, position.stance, position.cameo) == ("Anna Berg", "condemn", "111")
    assert [c.value for c in analysis.claims] == ["400000"]  # claims


def test_the_projects_lexicon_has_none_of_it(own_lexicon):
    _, doc, analysis = _analysis(LEXICON_DIR)
    assert "Ruritanian Widget Bureau" not in {ent.ent_id_ for ent in doc.ents}
    assert "Chief Widgeteer" not in [span.text for span in doc.spans[TITLE_SPANS]]
    assert "harrumphed" not in [p.cue for p in analysis.positions if p.stance == "condemn"]
    assert [c.value for c in analysis.claims] == ["4"]


def test_a_cue_is_looked_up_by_lemma_and_part_of_speech(nlp):
    """`cues.csv` lists "talk" twice: the noun is a meeting (an act), the verb speech."""
    lexicon = load_lexicon()
    doc = nlp("Ukraine's talks with Russia collapsed on Monday. Officials talked about the plan.")
    noun, verb = (t for t in doc if t.lemma_ == "talk")
    assert (listed_cue(noun, lexicon).stance, listed_cue(noun, lexicon).kind) == ("meet", "act")
    assert (listed_cue(verb, lexicon).stance, listed_cue(verb, lexicon).kind) == ("state", "speech")
    positions = {p.cue: p for p in na.analyse(doc, "test").positions}
    talks = positions["talks"]
    assert (talks.speaker, talks.stance, talks.cameo) == ("Ukraine", "meet", "046")  # engage in negotiation


def test_an_act_of_meeting_needs_an_actor(nlp):
    """The noun "talks" is an act: with no one holding it, it is no position (as speech it was
    weighed like any statement)."""
    doc = nlp("The talks between the two delegations collapsed.")
    assert [p.cue for p in na.analyse(doc, "test").positions] == []
