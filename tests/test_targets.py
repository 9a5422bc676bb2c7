"""Target actors (`newsactors.targets`): whom a position is directed at, on short texts written
for the test."""
import pytest


def target_of(analysis, cue):
    rows = [p for p in analysis.positions if p.cue == cue]
    assert rows, [(p.cue, p.speaker) for p in analysis.positions]
    return rows[0].target_actor


@pytest.mark.parametrize(
    "text, cue, target",
    [
        # what a name's own modifier names is the name's affiliation, not the target
        ("Nancy Pelosi announced that she would open an inquiry into the conduct of "
         "United States President Donald Trump.", "announced", "Donald Trump"),
        # a pronoun of what is said that is not the speaker is whom it is about
        ("Anne Sacoolas left Britain in August. Police revealed on Saturday that she had left the country.",
         "revealed", "Anne Sacoolas"),
    ],
)
def test_the_target_is_the_actor_the_content_names(analyse_text, text, cue, target):
    assert target_of(analyse_text(text), cue) == target


@pytest.mark.parametrize(
    "text, cue, target",
    [
        # the object of an act's purpose or manner clause, when the act itself names no actor
        ("Solicitor General Jose Reyes filed a petition on Monday, accusing Reuters of bias.", "filed", "Reuters"),
    ],
)
def test_an_act_is_aimed_at_whom_its_clauses_name(analyse_text, text, cue, target):
    assert target_of(analyse_text(text), cue) == target


def test_the_request_is_aimed_at_whoever_made_it(analyse_text):
    a = analyse_text(
        "Chief Constable Nick Adderley wrote to the embassy on Monday, asking it to waive her immunity. "
        "The embassy declined the request on Tuesday."
    )
    assert target_of(a, "declined") == "Nick Adderley"


def test_the_sides_of_an_interview_are_no_targets(analyse_text):
    text = (
        "Wikinews interviewed the chess player Dorsa Derakhshani.\n\n"
        "((WN)) Tell me about the time you got the title.\n\n"
        "((Dorsa Derakhshani)) It was in 2016."
    )
    assert [p.target_actor for p in analyse_text(text).positions if p.cue == "Tell"] in ([], [""])
