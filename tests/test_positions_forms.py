"""Each attribution form the extractor covers, on short sentences written for the test."""
import pytest


def positions(analyse_text, text):
    return analyse_text(text).positions


def only(analyse_text, text, cue):
    found = [p for p in positions(analyse_text, text) if p.cue == cue]
    assert len(found) == 1, [(p.speaker, p.cue) for p in positions(analyse_text, text)]
    return found[0]


def content_of(text, position):
    return text[position.content_start : position.content_end]


# --- direct quotes in every layout ---------------------------------------------------------------

def test_quote_first_then_cue(analyse_text):
    text = "“We will not back down from this fight,” said Maria Lopez."
    p = only(analyse_text, text, "said")
    assert (p.speaker, p.quote_type) == ("Maria Lopez", "direct")
    assert content_of(text, p) == "We will not back down from this fight"


def test_a_long_quotation_before_its_cue_is_no_speaker(analyse_text):
    # the parser takes the quotation's first words for the verb's subject and the name for its object
    text = ("“The only conclusion I can reach after reading that devastating call summary is that the "
            "staff want him to resign,” tweeted former thinktank executive Ken Gude.")
    assert only(analyse_text, text, "tweeted").speaker == "Ken Gude"


def test_cue_then_quote(analyse_text):
    text = "Maria Lopez said, “We will not back down from this fight.”"
    p = only(analyse_text, text, "said")
    assert p.speaker == "Maria Lopez" and content_of(text, p).startswith("We will not back down")


def test_quote_split_around_the_cue(analyse_text):
    text = "“We will not back down,” Maria Lopez said, “and we will win the vote next week.”"
    p = only(analyse_text, text, "said")
    assert p.speaker == "Maria Lopez"
    assert content_of(text, p).startswith("We will not back down") and content_of(text, p).endswith("next week")


def test_quote_after_a_name_and_a_colon(analyse_text):
    text = "Maria Lopez: “The plan will fail and everyone knows it.”"
    p = only(analyse_text, text, ":")
    assert p.speaker == "Maria Lopez" and "The plan will fail" in p.content


def test_a_credit_line_after_a_colon_is_no_statement(analyse_text):
    """A photograph's caption and credit ("Susan Rice Image: White House.") are no statement:
    what a colon introduces ends with its line, however the parser ran the sentence on."""
    text = (
        "Four women are on the list.\n\n\nSusan Rice Image: White House.\n\n\n"
        "Val Demings Image: U.S. Congress.\n\n\nThe list will be cut next week."
    )
    assert ":" not in analyse_text(text).tables()["positions"]["cue"].tolist()


def test_quote_after_a_cue_and_a_colon(analyse_text):
    text = "Maria Lopez told reporters: “The plan will fail and everyone knows it.”"
    p = only(analyse_text, text, "told")
    assert p.speaker == "Maria Lopez" and content_of(text, p).startswith("The plan will fail")


def test_quote_in_next_sentence_carries_on_the_last_speaker(analyse_text):
    text = "“The budget is a disgrace,” Maria Lopez said. “It cuts the schools and the hospitals.”"
    p = only(analyse_text, text, "said")
    assert p.speaker == "Maria Lopez"
    assert content_of(text, p).endswith("the hospitals")  # the second quotation extends the first


def test_quote_in_next_sentence_after_a_long_description_of_the_speaker(analyse_text):
    text = (
        "“The budget is a disgrace,” said Maria Lopez, a retired teacher who has lived in the town for forty years. "
        "“It cuts the schools and the hospitals.”"
    )
    p = only(analyse_text, text, "said")
    assert content_of(text, p).endswith("the hospitals")
    assert all(q.cue for q in positions(analyse_text, text))  # not a second position without a cue


def test_a_title_quoted_in_the_writers_sentence_is_carried_on_by_no_one(analyse_text):
    text = (
        "Maria Lopez said the festival would grow. "
        'Panels on Saturday included "The History of Anime in the West" and "Costume Building for Beginners".'
    )
    assert [p.cue for p in positions(analyse_text, text)] == ["said"]


def test_lets_say_sets_up_an_example_and_holds_no_position(analyse_text):
    text = "Maria Lopez explained the rule. Let's say I bought the software on a DVD and gave the DVD to a friend."
    assert "say" not in [p.cue for p in positions(analyse_text, text)]


def test_transcript_turn_labels_are_no_speakers(analyse_text):
    text = "Q: Do you think the budget will pass?\n\nA: I think it will pass, but the schools will suffer."
    speakers = {p.speaker for p in positions(analyse_text, text)}
    assert "I" in speakers and not speakers & {"Q", "A"}, speakers  # "you" in a question is the weights' call


def test_transcript_turn_opening_a_quotation_names_its_speaker(analyse_text):
    text = (
        "The exchange went as follows.\n\n\"LOPEZ: Well, the plan will fail and everyone in this town knows it.\"\n\n"
    )
    p = only(analyse_text, text, ":")
    assert p.speaker == "LOPEZ" and p.content.startswith("Well, the plan will fail")


@pytest.mark.parametrize("dash", ["―", "—", "--"])
def test_quotation_signed_with_a_dash(analyse_text, dash):
    text = (
        f"“The plan will fail and everyone in this town knows it.” {dash} Maria Lopez\n"
        f"“We will win.” {dash} Tom Reyes\n"
    )
    found = [(p.speaker, p.content) for p in positions(analyse_text, text) if p.cue == dash]
    assert found == [
        ("Maria Lopez", "The plan will fail and everyone in this town knows it"), ("Tom Reyes", "We will win")
    ]


def test_dash_inside_a_sentence_signs_nothing(analyse_text):
    text = "“The plan,” she wrote — Maria Lopez disagreed — “will fail.”"
    assert "—" not in [p.cue for p in positions(analyse_text, text)]


def test_cue_inside_a_quote_is_part_of_the_quote(analyse_text):
    text = "“I think the plan will fail,” Maria Lopez said."
    assert [p.cue for p in positions(analyse_text, text)] == ["said"]


def test_doubled_apostrophes_are_quotation_marks(analyse_text):
    text = "''We are in the business of winning elections,'' Maria Lopez said."
    p = only(analyse_text, text, "said")
    assert content_of(text, p) == "We are in the business of winning elections"


# --- indirect speech and other cues -------------------------------------------------------------

def test_indirect_speech(analyse_text):
    text = "Maria Lopez said that the budget would cut funding for schools."
    p = only(analyse_text, text, "said")
    assert p.speaker == "Maria Lopez" and p.quote_type == "indirect"
    assert "the budget would cut funding for schools" in content_of(text, p)


def test_according_to(analyse_text):
    text = "The army moved two brigades to the border, according to Maria Lopez."
    p = only(analyse_text, text, "according to")
    assert p.speaker == "Maria Lopez" and content_of(text, p).startswith("The army moved")


def test_according_to_a_document_is_a_source_too(analyse_text):
    text = "The agency deleted a dozen emails, according to a memo released on Friday."
    p = only(analyse_text, text, "according to")
    assert p.speaker_text.startswith("a memo")


def test_parenthetical_cue_takes_the_rest_of_the_sentence(analyse_text):
    text = "The senator is losing support, analysts say, but he can still win the primary."
    p = only(analyse_text, text, "say")
    assert "losing support" in content_of(text, p) and "still win" in content_of(text, p)


def test_noun_cue_with_a_source(analyse_text):
    text = "Despite denials from Moscow, the troops crossed the border."
    p = only(analyse_text, text, "denials")
    assert (p.speaker, p.stance) == ("Russia", "deny")


def test_statement_said(analyse_text):
    text = "A statement from the Pentagon said the troops would stay in Poland."
    p = only(analyse_text, text, "said")
    assert p.speaker_text.startswith("A statement")


def test_passive_with_agent(analyse_text):
    text = "The attack was condemned by the United Nations on Monday."
    p = only(analyse_text, text, "condemned")
    assert (p.speaker, p.stance) == ("United Nations", "condemn")


def test_passive_subject_is_what_the_agent_holds_a_position_on(analyse_text):
    p = only(analyse_text, "The report was dismissed by the minister on Monday.", "dismissed")
    assert (p.speaker_text, p.content) == ("the minister", "The report")


def test_passive_without_agent_names_no_speaker(analyse_text):
    text = "The attack was condemned on Monday."
    p = only(analyse_text, text, "condemned")
    assert (p.speaker, p.speaker_start, p.stance) == ("", -1, "condemn")


def test_a_participle_coordinated_with_a_passive_shares_it(analyse_text):
    # what befalls the subject is no act of its: "banned" is as passive as "arrested"
    text = "Viktor Barko, who was arrested and banned from the election, denied the charges."
    assert [(p.cue, p.speaker) for p in positions(analyse_text, text)] == [("denied", "Viktor Barko")]
    p = only(analyse_text, "The bill was passed and signed by the president on Friday.", "signed")
    assert (p.speaker_text, p.content) == ("the president", "The bill")


def test_a_gerund_taken_for_a_subject_speaks_for_no_one(analyse_text):
    text = (
        "On Thursday the council also questioned the plan, this time not only implying a vote would be required, "
        "but also recommending to keep the building a library."
    )
    assert "implying" not in only(analyse_text, text, "recommending").speaker_text


def test_a_verb_hung_on_its_subject_after_an_appositive_is_that_subjects(analyse_text):
    # the parser reads each verb as a participle describing the noun before it (or after it)
    text = "The port's harbour master, Omar al-Rashid, announced on Twitter on Monday there were two ships in distress."
    p = only(analyse_text, text, "announced")
    assert p.speaker == "Omar al-Rashid" and "there were two ships in distress" in content_of(text, p)
    text = "The delay followed after Mary Keller, a federal district judge, ordered last month that ballots be counted."
    assert only(analyse_text, text, "ordered").speaker == "Mary Keller"
    text = (
        "Lena Petrova, a UN special envoy for the Office of the High Commissioner for Refugees who had visited "
        "the camps, cautioned help does not come quickly."
    )
    p = only(analyse_text, text, "cautioned")
    assert (p.speaker, p.stance, content_of(text, p)) == ("Lena Petrova", "warn", "help does not come quickly")
    # ... or on the last noun of a phrase set off by commas after the subject
    text = "The Transport Ministry has, in a statement, called on drivers to slow down near schools."
    assert only(analyse_text, text, "called on").speaker == "Transport Ministry"
    text = "Senator Lee, echoing the governor, called on residents not to travel during the storm."
    echoing, called = only(analyse_text, text, "echoing"), only(analyse_text, text, "called on")
    assert content_of(text, echoing) == "the governor" and (called.speaker, called.target) == ("Lee", "residents")


def test_a_participle_describing_its_noun_has_no_subject(analyse_text):
    text = "The gunman, identified as John Parker, 31, was arrested on Sunday."
    assert only(analyse_text, text, "identified").speaker == ""


def test_a_participle_sharing_a_passive_with_no_subject_is_read(analyse_text):
    text = "Having been arrested and charged by police, he denied the allegations."
    assert only(analyse_text, text, "charged").speaker_text == "police"


def test_a_passive_with_a_clause_for_its_subject_keeps_its_unnamed_speaker(analyse_text):
    text = "The bridge was to reopen on Monday morning, but returning to normal traffic was expected to take longer."
    assert only(analyse_text, text, "expected").speaker == ""


def test_the_time_of_saying_is_not_what_is_said(analyse_text):
    text = "The minister said Friday he may call an early election."
    assert content_of(text, only(analyse_text, text, "said")) == "he may call an early election"
    text = "Police said on Monday, they believe the theft involved a group of thieves."
    assert content_of(text, only(analyse_text, text, "said")) == "they believe the theft involved a group of thieves"
    # a time that is what is announced, or owns a noun, stays
    text = "The ministry announced three days of mourning for the victims."
    assert content_of(text, only(analyse_text, text, "announced")).startswith("three days of mourning")
    text = "The agency reported Monday's attack was the deadliest in years."
    assert content_of(text, only(analyse_text, text, "reported")).startswith("Monday's attack")


def test_agentless_passive_takes_the_whole_clause_as_content(analyse_text):
    text = "The new budget is expected to pass the senate next week."
    p = only(analyse_text, text, "expected")
    assert p.speaker == "" and content_of(text, p) == "The new budget is expected to pass the senate next week"


def test_question_participle_is_put_by_an_unnamed_asker(analyse_text):
    text = "Asked about the new budget, Maria Lopez said she would vote against it."
    asked = only(analyse_text, text, "Asked")
    assert asked.speaker == "" and content_of(text, asked) == "the new budget"
    assert only(analyse_text, text, "said").speaker == "Maria Lopez"


@pytest.mark.parametrize(
    "text, asker",
    [
        ("Asked by a reporter about the new budget, Maria Lopez said she would vote against it.", "a reporter"),
        ("Asked what the new budget means, Maria Lopez said she would vote against it.", ""),  # tagged a past tense
    ],
)
def test_question_participle_with_or_without_its_asker(analyse_text, text, asker):
    assert only(analyse_text, text, "Asked").speaker == asker
    assert only(analyse_text, text, "said").speaker == "Maria Lopez"


def test_position_reported_inside_another_is_part_of_it(analyse_text):
    text = "Maria Lopez said that voters believe the economy is weak."
    assert [p.cue for p in positions(analyse_text, text)] == ["said"]


def test_second_cue_verb_hung_inside_the_first_ones_clause_keeps_its_speaker(analyse_text):
    text = "Maria Lopez said the new taxes would hurt families and warned that the party would lose."
    found = [(p.cue, p.speaker) for p in positions(analyse_text, text)]
    assert found == [("said", "Maria Lopez"), ("warned", "Maria Lopez")], found


def test_an_act_of_a_named_actor_is_its_own_position_inside_a_report(analyse_text):
    a = analyse_text(
        "The Federal Aviation Office of Germany has suspended the permit of Mahan Air, German officials said."
    )
    assert {(p.speaker, p.cue) for p in a.positions} == {
        ("Federal Aviation Office of Germany", "suspended"), ("German officials", "said")
    }
    # ... but not one a quotation tells: the quoted words are the speaker's
    a = analyse_text('"Germany banned the airline," said Minister Jan Nowak.')
    assert [p.cue for p in a.positions] == ["said"]


@pytest.mark.parametrize(
    "text, said, second",
    [
        # the tenses agree, but a clause of "there" or of a thing cannot urge or warn: the speaker does
        ("Michael Flynn said there was a lack of transparency and urged the crowd to ask questions.",
         "there was a lack of transparency", ("urged", "Michael Flynn")),
        ("Maria Lopez said the plan was fair and warned that the protests would fail.", "the plan was fair",
         ("warned", "Maria Lopez")),
    ],
)
def test_a_second_cue_verb_after_a_clause_that_cannot_speak_is_the_speakers(analyse_text, text, said, second):
    found = positions(analyse_text, text)
    assert [(p.cue, p.speaker) for p in found] == [("said", found[0].speaker), second]
    assert found[0].speaker == second[1] and found[0].content == said  # what was said stops before the second cue


def test_verbs_coordinated_inside_a_report_stay_part_of_it(analyse_text):
    text = "Maria Lopez said voters want change and demand action."
    assert [p.cue for p in positions(analyse_text, text)] == ["said"]


def test_someone_described_inside_a_report_is_part_of_it(analyse_text):
    text = "The new poll showed that many voters who said they backed Maria Lopez now back her rival."
    assert [p.cue for p in positions(analyse_text, text)] == ["showed"]


def test_who_holds_what_a_position_is_about_stays_its_own(analyse_text):
    text = "Maria Lopez dismissed the concerns voiced by the union."
    assert [(p.cue, p.speaker) for p in positions(analyse_text, text)] == [
        ("dismissed", "Maria Lopez"), ("voiced", "the union")
    ]


def test_a_clause_describing_what_a_position_is_about_is_part_of_it(analyse_text):
    text = "Maria Lopez criticized the letter in which the mayor warned that taxes would rise."
    assert [p.cue for p in positions(analyse_text, text)] == ["criticized"]


def test_what_a_named_actor_did_to_what_a_position_is_about_stays_its_own(analyse_text):
    # a relative clause whose pronoun is what the actor acts on is that actor's, an aside
    a = analyse_text(
        "To resolve differences, they invited the countries to open dialogue, with the exception of Cyprus, "
        "which Turkey does not recognize."
    )
    found = {p.cue: (p.speaker, p.stance, p.target_actor) for p in a.positions}
    assert found["recognize"] == ("Turkey", "reject", "Cyprus"), found
    a = analyse_text(
        "The Department of Defense justified the strike, which was approved by President Donald Trump."
    )
    assert {(p.speaker, p.cue) for p in a.positions} == {
        ("Department of Defense", "justified"), ("Donald Trump", "approved")
    }


@pytest.mark.parametrize("verb", ["rank", "said they rank"])
def test_source_named_by_a_preposition(analyse_text, verb):
    text = f"In a new survey, most voters {verb} the economy first."
    p = only(analyse_text, text, "In")
    assert p.speaker_text.endswith("survey") and f"most voters {verb} the economy first" in p.content


def test_where_a_cue_was_spoken_is_no_source(analyse_text):
    text = "Maria Lopez said in a new survey that most voters rank the economy first."
    assert [p.cue for p in positions(analyse_text, text)] == ["said"]


@pytest.mark.parametrize(
    "sentence, cue, stance",
    [
        ("Maria Lopez believes that the vote was rigged.", "believes", "accuse"),  # what she believes accuses
        ("Maria Lopez believes that the vote was fair.", "believes", "state"),
        ("Maria Lopez denied that she had met the donors.", "denied", "deny"),
        ("Maria Lopez dismissed the report as fake news.", "dismissed", "deny"),
        ("Maria Lopez dismissed the proposal.", "dismissed", "reject"),
        ("Maria Lopez downplayed the risk of a recession.", "downplayed", "downplay"),
        ("Maria Lopez insisted that the law was fair.", "insisted", "state"),
        ("Maria Lopez revealed that the company had lost money.", "revealed", "confirm"),
        ("Maria Lopez blamed the governor for the delays.", "blamed", "accuse"),
        ("Maria Lopez cited a study on wages.", "cited", "state"),
        ("Maria Lopez announced plans to close the factory.", "announced", "prepare"),  # a plan of action
        ("Maria Lopez announced the conversion of the museum into a school.", "announced", "prepare"),
        ("Maria Lopez hopes to use the election as a platform.", "hopes", "prepare"),  # an aim of her own
        ("Maria Lopez hopes that the vote will be fair.", "hopes", "state"),  # a wish, no plan
    ],
)
def test_cues_beyond_speech(analyse_text, sentence, cue, stance):
    p = only(analyse_text, sentence, cue)
    assert (p.speaker, p.stance) == ("Maria Lopez", stance)


def test_refrained_from_denying_is_a_tacit_confirmation(analyse_text):
    p = only(analyse_text, "Maria Lopez refrained from denying the report.", "refrained from denying")
    assert (p.speaker, p.stance, p.negated) == ("Maria Lopez", "confirm", True)


def test_did_not_deny(analyse_text):
    p = only(analyse_text, "Maria Lopez did not deny the report.", "deny")
    assert (p.stance, p.negated) == ("confirm", True)


def test_modality_is_recorded(analyse_text):
    p = only(analyse_text, "Maria Lopez may declare a state of emergency.", "declare")
    assert p.modality == "possible"


def test_an_act_under_an_obligation_is_a_rule_not_a_position(analyse_text):
    a = analyse_text(
        "For the budget to pass, it must be approved by the Senate. Two-thirds of senators must vote to convict."
    )
    assert [p.cue for p in a.positions] == []
    # so is what it takes to act
    a = analyse_text("A simple majority of the House of Representatives is needed to impeach an official.")
    assert [p.cue for p in a.positions] == []
    # what one must say is still said
    a = analyse_text("The minister said the army must withdraw.")
    assert [p.cue for p in a.positions] == ["said"]


def test_target_is_what_the_position_is_about(analyse_text):
    p = only(analyse_text, "Maria Lopez condemned the new tariffs on steel.", "condemned")
    assert p.target == "the new tariffs on steel"


def test_coordinated_speakers_get_one_position_each(analyse_text):
    text = "Maria Lopez and John Carter said the talks had failed."
    found = [p.speaker for p in positions(analyse_text, text) if p.cue == "said"]
    assert found == ["Maria Lopez", "John Carter"]


# --- who the speaker is --------------------------------------------------------------------------

def test_pronoun_speaker_is_the_person_named_before(analyse_text):
    text = "Maria Lopez arrived in Madrid on Monday. She said the talks had failed."
    assert only(analyse_text, text, "said").speaker == "Maria Lopez"


@pytest.mark.parametrize(
    "name, state",
    [("Moscow", "Russia"), ("The Kremlin", "Russia"), ("Pyongyang", "North Korea"), ("Athens", "Greece")],
)
def test_metonymy(analyse_text, name, state):
    assert only(analyse_text, f"{name} said the report was false.", "said").speaker == state


def test_the_pentagon_is_part_of_the_united_states(analyse_text):
    p = only(analyse_text, "The Pentagon said the report was false.", "said")
    assert (p.speaker, p.speaker_affiliation) == ("U.S. Department of Defense", "United States")


def test_role_from_an_appositive(analyse_text):
    p = only(analyse_text, "Jane Doe, a Labour MP, said the bill was unfair.", "said")
    assert (p.speaker, p.speaker_role) == ("Jane Doe", "Labour MP")


def test_role_and_affiliation_from_a_title(analyse_text):
    p = only(analyse_text, "Former U.S. Ambassador Nikki Haley said the deal was weak.", "said")
    assert (p.speaker, p.speaker_role, p.speaker_affiliation) == (
        "Nikki Haley", "Former U.S. Ambassador", "United States"
    )


def test_role_and_affiliation_from_a_long_title(analyse_text):
    text = "Former U.S. Ambassador to the United Nations Nikki Haley said the deal was weak."
    p = only(analyse_text, text, "said")
    assert p.speaker == "Nikki Haley"
    assert "Ambassador" in p.speaker_role and p.speaker_affiliation == "United States"


def test_affiliation_from_a_demonym(analyse_text):
    p = only(analyse_text, "Russian Foreign Minister Sergey Lavrov said the report was false.", "said")
    assert (p.speaker, p.speaker_affiliation) == ("Sergey Lavrov", "Russia")


def test_spelling_variants_are_one_speaker(analyse_text):
    text = "Sergey Lavrov arrived in Ankara. Sergei Lavrov said the talks had failed."
    assert only(analyse_text, text, "said").speaker == "Sergey Lavrov"


# --- positions whose holder the sentence leaves unnamed, and more cue forms ---------------------

def test_adjective_predicate_is_a_cue(analyse_text):
    text = "Maria Lopez is wary of the new trade deal."
    p = only(analyse_text, text, "wary")
    assert (p.speaker, p.stance) == ("Maria Lopez", "concern") and content_of(text, p) == "the new trade deal"


def test_clause_running_on_past_a_partial_quote_is_the_content(analyse_text):
    text = "Maria Lopez said “it makes me angry” every time she reads the budget."
    p = only(analyse_text, text, "said")
    assert content_of(text, p).endswith("every time she reads the budget")


def test_a_quote_another_cue_introduces_is_not_the_first_cues(analyse_text):
    # the parser may hang the closing mark on the sentence's main verb; the words are the second cue's
    text = 'The senator endorsed Cruz last week, saying he "has consistently demonstrated his deep commitment."'
    assert content_of(text, only(analyse_text, text, "endorsed")) == "Cruz"


def test_what_someone_else_is_let_know_is_no_position_of_theirs(analyse_text):
    assert [p.cue for p in positions(analyse_text, "The mayor let them know that the road was closed.")] == []
    assert [p.cue for p in positions(analyse_text, "Let me tell you the facts about the road.")] == ["tell"]


def test_content_ending_inside_a_quote_runs_to_its_closing_mark(analyse_text):
    text = "According to Maria Lopez, “the budget is a disgrace. It cuts the schools.”"
    p = only(analyse_text, text, "According to")
    assert content_of(text, p).endswith("It cuts the schools")


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        pytest.param(
            "The new budget plan seems to favour the largest cities.",
            "seems", "", "The new budget plan seems to favour the largest cities",
            id="impression: the writer's, about its subject",
        ),
        pytest.param(
            "Maria Lopez chose not to believe the official figures.",
            "believe", "Maria Lopez", None,
            id="infinitive: the subject of the verb it hangs from",
        ),
        pytest.param(
            "Young voters are more likely to say that the economy is weak.",
            "say", "young voters", "that the economy is weak",
            id="infinitive after an adjective: its subject",
        ),
        pytest.param(
            "Maria Lopez came on the radio show to talk about the new budget.",
            "talk", "Maria Lopez", None,
            id="infinitive of purpose: the subject",
        ),
        pytest.param(
            "Maria Lopez posted a long message on Monday, saying that the vote had been rigged.",
            "saying", "Maria Lopez", "that the vote had been rigged",
            id="participle beside a position: one of its own",
        ),
        pytest.param(
            "The budget which Maria Lopez criticized was passed on Monday.",
            "criticized", "Maria Lopez", "which",
            id="relative pronoun: the content of its clause",
        ),
        pytest.param(
            "Maria Lopez continued:\n\n“The plan will fail and everyone in this town knows it.”",
            "continued", None, "The plan will fail and everyone in this town knows it",
            id="cue ending a paragraph with a colon: the next paragraph",
        ),
        pytest.param(
            "Poll: Lopez leads the mayoral race by ten points.\n\nThe poll was taken on Monday.",
            ":", "Poll", "Lopez leads the mayoral race by ten points",
            id="headline name before a colon: the speaker",
        ),
        pytest.param(
            "Maria Lopez criticized the new budget, which the council passed on Monday.",
            "criticized", None, "the new budget",
            id="writer's aside after a comma: left out",
        ),
        pytest.param(
            "Maria Lopez said the budget would close three schools, possibly delaying the new library by a year.",
            "said", None, "the budget would close three schools, possibly delaying the new library by a year",
            id="participle that reports nothing of its own: part of what is said",
        ),
        pytest.param(
            "The budget will close three schools next year, Maria Lopez warned.",
            "warned", None, "The budget will close three schools next year",
            id="cue after what it reports: the sentence before it",
        ),
        pytest.param(
            "The vote was close.\n\n12:15 p.m.:\n\nMaria Lopez says that the count was wrong.",
            "says", "Maria Lopez", None,
            id="live-blog time line: not the speaker",
        ),
        pytest.param(
            "On Twitter, Maria Lopez called the budget a disgrace.",
            "called", "Maria Lopez", "the budget a disgrace",
            id="where something is said: not what is said",
        ),
        pytest.param(
            "Maria Lopez made the case that the budget would fail.",
            "made", "Maria Lopez", "the case that the budget would fail",
            id="unlisted word weighed a cue: made the case that",
        ),
        pytest.param(
            "Maria Lopez spoke about the budget for an hour.",
            "spoke", "Maria Lopez", None,
            id="unlisted word weighed a cue: spoke about",
        ),
        pytest.param(
            "Maria Lopez went on to say that the budget would fail.",
            "say", "Maria Lopez", "that the budget would fail",
            id="unlisted verb governing a listed cue: the listed cue",
        ),
        pytest.param(
            "The town spent $57 million on roads, city council records show.",
            "show", "records", "The town spent $57 million on roads",
            id="subject the parser hung elsewhere: the noun right before the verb",
        ),
        pytest.param(
            "Maria Lopez was a staunch critic of the budget.",
            "critic", "Maria Lopez", None,
            id="predicate noun: the subject of the copula holds it",
        ),
        pytest.param(
            "Maria Lopez was optimistic that the budget would pass.",
            "optimistic", "Maria Lopez", "that the budget would pass",
            id="predicate adjective: the cue, not the copula",
        ),
        pytest.param(
            "Maria Lopez dismissed the concerns voiced by the union.",
            "voiced", "the union", "the concerns",
            id="participle with an agent: what is raised is the noun it describes",
        ),
    ],
)
def test_speaker_and_content_of_a_form(analyse_text, text, cue, speaker, content):
    """`None`: that part is not what the form is about."""
    p = only(analyse_text, text, cue)
    if speaker is not None:
        assert p.speaker == speaker
    if content is not None:
        assert content_of(text, p) == content


@pytest.mark.parametrize(
    "text",
    [
        "Initially estimated at 3,000, the crowd grew to twice that size by noon.",  # a participle that is no cue
        "Maria Lopez appeared on television on Sunday.",  # "appear" with no complement is no impression
        "Maria Lopez gave the reporters a wary look.",  # an adjective cue before a noun is no predicate
        "Maria Lopez still leads in the polls, three weeks before the vote.",  # standing in the polls is no source
        "The company made a profit last year.",  # an unlisted word whose evidence does not add up
        "Maria Lopez spoke in Ohio on Monday.",  # where she spoke, not about what
    ],
)
def test_sentences_that_hold_no_position(analyse_text, text):
    assert [p.cue for p in positions(analyse_text, text)] == []


@pytest.mark.parametrize("text", [
    "This is not the first lawsuit to be filed against the state of emergency.",
    "That said, Red Hat is working on new programs for its users.",
    "Does this imply the tools were made from one species?",
])
def test_a_thing_pointed_at_holds_no_position(analyse_text, text):
    assert [(p.speaker_text, p.cue) for p in positions(analyse_text, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Wikinews interviewed the astronomer Anne Lund.\n\n((WN)) Could you explain how the telescope works?\n\n",
        "Wikinews interviewed the astronomer Anne Lund.\n\n((WN)) What do you plan to study next?\n\n",
        "Wikinews interviewed the astronomer Anne Lund.\n\n((WN)) Is there anything you would like to add?\n\n",
    ],
)
def test_whom_a_question_is_put_to_takes_no_position_by_it(analyse_text, text):
    assert analyse_text(text).positions == []


@pytest.mark.parametrize(
    "text, cue",
    [
        # a question someone else is said to have asked is theirs
        ('As the lawyer Tom Hale put it, "Did the mayor lie to the council?"', "put"),
        # a question of the writer's about someone else's view: its subject is no "you"
        ("But has the senator called for changing any of these rules?", "called for"),
    ],
)
def test_a_question_about_someone_else_keeps_its_cue(analyse_text, text, cue):
    assert cue in [p.cue for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "text",
    [
        "The program, called EB-5, allows foreign investors to gain residency.",
        "Conway was known for his reclusive personality.",
        "The chemicals, known as HFCs, warm the planet.",
    ],
)
def test_a_name_the_article_gives_is_no_position(analyse_text, text):
    assert analyse_text(text).positions == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("If Parliament does not like prorogation, it has the power to change the law.", "like"),
        ("If the House of Representatives votes to impeach Trump, he would then face trial.", "votes"),
        ("Unless the council approves the plan, the works will stop.", "approves"),
    ],
)
def test_what_one_would_do_if_is_no_position(analyse_text, text, cue):
    assert cue not in [p.cue for p in analyse_text(text).positions]


def test_a_condition_inside_what_is_said_is_still_said(analyse_text):
    a = analyse_text("Senator Tom Hale said that if the court ruled against him, he would appeal.")
    assert [p.cue for p in a.positions] == ["said"]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Senator Tom Hale called the inquiry a witch hunt.", "called"),  # active: someone calls it so
        ("The inquiry was called a witch hunt by Senator Tom Hale.", "called"),  # with its agent
        ("National Guard members, called to service by the governor, patrolled the streets.", "called"),  # no name
    ],
)
def test_naming_by_someone_stays_a_position(analyse_text, text, cue):
    assert cue in [p.cue for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the accident was not known.",
        "He was found under rubble after 30 hours.",
        "Life has not been observed in any other habitat.",
        "The great white shark is the only species known to eat adult sevengills.",
        "Four of these bone tools were found in a site called Abri Peyrony.",
    ],
)
def test_what_is_known_or_seen_with_no_one_named_is_no_position(analyse_text, text):
    assert analyse_text(text).positions == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The veto is expected to come before the deadline on Friday.", "expected"),  # people's expectation
        ("The two databases were found by UpGuard on public servers.", "found"),  # with its agent
        ("The senator was told to leave the chamber.", "told"),  # a verb of speech
    ],
)
def test_an_unnamed_view_or_a_finding_by_someone_stays_a_position(analyse_text, text, cue):
    assert cue in [p.cue for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "text",
    [
        "Wikinews interviewed the astronomer Tom Rivinius.\n\n((WN)) How long did it take?\n\n"
        "((Tom Rivinius)) It took twenty years.\n\n((WN)) Thank you for agreeing to this interview.\n\n"
        "((Tom Rivinius)) Thank you.\n\n",
        "Thank you very much for your time.",
        "No, I think that was fine, thank you.",
    ],
)
def test_a_thank_you_of_politeness_is_no_position(analyse_text, text):
    assert "thank" not in [p.cue.lower() for p in analyse_text(text).positions]


def test_thanks_given_to_someone_named_is_a_position(analyse_text):
    positions = analyse_text("Senator Kirsten Gillibrand thanked her supporters on Twitter.").positions
    assert [(p.speaker, p.cue, p.stance) for p in positions] == [("Kirsten Gillibrand", "thanked", "support")]


def test_an_interviewers_question_states_no_position(analyse_text):
    text = (
        "Wikinews interviewed the railway manager Anne Lund.\n\n"
        "((WN)) What has the Indian Railways planned for the day?\n\n"
        "((Anne Lund)) We have planned a parade for the staff.\n\n"
        "((WN)) How are they planning to handle the crowds?\n\n"
    )
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == [("Anne Lund", "planned")]


def test_an_interviewees_aside_on_their_own_words_is_no_position(analyse_text):
    text = (
        "Wikinews interviewed the astronomer Tom Rivinius.\n\n((WN)) How long did it take?\n\n"
        "((Tom Rivinius)) As I said, it took 20 years. Like I mentioned, we started in 1999. "
        "As far as I know, there is no other such star. I think it is a black hole.\n\n"
    )
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == [("Tom Rivinius", "think")]


@pytest.mark.parametrize(
    "aside",
    [
        "Like I say, we have no data yet.",  # the parser hangs "Like" on "have"
        "But like I said, at a young age I have always seen the disk.",  # "like" as an interjection
        "The tools were of choice; and then like I say we also did a statistical analysis.",
    ],
)
def test_an_aside_whose_mark_the_parser_hangs_elsewhere_is_no_position(analyse_text, aside):
    text = "Wikinews interviewed the astronomer Tom Rivinius.\n\n((WN)) How long did it take?\n\n((Tom Rivinius)) "
    assert [(p.speaker, p.cue) for p in analyse_text(text + aside + " I think it is a black hole.").positions] == [
        ("Tom Rivinius", "think")
    ]


@pytest.mark.parametrize(
    "text",
    ["Cuban roads are dangerous; 2018 saw 11,187 recorded accidents.", "Yesterday morning also saw an earthquake."],
)
def test_a_time_holds_no_position(analyse_text, text):
    assert analyse_text(text).positions == []


def test_a_clause_before_a_semicolon_is_its_own_position(analyse_text):
    text = "Mayor Rita Oakes said the bridge was safe; Reuters reported the city had closed it."
    positions = analyse_text(text).positions
    assert [(p.speaker, p.cue) for p in positions] == [("Rita Oakes", "said"), ("Reuters", "reported")]
    assert positions[1].content == "the city had closed it"


def test_joining_the_calls_of_others_is_an_appeal_and_theirs_stays_their_own(analyse_text):
    text = (
        "On Monday, Prime Minister Tom Hale joined the calls by Australian officials asking the company "
        "to pay the workers."
    )
    rows = [(p.speaker, p.cue, p.stance) for p in analyse_text(text).positions]
    assert rows == [("Tom Hale", "joined", "appeal"), ("Australian officials", "asking", "appeal")]


def test_members_a_group_speaker_names_hold_its_position(analyse_text):
    text = "Neighbouring countries including Algeria and Morocco have cited security concerns."
    assert [p.speaker for p in analyse_text(text).positions] == ["Algeria", "Morocco"]
    text = "Several charities including local churches said the law was unfair."  # members that are no actors
    assert [p.speaker for p in analyse_text(text).positions] == ["Several charities"]


def test_who_issues_a_document_speaks_through_it(analyse_text):
    # the statement issued is one position, whose stance its words give
    text = "Foreign minister Ana Lopez issued a statement saying the attack was unacceptable."
    positions = analyse_text(text).positions
    assert [(p.speaker, p.cue, p.stance) for p in positions] == [("Ana Lopez", "issued", "condemn")]
    text = "Greenpeace criticised a letter saying the dam was safe."  # who criticises it did not write it
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == [("Greenpeace", "criticised")]


INTERVIEW = "Wikinews interviewed the astronomer Anne Lund.\n\n((WN)) How long will the disk last?\n\n((Anne Lund)) "


@pytest.mark.parametrize("answer", ["I don't know. We have no data yet.", "I don't remember. It was long ago."])
def test_an_answer_s_turn_of_phrase_that_says_nothing_is_no_position(analyse_text, answer):
    assert [(p.speaker, p.cue) for p in analyse_text(INTERVIEW + answer).positions] == []


@pytest.mark.parametrize(
    "recap, cue",
    [
        ("You mentioned the disk was formed recently.", "mentioned"),
        ("You wrote that the disk was formed recently.", "wrote"),
        ("So you are saying the disk is young?", "saying"),  # a question with no word of one
    ],
)
def test_the_interviewer_s_recap_of_an_answer_is_no_position(analyse_text, recap, cue):
    """The interviewee's position is in their own turn, not in the interviewer's words for it."""
    text = INTERVIEW + "The disk will last a million years.\n\n((WN)) " + recap
    assert cue not in [p.cue for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "answer, cue",
    [
        ("I saw people praying at the shrines.", "saw"),
        ("I remember calling my mom once.", "remember"),
        ("I will play in it when we know the dates.", "know"),
        ("We learned a lot about programming.", "learned"),
    ],
)
def test_what_an_answer_saw_knew_or_remembers_is_no_position(analyse_text, answer, cue):
    assert cue not in [p.cue for p in analyse_text(INTERVIEW + answer).positions]


@pytest.mark.parametrize(
    "answer, cue",
    [
        ("I know that the law is unfair.", "know"),
        ("What we know about the disk is that it is young.", "know"),
        ("I don't see it as a point of reform at all.", "see"),
    ],
)
def test_what_an_answer_knows_or_sees_as_is_a_position(analyse_text, answer, cue):
    assert ("Anne Lund", cue) in [(p.speaker, p.cue) for p in analyse_text(INTERVIEW + answer).positions]


@pytest.mark.parametrize(
    "answer, cue",
    [
        ("We are looking for candidates where the disk might be similar.", "looking"),
        ("Now they focus mainly on giving health loans to the workers.", "focus"),
        ("Oh, we brainstormed about it for a year.", "brainstormed"),
        ("We normally speak about a topic and include other people.", "speak"),
    ],
)
def test_a_word_only_the_weights_take_for_a_cue_is_no_position_in_an_answer(analyse_text, answer, cue):
    """In a conversation these words tell what the speaker does; the weights learnt them from news."""
    assert cue not in [p.cue for p in analyse_text(INTERVIEW + answer).positions]


@pytest.mark.parametrize(
    "report, cue",
    [
        ("Her team brainstormed about it for a year.", "brainstormed"),
        ("Lund normally speaks about a topic and includes other people.", "speaks"),
    ],
)
def test_a_word_only_the_weights_take_for_a_cue_stays_one_in_a_report(analyse_text, report, cue):
    text = "Astronomer Anne Lund said on Monday the disk was young. " + report
    assert cue in [p.cue for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "answer, cue",
    [
        ("I guess the disk will last a million years.", "guess"),  # a listed verb of thinking
        ("I reckon the disk will last a million years.", "reckon"),
    ],
)
def test_an_answer_s_guess_is_a_position(analyse_text, answer, cue):
    assert ("Anne Lund", cue) in [(p.speaker, p.cue) for p in analyse_text(INTERVIEW + answer).positions]


@pytest.mark.parametrize(
    "answer, cue",
    [
        ("I do not believe in world dominance.", "believe"),  # what it is about is its content
        ("They wanted me to play for them. I flat refused.", "refused"),  # a refusal takes a side
        ("I think the disk will last a million years.", "think"),
    ],
)
def test_an_answer_s_short_position_is_kept(analyse_text, answer, cue):
    assert ("Anne Lund", cue) in [(p.speaker, p.cue) for p in analyse_text(INTERVIEW + answer).positions]


@pytest.mark.parametrize(
    "text",
    ["And hijab felt like a good cover for many women.", "This atmosphere was used as a control and was not intended "
     "to have meaning on its own.", "The Netflix show sees three couples move in together."],
)
def test_a_thing_thinks_nothing(analyse_text, text):
    assert [(p.speaker_text, p.cue) for p in analyse_text(text).positions] == []


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Photos of the fire showed thick smoke at the windows.", "showed"),
        ("The findings suggested a disparity between the colonies.", "suggested"),
        ("Video footage from the scene shows broken pews.", "shows"),
    ],
)
def test_what_a_thing_shows_is_no_position_but_an_attribution(nlp, analyse_text, text, cue):
    """No actor holds it; PolNeAR annotates it as an attribution, and its evaluation counts it."""
    from newsactors.evaluation.attributions import predict_attributions

    assert [p.cue for p in analyse_text(text).positions] == []
    doc = nlp(text)
    assert [doc.text[min(a.cue):max(a.cue) + 1] for a in predict_attributions(doc)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "((WN)) I would like to ask you about the study.\n\n((Anne Lund)) We found that the ice is melting.",
        "Wikinews asked Lund whether the disk could last.\n\n((WN)) How long will it last?\n\n((Anne Lund)) We found "
        "that the ice is melting.",
        "Wikinews discussed the findings with Lund.\n\n((WN)) I hope you enjoyed it.\n\n((Anne Lund)) We found "
        "that the ice is melting.",
    ],
)
def test_the_interviewer_who_writes_the_article_holds_no_position_in_it(analyse_text, text):
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == [("Anne Lund", "found")]


@pytest.mark.parametrize(
    "text",
    [
        "He has been out on license, also called parole, and living in Staffordshire.",
        "The invention, called a liquid-entrenched smooth surface coating, involves two treatments.",
        "The population of phytoplankton, also called green algae, grew after the eruption.",
    ],
)
def test_a_name_the_writer_gives_a_noun_between_commas_is_no_position(nlp, analyse_text, text):
    """No one holds it; PolNeAR annotates some as attributions, and its evaluation counts them."""
    from newsactors.evaluation.attributions import predict_attributions

    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == []
    doc = nlp(text)
    assert "called" in [doc.text[min(a.cue):max(a.cue) + 1] for a in predict_attributions(doc)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Joe Biden, while campaigning in Michigan, called Trump's action a betrayal.", "Joe Biden"),
        ("David Clay, the tourism director, called it a retrograde step.", "David Clay"),
    ],
)
def test_what_someone_calls_a_thing_after_a_comma_stays_a_position(analyse_text, text, speaker):
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == [(speaker, "called")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister criticised the plan, called it a disgrace and left.",
        "Smith said the deal was bad, calling it a disgrace.",
    ],
)
def test_a_verb_of_calling_that_goes_on_from_a_clause_is_a_position(analyse_text, text):
    assert any(p.cue in ("called", "calling") for p in analyse_text(text).positions)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Violence continued through the evening.", []),
        ("Protests and riots continued across the nation.", []),
        ("Democrats continued to attack Trump on his taxes.", [("Democrats", "attack", "condemn")]),
        ('"Overall," Ryan Cloutier continued, "the presence of water improves the prospect."',
         [("Ryan Cloutier", "continued", "state")]),
        ("Senator Jane Hale continued that the plan had failed.", [("Jane Hale", "continued", "state")]),
    ],
)
def test_going_on_says_something_only_when_it_introduces_what_is_said(analyse_text, text, expected):
    assert [(p.speaker, p.cue, p.stance) for p in analyse_text(text).positions] == expected


def assert_an_attribution_only(nlp, analyse_text, text, cue):
    """The cue holds no position of the text's, and PolNeAR's evaluation counts it as an attribution."""
    from newsactors.evaluation.attributions import predict_attributions

    assert cue not in [p.cue for p in analyse_text(text).positions]
    doc = nlp(text)
    assert cue in [doc.text[min(a.cue):max(a.cue) + 1] for a in predict_attributions(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I started drinking then.", []),
        ("Lena Park started a company to sell the coating.", []),
        ("Maria Lopez began trusting them after a week.", []),
        ("The senator started criticising the plan in May.", [("senator", "criticising", "condemn")]),
    ],
)
def test_a_verb_of_beginning_holds_no_position_of_its_own(analyse_text, text, expected):
    assert [(p.speaker, p.cue, p.stance) for p in analyse_text(text).positions] == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Omar Reyes details his background and his plans for the city.", "details"),
        ("Jane Hale answered some questions about her campaign.", "answered"),
        ("Omar Reyes discussed how he became the party's nominee.", "discussed"),
    ],
)
def test_only_what_someone_talked_about_is_no_position(nlp, analyse_text, text, cue):
    """Nothing is said of the topic; PolNeAR annotates these as attributions, and its evaluation counts them."""
    assert analyse_text(text).positions == []
    assert_an_attribution_only(nlp, analyse_text, text, cue)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Emmanuel Macron discussed the war with Volodymyr Zelensky.", "discussed"),
        ("The court answered that the law applied to the platform.", "answered"),
        ("Sara Lind talked to the federation about the ban.", "talked"),
        ("The election commission is scheduled to discuss the results.", "scheduled to discuss"),
    ],
)
def test_a_talk_with_someone_or_a_clause_said_stays_a_position(analyse_text, text, cue):
    assert [p.cue for p in analyse_text(text).positions] == [cue]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Thirty-three people were reported hospitalised after the crash.", "reported"),
        ("It was reported on Saturday that the prisoner had been stabbed.", "reported"),
        ("The president was said to be suffering minor symptoms.", "said"),
    ],
)
def test_what_is_reported_by_no_one_named_is_no_position(nlp, analyse_text, text, cue):
    """The writer tells what is reported; PolNeAR annotates it as an attribution, and its evaluation counts it."""
    assert analyse_text(text).positions == []
    assert_an_attribution_only(nlp, analyse_text, text, cue)


def test_what_is_reported_with_its_agent_is_a_position(analyse_text):
    positions = analyse_text("The attack was reported by the state news agency on Monday.").positions
    assert [p.cue for p in positions] == ["reported"]


def test_someone_else_s_words_told_in_an_answer_are_no_position(nlp, analyse_text):
    """An answer is the interviewee's quotation: a cue inside it that is part of their words holds
    no position of its own; their own "I think" does. PolNeAR annotates such cues in a transcript's
    turns, and its evaluation counts them."""
    text = (
        "((WN)) What did your family say when you left?\n\n"
        "((Maria Lopez)) My parents asked me to stay home. The neighbours told the police that I was "
        "not their daughter. I think the law is unfair to women.\n\n"
        "((WN)) Thank you."
    )
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == [("Maria Lopez", "think")]
    assert_an_attribution_only(nlp, analyse_text, text, "told")


def test_a_vote_announced_is_an_act_planned(analyse_text):
    positions = analyse_text("Nancy Pelosi announced a vote on the impeachment rules next week.").positions
    assert [(p.speaker, p.cue, p.stance) for p in positions] == [("Nancy Pelosi", "announced", "prepare")]


@pytest.mark.parametrize(
    "text",
    [
        "The deceased victims were officially identified as Michael Ferazzi and Desma Oakes.",
        "He was later pronounced dead at the hospital.",
        "The system is estimated to be between 15 and 75 million years old.",
        "The game is written in the C++ programming language.",
    ],
)
def test_a_fact_on_record_told_in_the_passive_with_no_one_named_is_no_position(analyse_text, text):
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == []


def test_a_fact_on_record_with_its_agent_is_a_position(analyse_text):
    text = "The victims were identified as Michael Ferazzi and Desma Oakes by the state police."
    assert [p.cue for p in analyse_text(text).positions] == ["identified"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('COVID-19 was previously announced to be a "pandemic" by the World Health Organization.',
         "World Health Organization"),
        ("The law was declared to be unconstitutional by the Supreme Court on Monday.", "Supreme Court"),
    ],
)
def test_the_agent_of_a_passive_hung_on_what_it_says(analyse_text, text, speaker):
    assert [p.speaker for p in analyse_text(text).positions] == [speaker]


def test_a_by_of_the_infinitive_s_own_verb_is_no_agent(analyse_text):
    text = "The storm was expected to pass by Bermuda late on Wednesday night."
    assert "Bermuda" not in [p.speaker for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("People think it is something horrendous to do.", "People"),
        ("This year, the jury decided to admit two more participants.", "the jury"),
        ("A lot of people don't like the new rules.", "A lot of people"),
        ("The report found that the dam was unsafe.", "The report"),
        ("The article found that the class never took place.", "The article"),
        ("Having fled Afghanistan in March, the couple worried that the attacks would spread.", "the couple"),
    ],
)
def test_people_bodies_and_findings_think(analyse_text, text, speaker):
    assert speaker in [p.speaker_text for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Italy prohibited all flights from China on Friday.", "Italy"),
        ("The Thai government forbids members of the royal family from entering politics.", "Thailand"),
    ],
)
def test_a_ban_by_another_verb_is_an_act_that_rejects(analyse_text, text, speaker):
    assert [(p.speaker, p.stance) for p in analyse_text(text).positions] == [(speaker, "reject")]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("It is hard to say what the committee will decide next.", "say"),
        ("It's too early to tell whether the new bridge is safe.", "tell"),
    ],
)
def test_what_a_sentence_only_calls_hard_or_early_to_say_is_no_position(nlp, analyse_text, text, cue):
    """"It" stands for nothing and no one holds what would be said; PolNeAR's evaluation counts it."""
    assert analyse_text(text).positions == []
    assert_an_attribution_only(nlp, analyse_text, text, cue)


def test_an_interviewer_s_request_names_no_one_and_is_no_position(analyse_text):
    text = (
        "Wikinews interviewed the chess player Sara Lind.\n\n"
        "((WN)) Tell me about the challenges you faced as a young player.\n\n"
        "((Sara Lind)) I think they made me stronger.\n\n"
        "((WN)) Okay, tell me about the Madrid Chess Tournament.\n\n"
        "((Sara Lind)) It was the best week of my career.\n\n"
    )
    assert [(p.speaker, p.cue) for p in analyse_text(text).positions] == [("Sara Lind", "think")]


def test_what_an_it_tied_to_no_actor_shows_is_no_position(nlp, analyse_text):
    text = "The rats stopped pressing the lever when it hurt another rat. It suggests that they share an ancestor."
    assert "suggests" not in [p.cue for p in analyse_text(text).positions]
    assert_an_attribution_only(nlp, analyse_text, text, "suggests")
    # an "it" that speaks says something
    text = "The ministry issued a statement on Monday. It urged drivers to slow down near the schools."
    assert [(p.cue, p.stance) for p in analyse_text(text).positions] == [("urged", "appeal")]


def test_a_question_put_by_no_one_named_is_no_position(nlp, analyse_text):
    text = "The driver was questioned for hours on Tuesday."
    assert analyse_text(text).positions == []
    assert_an_attribution_only(nlp, analyse_text, text, "questioned")
    # a request stays one, whoever made it
    positions = analyse_text("Residents were asked to leave their homes before noon.").positions
    assert [(p.cue, p.stance) for p in positions] == [("asked", "appeal")]


def test_the_words_of_a_question_discussed_take_no_side(analyse_text):
    text = "Omar Reyes discussed why he joined the party and why voters should choose him."
    assert analyse_text(text).positions == []


@pytest.mark.parametrize(
    "text",
    [
        "Tilda Brask was at the Vandor parade in May. She still remembers it.",
        "Tilda Brask played in the Vandor open last year. She enjoyed it a lot.",
    ],
)
def test_a_thought_with_only_a_pronoun_for_content_is_no_position(analyse_text, text):
    assert analyse_text(text).positions == []


@pytest.mark.parametrize(
    "text, cue",
    [
        # a verb of speech with a pronoun reports words said; so does an afterthought
        ("The Vandor senate held a vote on Orla Quint on Monday. The senate confirmed her.", "confirmed"),
        ('The toll "ground traffic to a halt" for days, as the Vandor court put it.', "put"),
    ],
)
def test_words_reported_with_a_pronoun_stay_positions(analyse_text, text, cue):
    assert cue in [p.cue for p in analyse_text(text).positions]


def test_what_a_cleft_says_is_what_follows_its_copula(analyse_text):
    text = "The engineer Orla Quint studied the Vandor bridge. What we know is that the bridge is unsafe."
    contents = {p.cue: p.content for p in analyse_text(text).positions}
    assert contents == {"know": "that the bridge is unsafe"}


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The Vandor bridge club is well-known for its charitable efforts.", "known"),
        ("The guitarist Orla Quint is perhaps best-known for her solo.", "known"),
        ("Critics said the Vandor panel is trying to second-guess the court.", "guess"),
    ],
)
def test_a_cue_word_hyphened_to_an_adverb_is_a_compound_not_the_cue(analyse_text, text, cue):
    assert cue not in [p.cue for p in analyse_text(text).positions]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Orla Quint was detained at the airport and questioned for hours.", "questioned"),  # tagged a past tense
        ("The Vandor envoy was elected in 1981 and admitted to the academy in 1992.", "admitted"),
    ],
)
def test_a_verb_sharing_a_passive_with_no_one_named_is_no_position(analyse_text, text, cue):
    assert cue not in [p.cue for p in analyse_text(text).positions]


def test_a_past_tense_with_an_object_after_a_passive_keeps_its_subject(analyse_text):
    text = "Orla Quint was tired and questioned the officer."
    assert ("Orla Quint", "questioned") in [(p.speaker, p.cue) for p in analyse_text(text).positions]
