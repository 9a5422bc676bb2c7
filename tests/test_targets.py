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
        # of a name and its modifier the name is the target of an act too
        ("Germany on Monday banned Iranian airline Mahan Air from its airspace.", "banned", "Mahan Air"),
        # a pronoun of what is said that is not the speaker is whom it is about
        ("Anne Sacoolas left Britain in August. Police revealed on Saturday that she had left the country.",
         "revealed", "Anne Sacoolas"),
        # the object of an act's purpose or manner clause, when the act itself names no actor
        ("Solicitor General Jose Reyes filed a petition on Monday, accusing Reuters of bias.", "filed", "Reuters"),
        # who made what the cue is aimed at, as the clause describing it says, beside whom it names
        ("The Supreme Court rejected a complaint against Apple filed by Samsung.", "rejected", "Apple; Samsung"),
        ("Germany condemned the attack on Ukraine which Russia launched.", "condemned", "Ukraine; Russia"),
        # a relative clause whose own subject is the relative pronoun names no maker
        ("Germany condemned the attack on Ukraine which killed Fernando Ruiz.", "condemned", "Ukraine"),
        # a body the speaker's own possessive names is theirs, not whom the position is aimed at
        ("Jeremy Corbyn said his Labour Party would vote against Boris Johnson.", "said", "Boris Johnson"),
        # a relative clause that only remarks on the thing names no one who made it
        ("Senator Ana Lopez criticised the plan, which Reuters described as unusual.", "criticised", ""),
        # the request is aimed at whoever made it
        ("Chief Constable Nick Adderley wrote to the embassy on Monday, asking it to waive her immunity. "
         "The embassy declined the request on Tuesday.", "declined", "Nick Adderley"),
        # a definite act noun refers back to the same noun's maker ("a move by ...")
        ("Critics said the closure was a move by Governor Tom Hale to silence them. "
         "Mayor Rita Oakes condemned the move on Monday.", "condemned", "Tom Hale"),
        # an act done at someone's behest is theirs
        ("King Harald suspended parliament at the behest of Prime Minister Erna Solberg on Monday. "
         "On Friday, the Supreme Court ruled the suspension was unlawful.", "ruled", "Erna Solberg"),
        # an act a lede names is aimed at whoever the story then says made it (the Storting is no actor)
        ("The Supreme Court issued a ruling on the suspension of the Storting on Friday. "
         "King Harald suspended the Storting at the behest of Prime Minister Erna Solberg in May.",
         "issued", "Erna Solberg"),
        # an event noun refers back to whoever carried it out: the subject of a verb that performs it,
        # or of a deed done to someone by means of it; not whom it befell, nor who only spoke of it
        ("The United States killed Qasem Soleimani in an air strike on Friday. Israeli Prime Minister "
         "Benjamin Netanyahu found the air strike justified.", "found", "United States"),
        ("Norway launched an offensive in the north. Senator Ana Lopez condemned the offensive.",
         "condemned", "Norway"),
        ("Three people died in an air strike on Monday. Senator Ana Lopez condemned the strike.", "condemned", ""),
        ("Senator Ana Lopez condemned an attack on Monday. Governor Tom Hale said the attack was cowardly.",
         "said", ""),
        # "the decision" may be any act of cues.csv
        ("Germany banned Mahan Air on Monday. French President Emmanuel Macron said the decision was "
         "understandable.", "said", "Germany"),
        # one who stands apart from the government may aim at their own state; one who acts for it may not
        ("U.S. District Judge Gray Miller ruled that the United States government's practice was "
         "unconstitutional.", "ruled", "United States"),
        ("U.S. prosecutor Josh Bash said the United States government would act.", "said", ""),
        ("South Korean President Yoon Suk-yeol said the deployment was a threat to South Korea.", "said", ""),
        # a state named only as where what is said happens is no target; one the content is about is
        ("Senator Ana Lopez said the number of cases in Canada had doubled.", "said", ""),
        ("Senator Ana Lopez said the missiles could not have come from bases in Norway.", "said", ""),
        ("Senator Ana Lopez said Canada had failed its farmers.", "said", "Canada"),
        # a disease or a time zone is no actor (`kind=thing` in aliases.csv)
        ("The World Health Organization said deaths from COVID-19 had doubled by 0100 UTC.", "said", ""),
        # ... but a phrase of place that names a person is about that person
        ("Senator Ana Lopez said doctors found poison in the blood of Mayor Tom Hale.", "said", "Tom Hale"),
        # the maker of a request the content complies with
        ("Queen Margrethe announced she will comply with the request of Prime Minister Mette Frederiksen "
         "to dissolve Parliament.", "announced", "Mette Frederiksen"),
        # what a response clause names
        ("Nancy Pelosi announced an inquiry on Tuesday. Donald Trump, responding to Pelosi's announcement "
         "on Twitter, attacked the investigation as \"Witch Hunt garbage.\"", "attacked", "Nancy Pelosi"),
        # whom an asking clause is addressed to
        ("Chief Constable Nick Adderley wrote to Google asking to delete her account.", "asking", "Google"),
        # a proceeding named without its subject is about whom it was said to be into before
        ("The senate opened an investigation into Governor Tom Hale on Monday. "
         "Senator Ana Lopez criticised the investigation on Tuesday.", "criticised", "Tom Hale"),
        # whom a speaker's noun takes a side on, when what is said names no one
        ("Governor Tom Hale raised the tax. According to Hale's critics, this is a disaster.",
         "According to", "Tom Hale"),
        # ... but what is said comes first
        ("Supporters of Tom Hale claimed Rita Oakes had cheated.", "claimed", "Rita Oakes"),
        # "you are referring to ..." is the interviewer's side of the talk, not whom the answer is about
        ("Wikinews interviewed the chess player Dorsa Derakhshani.\n\n((WN)) Why did you leave Iran?\n\n"
         "((Dorsa Derakhshani)) I think you are referring to the interview I gave in 2017.", "think", ""),
        # "as the court found" is a source of the content, no target
        ("Tom Hale argued that the tax was unfair, as the Supreme Court found.", "argued", ""),
        # ... nor one who reported a detail of it
        ("Police spokesman Jan Nowak said a stolen badge was used by the gunman, reported by Reuters as a "
         "former guard, to enter the hall.", "said", ""),
        # a group of people no name says is the target when no name is found; not whom the speaker has
        # it from, nor the speaker's own body, nor one of something ("the full force of the law")
        ("The Taliban wants foreign forces to leave.", "wants", "foreign forces"),
        ("Prime Minister Hubert Minnis urged residents to evacuate.", "urged", "residents"),
        ("Reuters, citing anonymous sources, reported that production had stopped.", "reported", ""),
        ("Neil Basu, the head of counter terror police, said the police found nothing.", "said", ""),
        ('"We will use the full force of the law," said Defence Secretary Delfin Lorenzana.', "said", ""),
        # a relative clause with no "that" the parser took for a second clause names who made the thing
        ("On Monday, attorneys general from sixteen states filed a combined lawsuit against the state of "
         "emergency United States President Donald Trump declared last Friday.", "filed", "Donald Trump"),
        # ... but not a clause of its own after a comma and "and"
        ("Two Democrats, Collin Peterson and Jeff Van Drew, opposed both articles of impeachment, and a third, "
         "Jared Golden, voted for the first article.", "opposed", ""),
        # the prepositions of an object the parser split at "cease and desist" are the cue's
        ("The National Telecommunications Commission issued a cease and desist order to Rappler on Monday.",
         "issued", "Rappler"),
        # a clause of "which" the parser took for what is said only remarks on the cue's object
        ('Speaker John Bercow commented on the plan — which the BBC noted as an unusual move — "It is '
         'blindingly obvious."', "commented", ""),
        # ... but a relative clause the cue stands in is what is said
        ("President Donald Trump may declare a state of emergency, which he said would allow him to act "
         "without approval from Congress.", "said", "Congress"),
        # the speaker's own state's bodies are no targets of what its officials say
        ("The Federal Aviation Office of Germany has suspended the permit of Mahan Air, German officials said.",
         "said", "Mahan Air"),
        # the content clause's own subject, before one of a clause inside it
        ('Joanna Cherry said, "For every moment Parliament remains prorogued, Boris Johnson is breaking the law."',
         "said", "Boris Johnson"),
        # whom one calls on is the target; the phrase's preposition names no medium
        ("Egyptian Foreign Minister Sameh Shoukry called on Turkey to halt its drilling.", "called on", "Turkey"),
        # a surname the model took for a place is its person's
        ("Qasem Soleimani led the Quds Force. In 2007, the United States government labeled Soleimani as a "
         "terrorist.", "labeled", "Qasem Soleimani"),
        # regulators are a group of groups.csv, a target when no name is found
        ("Don Blankenship blames federal regulators for the disaster.", "blames", "federal regulators"),
        # another noun of the same event refers back to whoever carried it out
        ("On Wednesday, Turkey began a military offensive in Syria. The operation was condemned by "
         "members of the European Union.", "condemned", "Turkey"),
        # an argument is aimed at whoever made it
        ("President Donald Trump sought such intervention, arguing that he should be immune. "
         "Judge Victor Marrero rejected this argument.", "rejected", "Donald Trump"),
        # a vote with no content of its own is for the object of its infinitive, wherever the parser hung it
        ("Britons voted in a referendum in 2016 to leave the European Union.", "voted", "European Union"),
        # whoever undergoes what a noun cue names is its target
        ("The United Kingdom was the target of fresh sanctions by Russia on Monday.", "sanctions", "United Kingdom"),
        ("Germany has been the subject of sharp criticism by Poland for months.", "criticism", "Germany"),
        # an act the content names anywhere is its maker's; signing a decree is a decision
        ("Prime Minister Leila Ben Amor signed a decree banning face veils in public offices. Amnesty "
         "International said it found no justification for this decision.", "said", "Leila Ben Amor"),
        # "the move" is another noun of the change he announced, and whoever announces a measure made it
        ("President Kemal Aydin announced the change on Wednesday. On Friday the Council of Europe criticized "
         "the move.", "criticized", "Kemal Aydin"),
        ("Transport Secretary Mark Hale announced the measure on Monday. Union leader Joe Bright said the "
         "measure was nowhere near enough.", "said", "Mark Hale"),
        # a participle clause after its verb goes on about the same matter
        ("A number of senators condemned the order of the National Telecommunications Commission, citing the "
         "move as an abuse of power.", "citing", "National Telecommunications Commission"),
        # ... not a verb joined by "and", nor the verb a participle hangs off
        ("Senator Ana Lopez condemned the ruling of the Supreme Court and said the economy was weak.", "said", ""),
        ("Senator Ana Lopez questioned the findings, saying Reuters had misread the data.", "questioned", ""),
        # a region that acts is an actor, as its government: a target too
        ("Texas filed a lawsuit against Pennsylvania on Monday.", "filed", "Pennsylvania"),
        ("The ACLU filed a lawsuit against the state of Montana on Thursday.", "filed", "Montana"),
        # a bare act noun is the act the story tells of ("seeking prorogation")
        ("King Harald suspended parliament at the behest of Prime Minister Erna Solberg on Monday. Former "
         "minister Per Olsen argued that the true intent of seeking prorogation was to shut down debate.",
         "argued", "Erna Solberg"),
        # the "it" of "it’s" (a curly apostrophe) is no organisation, as the "it" of "it's" is none
        ('Charlotte Charles told the Daily Mail, "It\u2019s not much to ask."', "told", ""),
        # an appeal with no object is against whoever made the ruling before it
        ("On Wednesday the Court of Appeal ruled that the suspension was unlawful. Prime Minister Erna "
         "Solberg intends to appeal.", "intends to appeal", "Court of Appeal"),
        ("On Wednesday the Court of Appeal ruled that the suspension was unlawful. Prime Minister Erna "
         "Solberg said she would appeal.", "said", "Court of Appeal"),
        # ... not an appeal to someone
        ("On Wednesday the Court of Appeal ruled that the suspension was unlawful. Prime Minister Erna "
         "Solberg appealed to voters to stay calm.", "appealed", "voters"),
        # a platform where something is said is no target; nor is it a person "her" could be
        ("Prime Minister Erna Solberg posted on Twitter asking for places to eat.", "posted", ""),
        ("President Trump lashed out at the mayor Muriel Bowser on Twitter, accusing her of not doing her job.",
         "accusing", "Muriel Bowser"),
        # ... nor when the platform is named in apposition to the place ("on social media site Facebook")
        ("Matty Roberts posted an event invitation on social media site Facebook.", "posted", ""),
        # ... nor is it whom "they" in what is said refers to
        ("Former prosecutor Elie Honig said via Twitter: \"I'm surprised they're discussing this so openly.\"",
         "said", ""),
        # a noun with an indefinite article is no organisation's name ("an Order")
        ("The court will make an Order declaring that the plan of Prime Minister John Reed was unlawful, the "
         "summary concluded.", "concluded", "John Reed"),
        # an organisation's initials the model took for a place, acted on
        ("Last April, the United States Department of State also designated the IRGC as a terrorist organization.",
         "designated", "IRGC"),
        # an abbreviation in brackets is the organisation it abbreviates
        ("The Philippine government shut down broadcasts, citing the National Telecommunications Commission (NTC). "
         "Senators condemned the NTC.", "condemned", "National Telecommunications Commission"),
        # who did the act aimed at, however the parser hung its "by"
        ("The European Union condemned the invasion of Ukraine by Russia.", "condemned", "Russia; Ukraine"),
        ("Erdogan attacked the proclamation of the Golan Heights as official Israeli territory by the President "
         "of the United States Donald Trump.", "attacked", "United States; Donald Trump"),
        # ... not the author of a work, nor a "by" the cue's subject or its adverbial holds
        ("Zara Kay is reading Enlightenment Now by Steven Pinker.", "reading", ""),
        ("He announced this change on Wednesday, despite criticism by the Greek foreign minister.", "announced", ""),
        # whom a call or a vote is for is the subject of its "for ... to" clause; a purpose's is no one's
        ("Donald Trump called for CNN to fire Lockhart.", "called for", "CNN"),
        ("Senator Ana Lopez said the states must ratify it in order for Congress to act.", "said", ""),
    ],
)
def test_the_target_is_the_actor_the_position_is_aimed_at(analyse_text, text, cue, target):
    assert target_of(analyse_text(text), cue) == target


def test_the_sides_of_an_interview_are_no_targets(analyse_text):
    text = (
        "Wikinews interviewed the chess player Dorsa Derakhshani.\n\n"
        "((WN)) Tell me about the time you got the title.\n\n"
        "((Dorsa Derakhshani)) It was in 2016."
    )
    assert [p.target_actor for p in analyse_text(text).positions if p.cue == "Tell"] in ([], [""])


def test_a_time_is_no_target_phrase(analyse_text):
    a = analyse_text("The court ruled on September 11 the decree of Emmanuel Macron was unlawful.")
    rows = [p for p in a.positions if p.cue == "ruled"]
    assert rows and rows[0].target != "September 11"
    assert rows[0].target_actor == "Emmanuel Macron"


@pytest.mark.parametrize(
    "text, cue, target",
    [
        # whom a plain statement is made to is no target; what it says names one
        ("Mayor Rita Oakes announced to Reuters that Tom Hale had resigned.", "announced", "Tom Hale"),
        ("Senator Ana Lopez said to Wikinews that Tom Hale had lied.", "said", "Tom Hale"),
        # an apology or an appeal to someone is aimed at them
        ("Governor Tom Hale apologized to Rita Oakes on Monday.", "apologized", "Rita Oakes"),
        # a passive's agent is its clause's subject
        ("Police spokesman Jan Nowak said that at the offices of Reuters a badge was used by Tom Hale.",
         "said", "Tom Hale"),
    ],
)
def test_whom_a_statement_is_made_to_is_no_target(analyse_text, text, cue, target):
    assert target_of(analyse_text(text), cue) == target


def test_whom_a_statement_is_made_to_is_no_target_in_its_content_either(analyse_text):
    analysis = analyse_text(
        "Wikinews interviewed the economist Tristan Smith in May. "
        "Tristan Smith explained to Wikinews that the model was ready."
    )
    assert target_of(analysis, "explained") == ""


@pytest.mark.parametrize(
    "text, cue, phrase, target",
    [
        # the source named after "according to" is whom it is said by, with all its phrase names
        ("According to data from the Gun Violence Archive, more than 400 people were shot in Chicago.",
         "According to", "more than 400 people", ""),
        ("According to a report by Reuters, Tom Hale had lied to the committee.", "According to", "Tom Hale",
         "Tom Hale"),
        # a resolved speaker after "according to" is no target of what it says either
        ("According to Senator Ana Lopez, Tom Hale had resigned.", "According to", "Tom Hale", "Tom Hale"),
    ],
)
def test_the_source_a_cue_names_is_no_target(analyse_text, text, cue, phrase, target):
    rows = [p for p in analyse_text(text).positions if p.cue == cue]
    assert rows and (rows[0].target, rows[0].target_actor) == (phrase, target)
