import pytest

from conftest import read_gold


def actor_rows(tables):
    return {row.actor: row for row in tables["actors"].itertuples()}


@pytest.mark.parametrize("person", read_gold("people"), ids=lambda p: p["actor"])
def test_every_named_person_has_full_name_role_and_affiliation(default_tables, person):
    actors = actor_rows(default_tables)
    assert person["actor"] in actors, f"{person['actor']} missing from {sorted(actors)}"
    row = actors[person["actor"]]
    assert row.kind == "person"
    assert row.role == person["role"]
    assert row.affiliation == person["affiliation"]


def test_surnames_and_pronouns_fold_into_the_person(default_run):
    actors = default_run.analysis.actors.actors
    assert "Singh" not in actors and "Yoon Suk" not in actors
    assert {m.text for m in actors["Sabrina Singh"].mentions} == {"Sabrina Singh", "Singh"}
    assert [m.label for m in actors["Yoon Suk-yeol"].mentions].count("PRON") == 1
    assert [m.label for m in actors["Mark Rutte"].mentions].count("PRON") == 1


def test_aliases_and_demonyms_fold_into_states_and_organisations(default_tables):
    actors = actor_rows(default_tables)
    assert "Pyongyang" in actors["North Korea"].aliases and "North Korean" in actors["North Korea"].aliases
    assert "Moscow" in actors["Russia"].aliases
    assert actors["U.S. Department of Defense"].kind == "organisation"
    assert actors["U.S. Department of Defense"].affiliation == "United States"
    assert actors["NATO"].kind == "organisation"
    assert {"Pentagon", "Pyongyang", "Moscow", "North Korean"}.isdisjoint(actors)


def test_no_location_is_an_actor(default_tables):
    names = set(default_tables["actors"]["actor"])
    for place in ("Kursk", "Kursk Oblast", "Europe", "Indo-Pacific", "the Indo-Pacific region"):
        assert place not in names


def test_group_speakers_are_actors_with_their_state(default_tables):
    actors = actor_rows(default_tables)
    assert actors["Ukrainian officials"].kind == "group"
    assert actors["Ukrainian officials"].affiliation == "Ukraine"


def test_spelling_variants_of_a_name_are_one_person(analyse_text):
    analysis = analyse_text(
        "Russian Foreign Minister Sergey Lavrov spoke in Geneva. Sergei Lavrov later said the talks had failed."
    )
    people = [a.name for a in analysis.actors.actors.values() if a.kind == "person"]
    assert people == ["Sergey Lavrov"]


def test_appositive_gives_role_and_affiliation(analyse_text):
    analysis = analyse_text("Jane Porter, a spokeswoman for NATO, said the alliance was ready.")
    actor = analysis.actors.actors["Jane Porter"]
    assert actor.role.endswith("spokeswoman for NATO")
    assert actor.affiliation == "NATO"


def test_mention_counts_in_the_table_match_the_mentions(default_run, default_tables):
    for row in default_tables["actors"].itertuples():
        assert row.mentions == len(default_run.analysis.actors.actors[row.actor].mentions)



def test_words_of_a_quotation_in_another_script_are_no_actors(analyse_text):
    # the English model tags a word of a quoted Persian sentence as an organisation, and reads a Hindi
    # answer's words as a speaker and a cue
    persian = analyse_text(
        'The minister said in Persian: "مردم شریف ایران باید در خانه بمانند و دولت به آنها کمک خواهد کرد."'
    )
    assert [a.kind for a in persian.actors.actors.values()] == ["group"]
    hindi = analyse_text(
        'Rajamma, a sex worker in Mysuru, spoke to Wikinews. "हमें बहुत परेशानी हुई, लेकिन हमने एक दूसरे की '
        'मदद की। सरकार ने हमें कुछ नहीं दिया, तो हमने खुद राशन बांटा।" She said the clinic had closed in April.'
    )
    assert sorted(hindi.actors.actors) == ["Rajamma", "Wikinews"]
    # what is said may be in any script: the minister's statement stays a position
    assert [(p.speaker, p.cue) for p in persian.positions] == [("minister", "said")]


def test_a_name_is_written_in_latin_letters():
    from newsactors.docs import written_in_latin

    assert written_in_latin("Viktor Orbán, Ştefan 2019!")
    assert written_in_latin("1,000 — ?")
    assert not written_in_latin("लेने के से हर")
    assert not written_in_latin("corona और HIV")


@pytest.mark.parametrize(
    "text, person, affiliation",
    [
        # a place of two words is the whole place, not its first word
        ("He was joined by New Hampshire state representative Max Abramson.", "Max Abramson", "New Hampshire"),
        # a title written with other capitals than its row is still no organisation ("Prime")
        ("The Bahamas was hit hard. Prime minister Hubert Minnis urged residents to evacuate.",
         "Hubert Minnis", "Bahamas"),
        # a name listed bare beside another's ("between Zelensky and Trump") does not take its affiliation
        ("U.S. lawmakers subpoenaed documents on sitting President Donald Trump. Details emerged about "
         "Trump's call with Ukrainian President Volodymyr Zelensky. Kurt Volker arranged a meeting between "
         "Zelensky and Trump himself.", "Donald Trump", "United States"),
        # a legislator sits in the one legislature the article names; not in a body named after them
        ("The Parliament of New South Wales passed the bill. MP Penny Sharpe said it was overdue.",
         "Penny Sharpe", "Parliament of New South Wales"),
        ("The National Conference of State Legislatures met. Senator Amy Klobuchar spoke.", "Amy Klobuchar", ""),
        ("The Senate and the House of Representatives met. Congressman Justin Amash spoke.", "Justin Amash", ""),
        # a place that owns the role set before the name
        ("Yesterday, Ontario's health minister, Ana López, announced new rules.", "Ana López", "Ontario"),
        # a party's member, bare before the name or set before it
        ("Republican Kevin Brady, who chairs the committee, voted against it.", "Kevin Brady", "Republican"),
        ("Since then, a Democrat, Jane Wilson, has voiced support for the inquiry.", "Jane Wilson", "Democrat"),
        # an organisation that owns the name
        ("The Southern Poverty Law Center's Jacqueline Smith said the law was unfair.", "Jacqueline Smith",
         "Southern Poverty Law Center"),
        # "Crown Prince" is one title, and "of" says whose
        ("Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility.", "Mohammad bin Salman",
         "Saudi Arabia"),
        # a police rank is held in the one police force the article names
        ("Thames Valley Police arrested a man on Tuesday. The toilet was stolen, said Detective Inspector Steven "
         "Jones.", "Steven Jones", "Thames Valley Police"),
        # a word that is part of the title names no organisation; a force is no person, whatever its first word
        ("Hong Kong Police Senior Superintendent Yolanda Yu said the march was illegal.", "Yolanda Yu",
         "Hong Kong Police"),
    ],
)
def test_the_affiliation_a_role_gives(analyse_text, text, person, affiliation):
    assert analyse_text(text).actors.actors[person].affiliation == affiliation


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Detective Inspector Steven Jones said the toilet was stolen.", "Steven Jones", "Detective Inspector"),
        ("NSW Premier Gladys Berejiklian said she would vote for it.", "Gladys Berejiklian", "NSW Premier"),
        ("Manhattan District Attorney Cyrus R. Vance sued.", "Cyrus R. Vance", "Manhattan District Attorney"),
        # a plural role before a list of names is each one's, the tagger's mistakes aside
        ("Emily Spanton met officers Antoine Quirin and Nicolas Redouane at a pub.", "Nicolas Redouane", "officer"),
        ("The subpoena was issued by Representatives Eliot Engel, Adam Schiff, and Elijah Cummings.",
         "Elijah Cummings", "Representative"),
        # a name the model left untagged after a title, with no first name it knows
        ("The Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their candidate.",
         "Ubolratana Mahidol", "Princess"),
        # a title in sentence case, with its abbreviation in brackets before the name
        ("The debate was long.   Member of parliament (MP) Kevin Conolly said it was a sad day.", "Kevin Conolly",
         "Member of parliament"),
        # ... but not one that a title of its own names
        ("Atlanta Mayor Keisha Lance Bottoms spoke. Biden met Senators Kamala Harris, Elizabeth Warren and "
         "Keisha Lance Bottoms.", "Keisha Lance Bottoms", "Atlanta Mayor"),
        # a faith's titles are titles, no part of the name; so are a state assembly's and Ireland's
        ("Cardinal Marc Ouellet led the inquiry.", "Marc Ouellet", "Cardinal"),
        ("Assemblywoman Selena Torres said it was exciting.", "Selena Torres", "Assemblywoman"),
        ("Taoiseach Leo Varadkar met Johnson in Dublin.", "Leo Varadkar", "Taoiseach"),
        # a hyphen does not cut a title, and a premodifier it glues on is spaced as the title is listed
        ("Co-founder Jane Doe said the firm would grow.", "Jane Doe", "Co-founder"),
        ("A military coup removed then-prime-minister Thaksin Shinawatra in 2006.", "Thaksin Shinawatra",
         "then prime minister"),
        ("NATO Secretary-General Jens Stoltenberg said the alliance was united.", "Jens Stoltenberg",
         "NATO Secretary-General"),
    ],
)
def test_the_role_a_title_gives(analyse_text, text, person, role):
    assert analyse_text(text).actors.actors[person].role == role


def test_an_organisation_found_whole_once_is_whole_where_the_model_split_it(analyse_text):
    a = analyse_text(
        "Nils-Erik Haagenrud of Rogaland Fire and Rescue said no personnel would be sent in. "
        "Rogaland Fire and Rescue requested support and equipment from other fire departments."
    )
    assert [p.speaker for p in a.positions if p.cue == "requested"] == ["Rogaland Fire and Rescue"]
    assert "Rogaland Fire" not in a.actors.actors


def test_a_title_inside_a_longer_name_introduces_no_person(analyse_text):
    a = analyse_text("Minetest is released under the GNU Lesser General Public License, its developers said.")
    assert not [actor for actor in a.actors.actors.values() if actor.kind == "person"]


def test_a_name_the_model_took_for_an_organisation_is_a_person_an_appositive_describes(analyse_text):
    a = analyse_text(
        "On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election, "
        "held a rally in Minsk. She spoke about her husband Siarhei, who was arrested in May. She asked for support."
    )
    kinds = {actor.name: actor.kind for actor in a.actors.actors.values()}
    assert kinds["Sviatlana Tsikhanouskaya"] == "person"
    # "her husband Siarhei" is a man: "She asked" is not his
    assert [p.speaker for p in a.positions if p.cue == "asked"] == ["Sviatlana Tsikhanouskaya"]


def test_a_region_is_an_actor_where_it_acts_and_a_place_elsewhere(analyse_text):
    a = analyse_text("Texas filed a lawsuit against Pennsylvania on Monday.")
    texas = a.actors.actors["Texas"]
    assert (texas.kind, texas.affiliation) == ("organisation", "United States")
    assert [p.speaker for p in a.positions if p.cue == "filed"] == ["Texas"]
    # where it is only where something happens, a region is no actor
    b = analyse_text("Health officials in Texas said cases rose sharply.")
    assert "Texas" not in b.actors.actors


def test_a_platform_is_an_organisation_that_may_act(analyse_text):
    a = analyse_text("Twitter suspended the account of President Trump.")
    assert a.actors.actors["Twitter"].kind == "organisation"
    assert [(p.speaker, p.target_actor) for p in a.positions if p.cue == "suspended"] == [("Twitter", "Trump")]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a name the tagger took for an organisation, with a known first name and what the person is
        ("In 2016, Constitution Party presidential nominee Darrell Castle received 203,091 votes.",
         "Darrell Castle", "person"),
        ("The Native American Rights Fund's Jacqueline De León said the law was unfair.", "Jacqueline De León",
         "person"),
        # ... or a facility, with an appositive that says what the person is
        ("Dominic Hare, chief executive of the palace, placed the value at millions.", "Dominic Hare", "person"),
        # a place's organisation stays one, whatever its first word
        ("Findings came from London's Royal Veterinary College.", "Royal Veterinary College", "organisation"),
        # a noun for a person set before the name, whatever its first name; not a noun for a body
        ("The payments were made to porn actress Stormy Daniels.", "Stormy Daniels", "person"),
        ("The shells were made by shell manufacturer Hirtenberger Defence Group.", "Hirtenberger Defence Group",
         "organisation"),
    ],
)
def test_a_person_the_tagger_took_for_an_organisation(analyse_text, text, name, kind):
    assert analyse_text(text).actors.actors[name].kind == kind


@pytest.mark.parametrize(
    "text, person, role, affiliation",
    [
        # a post a sentence says the person holds, with its organisation but not what is said of that
        ("Abu Mahdi al-Muhandis was the deputy commander of the Popular Mobilization Forces, an Iranian-backed "
         "militia.", "Abu Mahdi al-Muhandis", "deputy commander of the Popular Mobilization Forces",
         "Popular Mobilization Forces"),
        ("Jane Doe was serving as the party's general secretary at the time.", "Jane Doe", "general secretary", ""),
        # the post whose office a person holds, said or in a relative clause
        ("Maria Lopez yesterday assumed the office of Speaker of the National Assembly.", "Maria Lopez",
         "Speaker of the National Assembly", "National Assembly"),
        ("Republican John Reed, who held the post of Speaker last term, received 192 votes.", "John Reed",
         "Speaker", "Republican"),
        ("Tom Hall held the position of a lifetime.", "Tom Hall", "", ""),
        # a judgement is no post
        ("Kamala Harris is the best person for the job.", "Kamala Harris", "", ""),
        # a participle in the title before a name
        ("He spoke to Wikinews accredited reporter William S. Saturn.", "William S. Saturn",
         "Wikinews accredited reporter", "Wikinews"),
        # one of several holders set before the name holds the office in the singular, of whose it is
        ("One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also commented on Luk's death.",
         "Rebecca Nyandeng De Mabior", "Vice President", "South Sudan"),
        # the noun a naming verb gives the name to
        ('A university student named Wong said, "Hong Kong people never back down."', "Wong",
         "university student", ""),
        # a description the parser made a second subject; the tokenizer's split of a hyphenated name
        # keeps both its words; the country set beside a city names no office of the city's
        ("Park Won-soon, the mayor of Seoul, South Korea, was found dead, police reported Friday morning. "
         "Park Won-soon's body was found at Mount Bukak.", "Park Won-soon", "mayor of Seoul", "Seoul"),
        # a word capitalised only because it opens the sentence names no organisation; a party's does
        ("Fashion designer Mary Quant said the dress was new.", "Mary Quant", "Fashion designer", ""),
        ("Labour MP Tom Watson said the vote was wrong.", "Tom Watson", "Labour MP", "Labour"),
        ("Police spokesman John Smith said the road was closed.", "John Smith", "Police spokesman", "Police"),
        # a premodifier of the title is part of the role and names no organisation
        ("Newly elected Assemblywoman Selena Torres said the bill was good.", "Selena Torres",
         "Newly elected Assemblywoman", ""),
        ("Opposition leader Jeremy Corbyn said he wanted an election.", "Jeremy Corbyn", "Opposition leader", ""),
        # an "of" phrase after the title still says whose it is
        ("First Minister of Scotland Nicola Sturgeon said Scotland would vote again.", "Nicola Sturgeon",
         "First Minister of Scotland", "Scotland"),
        # an office whose name holds an "and" is one title, not two organisations
        ("Kent Police and Crime Commissioner Matthew Scott said the force would grow.", "Matthew Scott",
         "Kent Police and Crime Commissioner", "Kent Police"),
        # a label before a colon describes no one: a photograph's credit
        ("The fans met in Toronto.\n\nImage: Nicholas Moreau.\n\nThe event was big.", "Nicholas Moreau", "", ""),
    ],
)
def test_the_role_a_sentence_gives(analyse_text, text, person, role, affiliation):
    actor = analyse_text(text).actors.actors[person]
    assert (actor.role, actor.affiliation) == (role, affiliation)


def test_a_word_all_in_lower_case_is_no_person(analyse_text):
    # the model tags "fentanyl" a person here
    a = analyse_text("Kamloops RCMP Constable Gary Gray said fentanyl had become a popular drug in Kamloops.")
    assert "fentanyl" not in a.actors.actors
    assert a.actors.actors["Gary Gray"].kind == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Will Tilda Brask run again? Brask said she would decide in May.", "Tilda Brask"),
        ("((WN))  Will Vandor Hat employees be barred from the project?\n\n((Tilda Brask))  No.", "Vandor Hat"),
    ],
)
def test_a_modal_opening_a_question_is_no_part_of_a_name(analyse_text, text, name):
    actors = analyse_text(text).tables()["actors"]["actor"].tolist()
    assert name in actors and not any(actor.startswith("Will ") for actor in actors)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The police closed Trafalgar Square.", "Trafalgar Square"),
        ("Shops on Karl Marx Avenue were closed, police said.", "Karl Marx Avenue"),
        ("Typhoon Phanfone struck Vandor on Tuesday, officials said.", "Typhoon Phanfone"),
        ("Storm Barry is expected to make landfall on Saturday, the forecasters said.", "Storm Barry"),
    ],
)
def test_a_place_or_a_storm_the_model_tags_as_a_name_is_no_actor(analyse_text, text, name):
    assert name not in analyse_text(text).tables()["actors"]["actor"].tolist()


def test_a_name_with_a_place_word_inside_it_stays_an_actor(analyse_text):
    actors = analyse_text("The National Hurricane Center said the storm would weaken.").tables()["actors"]
    assert "National Hurricane Center" in actors["actor"].tolist()
