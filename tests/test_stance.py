"""Stance read from what is said: which words of the content speak for the speaker, and acts."""
from __future__ import annotations

import pytest


def stances(analyse_text, text: str, cue: str) -> list[str]:
    positions = analyse_text(text).tables()["positions"]
    return positions[positions["cue"] == cue]["stance"].tolist()


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # a modifier that only classifies its noun judges nothing ...
        ('Ahmed said, "Our country is facing terrorist attacks every week."', "said", "state"),
        ("The minister said the fence would stop illegal immigration.", "said", "state"),
        # ... unless the noun is what the content predicates
        ('Ahmed said, "This is an illegal war."', "said", "condemn"),
        ("The police said the PKK is a banned militant organisation.", "said", "state"),
        # an "if" that opens no condition, or one contrary to fact, is no warning
        ("The prosecutor said doctors will check if the suspect is fit for trial.", "said", "state"),
        ('Her father said, "If he had stayed, we could have forgiven him."', "said", "state"),
        ('The general said, "If they attack, we would respond."', "said", "warn"),
        # a judgement of what a condition would bring warns of it
        ('The senator said, "It would be a disaster if the talks failed."', "said", "warn"),
        ('The senator said, "The collapse of the talks was a disaster."', "said", "condemn"),
        # a cue word inside the content is the speaker's own act only when the speaker performs it
        ("The senator said the governor had heard the demands of the strikers.", "said", "state"),
        ("The paper reported that the mayor may have encouraged the police to act.", "reported", "state"),
        ("The minister said the ban on the airline was temporary.", "said", "state"),
        ("The minister said he had asked for the ambassador's resignation.", "said", "appeal"),
        ('Smith said, "We strongly urge both parties to return to talks."', "said", "appeal"),
        ("The minister said he renewed his calls for restraint.", "said", "appeal"),
        # general vocabulary of each stance, read from the content
        ('Okafor said, "We find justifications for this decision."', "said", "support"),
        ("The mayor said the measures were understandable.", "said", "support"),
        ('The coach said, "It was a fantastic performance by the whole team."', "said", "support"),
        ("The senator said the attack was deplorable.", "said", "condemn"),
        ("The ministry said it was deeply concerned about the arrests.", "said", "concern"),
        # a worry the speaker means to take away is none of theirs
        ("The union said it was working with the operators to ease the concerns of passengers.", "said", "state"),
        ("The ministry said the operation aimed at neutralizing the threat from the militia.", "said", "state"),
        ("The company said the new lines would reduce the risk of fires.", "said", "state"),
        # a quotation that opens with an imperative appeals; a turn of speech does not
        ('To the voters, the candidate said, "Be bold. Vote for the bill."', "said", "appeal"),
        ('The mayor wrote, "Stop the count!"', "wrote", "appeal"),
        ('The mayor said, "Imagine the city without its river."', "said", "state"),
        ('The mayor said, "Let me be clear: the plan is final."', "said", "state"),
        ("The senator questioned the findings of the report.", "questioned", "reject"),
        ("Police questioned the driver for hours.", "questioned", "state"),
        ("Several members questioned it openly.", "questioned", "reject"),
        # praise without a verb of praising; a phrase negated at any of its words
        ('The new senator said, "It is really exciting to be part of this majority."', "said", "support"),
        ("The coach said he is a big fan of the new rules.", "said", "support"),
        ("The coach said he is not a big fan of the new rules.", "said", "reject"),
        ("Senator John Smith gave credence to the claims.", "gave", "support"),
        ('The archbishop said, "We need to pray for peace."', "said", "appeal"),
        ("The spokesman said the claims were baseless.", "said", "deny"),
        ('The commander said, "We will retaliate."', "said", "threaten"),
        ('Smith wrote, "I disagreed strongly with his suggestions."', "wrote", "reject"),
        ("The opposition claimed the government meddled in the vote.", "claimed", "accuse"),
        # a crime told of someone is an accusation, whoever tells it
        ("According to the complaint, the governor may have misused his office.", "According to", "accuse"),
        ("The witness testified that she was raped by two officers.", "testified", "accuse"),
        # a killing or an injury accuses whoever it is said to be done by, not a thing or a stranger
        ("The agency believes the crown prince ordered the journalist's killing.", "believes", "accuse"),
        ("Activists said her eye was injured by police.", "said", "accuse"),
        ("The spokesman said the blast had killed twelve people.", "said", "state"),
        ("Officials said two people were killed.", "said", "state"),
        ("Witnesses said a man stabbed three people.", "said", "state"),
        ("The chairman lauded the nominee's courage.", "lauded", "support"),
        ("The prime minister signed a decree banning masks in schools.", "signed", "reject"),
        # acts on a law and a legislature's demands are positions of their own
        ("The Norwegian parliament abolished the death penalty on Friday.", "abolished", "reject"),
        ("The Norwegian parliament decriminalized abortion on Friday.", "decriminalized", "support"),
        ("The House subpoenaed a full transcript of the call.", "subpoenaed", "demand"),
        ("The House passed two articles of impeachment against the president.", "passed", "accuse"),
        ("The House issued a subpoena for documents from the secretary of state.", "issued", "demand"),
        ('The mayor tweeted, "Enough is enough: it is time to give the public a say."', "tweeted", "appeal"),
        ("The king announced he will comply with the request.", "announced", "support"),
        ('"The committee is moving forward with an inquiry," she announced.', "announced", "prepare"),
        ("The minister said the fears were overblown.", "said", "downplay"),
        ('The senator said, "The report is nonsense."', "said", "reject"),
        ("He visits from time to time, she said.", "said", "state"),
        ("The minister said they would agree only if the troops withdraw.", "said", "demand"),
        ('"We stand ready to send whatever help we can," the premier tweeted.', "tweeted", "support"),
        # a ruling cited is no ruling given; a phone call is no appeal
        ("He went on to cite the court ruling on marriage.", "cite", "state"),
        ("Trump characterized the call with Zelensky as friendly.", "characterized", "state"),
        ("Trump characterized the call with Zelensky as routine.", "characterized", "downplay"),
        # a concession grants, a denied thought negates what it holds
        ("Her lawyer said many women travel abroad despite the threat of prison.", "said", "state"),
        ('"I don\'t think that anyone should panic," the mayor told reporters.', "told", "state"),
        ('The judge wrote, "While past rules may have justified it, men and women are now equal."', "wrote", "state"),
        ("The minister said that although the decision was unfair, they would accept it.", "said", "state"),
        ("The minister said he did not think the decision was justified.", "said", "reject"),
        ('"We have never felt the need to change," she said.', "said", "state"),
        # what a cue verb governs: an aim of one's own, someone else's act, nothing at all
        ("The rebels seek to retake the capital.", "seek", "prepare"),
        ("The rebels seek international help.", "seek", "appeal"),
        ("The union wants the managers to resign.", "wants", "demand"),
        ("The union wants to win.", "wants", "state"),
        ("The mayor's office intends to appeal.", "intends to appeal", "reject"),
        ("The mayor said he would appeal.", "said", "reject"),
        ("Smith appealed for calm.", "appealed", "appeal"),
        # a light verb takes the stance of its object, with the object's preposition
        ("Johnson joined the calls for an investigation.", "joined", "appeal"),
        ("France joined the criticism of the plan.", "joined", "condemn"),
        ("The leaders renewed calls for a ceasefire.", "renewed", "appeal"),
        # the speaker's own plan of action
        # the speaker's own plan of action
        ('"Within the next ten days, I will present a bill," the president said.', "said", "prepare"),
        ('"We will send more troops," the minister said.', "said", "prepare"),
        ('"I will never forget this," she said.', "said", "state"),
        ('"They will attack," he said.', "said", "state"),
        ("The president announced he is to send a bill to the congress.", "announced", "prepare"),
        ("The minister said the break lets him draft plans, which he is to present in May.", "said", "state"),
        ("The minister said they will attack.", "said", "state"),
        # a body's or a group's "it" and "they" are the speaker's own
        ("Police said they would be investigating the allegations.", "said", "prepare"),
        ("The company said it will not accept the offer.", "said", "reject"),
        ("The company said it did not order the recall.", "said", "deny"),
        # the speaker's own deed denied, or refused; not what one could not do, nor another's deed
        ('"I put no pressure on them whatsoever," the president told the press.', "told", "deny"),
        ("The administrator said she was never pressured by any official.", "said", "deny"),
        # the parser hangs the subject on the auxiliary when a quotation opens between them
        ('Lee insisted she was "never directly or indirectly pressured by any official".', "insisted", "deny"),
        ("The president has said he will not approve a budget without the funding.", "said", "reject"),
        ('The minister said, "We couldn\'t win."', "said", "state"),
        ('The lawyer told reporters, "She did not lie."', "told", "state"),
        ("The senator said he would not run again.", "said", "state"),
        # calling on someone to act appeals; a call on a day does not
        ("Foreign Minister Sameh Shoukry called on Turkey to halt its drilling.", "called on", "appeal"),
        ("Foreign Minister Sameh Shoukry called on Monday to say the talks had failed.", "called", "state"),
        ("On Thursday, President Emmanuel Macron called for action.", "called for", "appeal"),
        # a statement issued is something said
        ("Governor Michael Smith issued a statement on Monday.", "issued", "state"),
        # a pledge is a plan of one's own
        ("The president pledged to convert the museum.", "pledged", "prepare"),
        # a negated subject, or a noun after a negated one
        ("Not everyone agreed there should be another referendum.", "agreed", "reject"),
        ("No country supported the resolution.", "supported", "reject"),
        ("The minister said there was no evidence of fraud.", "said", "deny"),
        ("The general said there is no threat to the city.", "said", "state"),
        ("The minister said the vote was marked by fraud.", "said", "accuse"),
        # nouns of a side taken
        ("Kowalski was an early supporter of democracy.", "supporter", "support"),
        ("Smith is a fierce critic of the government.", "critic", "condemn"),
        ("The minister was suspected of corruption.", "suspected of", "accuse"),
        ("The minister described the situation as a crisis.", "described", "concern"),
        # a source that only reports someone else's statement
        # a source that only reports someone else's statement takes no side of its own
        ('The mayor called the plan "a disgrace", according to the Herald.', "according to", "state"),
        ("The Post reported a source said the ban was a disgrace.", "reported", "state"),
        # the speaker's own words reported by the speaker keep their stance
        ('He said, "I told them we will retaliate."', "said", "threaten"),
        # a thing that "continues" says nothing: the warning stands
        ('Biden argued that if Trump wins, "these events will continue to become more common".', "argued", "warn"),
        # a claim that someone else did something accuses them, when no word of it says more ...
        ("The opposition claimed the riots were organised by the police.", "claimed", "accuse"),
        ("Critics claimed the merger was a move by the chairman to silence rivals.", "claimed", "accuse"),
        ("The ministry claimed the rebels shelled the hospital.", "claimed", "accuse"),
        # ... not one where no one acts, one of having, or of someone's words or thoughts
        ("The army claimed 40 soldiers were dead.", "claimed", "state"),
        ("The mayor claimed the city has enough water.", "claimed", "state"),
        ("The spokesman claimed the minister decided to resign.", "claimed", "state"),
        # a word that judges wherever it stands, before a noun too; a classifying one does not
        ("The minister said the court had made a disgraceful decision.", "said", "condemn"),
        ("The mayor said an appalling attack had shaken the city.", "said", "condemn"),
        ("The engineers said a non-destructive test had been run.", "said", "state"),
        # what a vote is for: the verb of its infinitive
        ("Norwegians voted in a referendum to leave the union.", "voted", "reject"),
        ("Members voted to remain in the alliance.", "voted", "support"),
        ("The assembly voted to censure the minister.", "voted", "condemn"),
        # what a vote is for or against: its preposition
        ("Republicans voted against the bill.", "voted", "reject"),
        ("Jared Golden voted for the first article.", "voted", "support"),
        # "maintain" with a clause states it; with "innocence" it denies
        ("She maintained that the vote was rigged.", "maintained", "accuse"),
        ("Mayor Tom Hale maintains his innocence.", "maintains", "deny"),
        # a body the speaker's pronoun owns, acting on something, is a plan; what befalls it is not
        ("Lam announced that her government will withdraw the bill.", "announced", "prepare"),
        ("The minister said her government will collapse.", "said", "state"),
        ("He said he will withdraw the troops.", "said", "prepare"),
        # not acceding to demands rejects them
        ("Lam agreed to add two members to the council but did not accede to protesters' demands for an inquiry.",
         "accede", "reject"),
        # agreeing to meet is meeting; agreeing to a plan backs it
        ("Russia agreed to talks with Ukraine.", "agreed", "meet"),
        ("Germany agreed to the plan.", "agreed", "support"),
        ("Italian foreign minister Luigi Di Maio joined the talks as an observer.", "joined", "meet"),
        # recognising a state, a government or a vote's result accepts it; not recognising it rejects it
        ("Greece does not recognize the agreement.", "recognize", "reject"),
        ("Russia recognised the independence of the two regions.", "recognised", "support"),
        ("The minister recognized the need for reform.", "recognized", "confirm"),
        # gladness at what has happened backs it
        ('The lawyer told the BBC, "My client is of course very relieved with the verdict."', "told", "support"),
        # what something is considered to be is a judgement, no plan weighed
        ("The minister considered the plan unacceptable.", "considered", "condemn"),
        ("Susan Bro told reporters she considered the deal acceptable.", "considered", "support"),
        ("The government is considering new sanctions.", "considering", "prepare"),
        # what an announcement says is to come is a plan; what has been is not
        ("Yesterday, the transport secretary, Grant Shapps, announced that from June 15, wearing a face covering "
         "would become compulsory.", "announced", "prepare"),
        ("The ministry announced that the talks had failed.", "announced", "state"),
        # a ruling appealed is rejected; an appeal for something asks for it
        ("The president's lawyers appealed the verdict.", "appealed", "reject"),
        ("He appealed for calm.", "appealed", "appeal"),
        # a noun for a kind of person judges only someone it is said of
        ("The minister said the law would let police extradite accused criminals.", "said", "state"),
        ("He called them criminals.", "called", "accuse"),
        ("She said he was behaving like a bully.", "said", "condemn"),
        ("The agency arrested ten men, claiming them to be mercenaries.", "claiming", "accuse"),
        ("She said the ruling was unwelcome.", "said", "reject"),
        # a report called untrue is denied; a "no" that answers a question negates nothing of it
        ('Biden told the host, "No, it is not true."', "told", "deny"),
        ("The senator said the remark was inappropriate.", "said", "condemn"),
        # directing someone to act
        ("Governor Cuomo instructed the police to clear the square.", "instructed", "demand"),
        (
            "House Speaker Nancy Pelosi spoke on Tuesday. She was directing six of the committees to proceed.",
            "directing",
            "demand",
        ),
        # a plea of guilty owns up to the charge, one of not guilty denies it; a plea for something asks
        ("McArthur pleaded guilty to each crime.", "pleaded", "confirm"),
        ("Zhukovskyy pleaded not guilty to seven counts.", "pleaded", "deny"),
        ("She pleaded for mercy.", "pleaded", "appeal"),
        # liking to do something is a wish or a pastime of one's own; liking something backs it
        ("I'd like to ask you about your discovery.", "like", "state"),
        ("The minister likes the plan.", "likes", "support"),
        # "are" after a collective noun is its plural, no subjunctive demand ("that he *be*" would be one)
        ("We found that even our staff are so talented.", "found", "state"),
        # what is not expressed is negated; a body that neither does nor ... does not
        ("Waseem expressed no regret for his sister's death.", "expressed", "state"),
        ("Neither party would endorse the result.", "endorse", "reject"),
        ("She wants support, not sympathy.", "wants", "support"),
        # a question put is no request, and its words say nothing of the asker's own
        ("Reporters asked the minister whether he would resign.", "asked", "state"),
        ("Trump asked why Biden did not implement the policies.", "asked", "state"),
        ("She asked the court to delay the trial.", "asked", "appeal"),
        # telling or advising someone to act asks them to, in the passive too; telling someone a thing
        # states it, and an infinitive that is a purpose or a thing's own is no one told to act
        ("The mayor told residents to leave the city.", "told", "appeal"),
        ("Residents were told to stay off the roads.", "told", "appeal"),
        ("Affected travelers were advised to contact their airlines.", "advised", "appeal"),
        ("The minister told reporters that the talks had failed.", "told", "state"),
        ("I call up many people daily to tell them about the virus.", "call", "state"),
        ("So to be practical, we hope the city will grow.", "hope", "state"),
        # suggesting that someone else act is advice, an appeal; suggesting that something is so states it
        ("The mayor suggested that the council delay the vote.", "suggested", "appeal"),
        ("Zara Kay suggested others to read the book.", "suggested", "appeal"),
        ("The study suggested that the birds were farmed.", "suggested", "state"),
        # a named state is recognised, or not, as "the state" is
        ("Serbia does not recognize Kosovo.", "recognize", "reject"),
        # words that judge what they are said of
        ('Mick Cash said the measure was "nowhere near enough."', "said", "condemn"),
        ("She said the plan was deeply flawed.", "said", "condemn"),
        ('"It is a propaganda stunt that no-one takes seriously," Hook added.', "added", "accuse"),
        # an infinitive set apart by a comma is a purpose, not what the object is to do
        ("The website suggested piracy, perhaps to obtain the valuable cargo.", "suggested", "state"),
        # the "would" of reported speech is the speaker's "will": a plan, unless it is a wish, a past
        # not lived or what a condition sets
        ("President Trump said he would send troops on Friday.", "said", "prepare"),
        ("Haitham said he would continue the late sultan's policies.", "said", "prepare"),
        ("Senator Jones said he would have voted against it.", "said", "state"),
        ("The mayor said she would like to see more parks.", "said", "state"),
        ('The mayor said, "I would say the parks are full."', "said", "state"),
        ("The minister said she would resign if the vote failed.", "said", "warn"),
        ("He said he would release a statement on Friday.", "said", "prepare"),
        ('Trump said, "I will sign the bill."', "said", "prepare"),
        ('Trump said, "I will say this again."', "said", "state"),
        # a tribute praises the one it is paid to
        ("Michael Makuei, the Information Minister, paid tribute to Luk.", "paid", "support"),
        ('She said, "John Luk was very honest and hardworking."', "said", "support"),
        ('He said, "It is a great loss to the people of South Sudan."', "said", "support"),
        ("Zara Kay said she did not know much about Tunisia, to be honest.", "said", "state"),
        # a comparison judges with every word of it; what something is treated as only classifies it
        ('Erdogan said, "Unfortunately, Trump is behaving like a bully boy."', "said", "condemn"),
        ("Police said they were treating it as a terrorist incident.", "said", "state"),
        ('He added, "The agreement goes against international law."', "added", "condemn"),
        ("The court decided their actions did not qualify, reversing the convictions.", "decided", "reject"),
        # announcing new rules is a plan
        ("The government announced a curfew in the capital.", "announced", "prepare"),
        # whom a backed side is set against is no object of the backing; with no object, "against" rejects
        ("France backed Kyiv against Moscow.", "backed", "support"),
        ("Saudi Arabia supported the government against the rebellion.", "supported", "support"),
        ("Republicans voted against the bill.", "voted", "reject"),
        # a plea made or delivered asks
        ("Additionally, he delivered his final plea to voters.", "delivered", "appeal"),
        # what would not help is rejected
        ("The mayor said a new tax would not be helpful.", "said", "reject"),
        # a verb in "-ies" the tagger took for a plural noun is still the verb
        ('"Our party complies with the court order," the party told the press.', "told", "support"),
        # a condition warns when what it is set on is foretold, not when it tells a rule or an opinion
        ('Peers said, "If there is a court order, then Facebook has to search for variations of it."', "said", "state"),
        ('Honig said, "If I got a transcript like this, I would think they were discussing a crime."', "said", "state"),
        ('Biden argued that if Trump wins, "these hellish events will continue."', "argued", "warn"),
        ("The minister said if the bill passes, it will cost jobs.", "said", "warn"),
        # advocating a cause backs it; proposing a law is a policy weighed, proposing what others do asks
        ("The Constitution Party advocates states' rights and limited government.", "advocates", "support"),
        ("Nancy Pelosi has proposed legislation that would fund the government.", "proposed", "prepare"),
        ("The state of Oregon introduced a bill to require voting by mail.", "introduced", "prepare"),
        ("Senator Ana Lopez proposed that the two sides meet in Geneva.", "proposed", "appeal"),
        # what is accepted is agreed to; a deed accepted is owned up to
        ("President Rodrigo Duterte accepted the resignation of the minister.", "accepted", "support"),
        ("Crown Prince Mohammad bin Salman accepted responsibility for the murder.", "accepted", "confirm"),
        # someone chosen is backed
        ("Don Blankenship selected party chairman William Mohr as his running mate.", "selected", "support"),
        # what is said ends where a second cue of the speaker begins
        ("Michael Flynn said there was a lack of transparency and urged the crowd to ask questions.", "said",
         "state"),
    ],
)
def test_stance_of_what_is_said(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # a verb of backing, denying, owning up or planning said of the speaker's own self takes a side
        ("Gloria La Riva said she fully supports abortion rights.", "said", "support"),
        ('The minister said, "We back the plan."', "said", "support"),
        ("The senator said he denies the allegations.", "said", "deny"),
        ("Joe Biden said he planned to announce his choice around August 1.", "said", "prepare"),
        ("The mayor said he did not support the policies.", "said", "reject"),
        # not in a sense that takes no side, nor said of someone else, nor asked or set as a condition
        ("The paper noted rocky planets can support a hydrogen-rich atmosphere.", "noted", "state"),
        ("The officials said there is no evidence to support the claims.", "said", "state"),
        ("The mayor said they got the water supply back on Tuesday.", "said", "state"),
        ("The blog said the party supports the plan.", "said", "state"),
        ("Senator Durbin questioned the President's power to do as he proposed.", "questioned", "state"),
        ("Joe Biden would not say whether he supported court packing.", "say", "state"),
        ("The paper reported that the mayor had supported the plan.", "reported", "state"),
        # what a thing said or posted says is the speaker's, wherever the parser hung it
        ("Mike Pompeo posted a message on Twitter blaming Iran for the attacks.", "posted", "accuse"),
        ('"They are among the best athletes in the world, so thank you," said Eliud Kipchoge.', "said", "support"),
    ],
)
def test_the_speakers_own_act_in_what_is_said(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The virus has claimed 6,606 lives in the country.", "claimed"),
        ("Lopez claimed her third world title on Sunday.", "claimed"),
        ("The team of researchers at Leeds University selected a sample of 40 mice.", "selected"),
        ("Actress Meryl Streep accepted the award on Sunday.", "accepted"),
        ("As state counsellor, she advises President Htin Kyaw.", "advises"),
        # the object of a relative clause is its noun, not the words of the clause itself
        ("He spoke during the hearing, which Senator Ana Lopez accepted according to a statement.", "accepted"),
    ],
)
def test_a_cue_word_in_a_sense_that_says_nothing_is_no_position(analyse_text, text, cue):
    assert stances(analyse_text, text, cue) == []


def test_a_ruling_given_still_rejects(analyse_text):
    assert stances(analyse_text, "Germany issued a ruling against the airline.", "issued") == ["reject"]


@pytest.mark.parametrize(
    "text, cue, speaker, stance, cameo",
    [
        # acts, each with its stance and its own CAMEO code
        ("The Federal Aviation Office has suspended the airline's permit.", "suspended", "Federal Aviation Office",
         "reject", "160"),
        ("Germany convicted the former minister of fraud.", "convicted", "Germany", "accuse", "173"),
        ("The United States indicted Smith.", "indicted", "United States", "accuse", "173"),
        ("Russia acquitted Ahmed of all charges.", "acquitted", "Russia", "support", "081"),
        ("Gorka encouraged supporters to remain hopeful.", "encouraged", "Gorka", "appeal", "020"),
        # a gerund after "in", "upon", "after" shares the subject of the clause above it
        ("The United States was more forceful in blaming Iran.", "blaming", "United States", "accuse", "112"),
        ("Dr. Nowak was met with applause upon announcing the mayor was alive.", "announcing", "Nowak", "state", "010"),
        # light verbs and phrases of acts
        ("Bolton gave a different account of events.", "gave", "Bolton", "state", "010"),
        ("Germany gave its support to the plan.", "gave", "Germany", "support", "051"),
        ("The Court of Session issued an opinion on the suspension.", "issued", "Court of Session", "reject", "120"),
        ("Japan committed to cutting emissions by half.", "committed to", "Japan", "prepare", "014"),
        ("The House issued a deposition request for the envoy.", "issued", "House", "appeal", "020"),
        ("The United States levied sanctions against Iran.", "levied", "United States", "reject", "163"),
        # drafting a bill prepares it (PETRARCH codes a drafted bill 031, intent to cooperate)
        ("The bill was drafted by Alex Greenwich.", "drafted", "Alex Greenwich", "prepare", "031"),
        # an object the parser split at a compound modifier ("a cease | and desist order"), and the
        # noun a relative clause with no pronoun describes ("the state of emergency Smith declared")
        ("The Federal Trade Commission issued a cease and desist order to the company.", "issued",
         "Federal Trade Commission", "demand", "100"),
        ("The senators criticised the state of emergency Governor Smith declared on Friday.", "declared", "Smith",
         "prepare", "014"),
        # signing an agreement backs it, coded as "sign" with its object (057); a letter says what it says
        ("Turkey signed a maritime border agreement with Libya on Wednesday.", "signed", "Turkey", "support", "057"),
        ("Ana Lopez signed a letter saying the report was false.", "signed", "Ana Lopez", "deny", "016"),
        # a choice of one's own course is a plan
        ("Former governor William Weld has decided to run in the 2020 election.", "decided", "William Weld",
         "prepare", "014"),
        ("The council chose to postpone the election.", "chose", "The council", "prepare", "014"),
        # an organisation's initials the model left untagged still act
        ("Within a day before the event, Belarusian KGB arrested 33 Russian individuals.", "arrested", "KGB",
         "accuse", "173"),
        # defecting, inviting and designating, acts coded by their verbs
        ("Senator Jones defected to the Republicans.", "defected", "Jones", "reject", "120"),
        ("Germany invited Poland to the talks.", "invited", "Germany", "appeal", "040"),
        ("The United States designated the group as a terrorist organization.", "designated", "United States",
         "accuse", "112"),
        # "at the request of X" names who asked
        ("Parliament was prorogued at the request of Boris Johnson.", "at the request of", "Boris Johnson", "appeal",
         "020"),
        ("The Queen suspended Parliament at the behest of Boris Johnson.", "at the behest of", "Boris Johnson",
         "appeal", "020"),
    ],
)
def test_acts_and_forms_found_with_their_stance_and_code(analyse_text, text, cue, speaker, stance, cameo):
    positions = analyse_text(text).tables()["positions"]
    row = positions[positions["cue"] == cue]
    assert row[["speaker", "stance", "cameo"]].values.tolist() == [[speaker, stance, cameo]], positions.values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        "She gave a speech in Berlin.",  # a light verb whose object takes no side
        "Spielberg directed the film in 1993.",  # no one directed to act
        "Governor Cuomo directed his anger at the board.",
        "The company issued a statement and left.",  # a verb after "and" with a tense of its own is no modifier
        "The Bush Center in Dallas maintains a program for young leaders.",  # "maintain" with no stand held
    ],
)
def test_a_light_verb_with_no_side_is_no_position(analyse_text, text):
    assert analyse_text(text).tables()["positions"].empty


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # a prohibition appeals as any imperative does; a subject left out of a past tense is no imperative
        ('The mayor tweeted, "Don\'t be afraid of the flood. Do not let it rule your life."', "tweeted", "appeal"),
        ('The mayor tweeted, "Didn\'t know about this, but I will be there!"', "tweeted", "state"),
        # what the speaker says they intend or have decided to do is a plan; someone else's is not theirs
        ('The senator said, "I intend to give that some serious thought."', "said", "prepare"),
        ("The senator said she had decided to leave the committee.", "said", "prepare"),
        ("The senator said the rebels intend to attack the capital.", "said", "state"),
    ],
)
def test_a_prohibition_appeals_and_the_speaker_s_own_aim_is_a_plan(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # a feeling or an attitude expressed or voiced takes the side it names
        ("Senator Orla Quint expressed opposition to the new toll on the Vandor bridge.", "expressed", "reject"),
        ("Many drivers voiced frustration with the delays at the Vandor bridge.", "voiced", "condemn"),
        ("Senator Orla Quint expressed a preference for a short hearing.", "expressed", "support"),
        ("The two governments expressed their willingness to negotiate a new treaty.", "expressed", "prepare"),
        ("Senator Orla Quint expressed no opposition to the toll.", "expressed", "support"),
    ],
)
def test_a_feeling_expressed_takes_the_side_it_names(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


def test_anger_only_directed_somewhere_is_no_position(analyse_text):
    assert analyse_text("Mayor Tilda Brask directed her anger at the toll board.").tables()["positions"].empty


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # an adjective that judges what is expressed takes the side; the noun's own row comes first
        ("Senator Orla Quint expressed favorable interest in a toll on the Vandor bridge.", "expressed", "support"),
        ("Many drivers voiced negative views of the new toll.", "voiced", "condemn"),
        ("Many drivers voiced grave concern about the new toll.", "voiced", "concern"),
        ("Senator Orla Quint expressed critical support for the toll.", "expressed", "support"),
    ],
)
def test_an_adjective_judging_what_is_expressed_takes_its_side(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # "be going to" tells what the speaker will do, as "will" does
        ('Mayor Tilda Brask said, "We\'re going to close the Vandor bridge in May."', "said", "prepare"),
        ("Mayor Tilda Brask said she was going to close the Vandor bridge.", "said", "prepare"),
        ('Mayor Tilda Brask said, "We\'re not going to wait until May."', "said", "state"),
        ("Mayor Tilda Brask said the rebels are going to attack the Vandor bridge.", "said", "state"),
        # what one will have, or what befalls one, is no plan
        ('Mayor Tilda Brask said, "We will have a lot of work to do together."', "said", "state"),
        ('The climber Orla Quint said, "I thought I was going to die up there."', "said", "state"),
    ],
)
def test_what_the_speaker_is_going_to_do_is_a_plan(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # a row with a hyphen matches the words the tokenizer splits it into
        ("Senator Orla Quint called the Vandor toll short-sighted.", "called", "condemn"),
        ("Senator Orla Quint called the toll plan a non-starter.", "called", "reject"),
        ("Senator Orla Quint called the toll plan heavy-handed.", "called", "condemn"),
        # a name for what is done judges what it is said of, not what it tells of
        ("Senator Orla Quint called the vote a coup against the council.", "called", "condemn"),
        ("Senator Orla Quint said the army staged a coup in Vandor.", "said", "state"),
    ],
)
def test_hyphenated_rows_and_names_for_what_is_done(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # what is announced to be done is a plan; a compound only names a kind
        ("Mayor Tilda Brask announced the change on Vandor television.", "announced", "prepare"),
        ("The Vandor council announced job cuts on Monday.", "announced", "prepare"),
        ("The Vandor Herald announced its choice of climate change activist Orla Quint.", "announced", "state"),
    ],
)
def test_what_is_announced_to_be_done_is_a_plan(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        # praise in a tribute, names for a wrongdoer, a judgement said of a deed, a danger foretold
        ('Mayor Tilda Brask said, "The bravery of the Vandor firefighters is a wonder."', "said", "support"),
        ('Mayor Tilda Brask said, "Orla Quint was an extraordinary woman."', "said", "support"),
        ("Mayor Tilda Brask said the council held an extraordinary session.", "said", "state"),
        ("Senator Orla Quint called the mayor a climate arsonist.", "called", "accuse"),
        ("The Vandor court said the culling was completely unnecessary.", "said", "condemn"),
        ("The Vandor court urged drivers to avoid unnecessary trips.", "urged", "appeal"),
        ("The Vandor court said the toll was incompatible with the charter.", "said", "reject"),
        ('The health minister said, "Bottom line, it is going to get worse."', "said", "warn"),
    ],
)
def test_tributes_names_for_wrongdoers_and_dangers_foretold(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]


def test_a_treaty_said_to_infringe_rights_accuses(analyse_text):
    text = 'Prime Minister Orla Quint noted that the Vandor treaty "infringes upon our sovereign rights".'
    assert stances(analyse_text, text, "noted") == ["accuse"]


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        ("In his message, Mayor Tilda Brask appreciated the firefighters' courage.", "appreciated", "support"),
        ("Mayor Tilda Brask saluted the firefighters of Vandor.", "saluted", "support"),
        ("Senator Orla Quint deplored the attack on the Vandor bridge.", "deplored", "condemn"),
        ("Senator Orla Quint berated the toll board for its delays.", "berated", "condemn"),
        ("Senator Orla Quint scolded the toll board for its delays.", "scolded", "condemn"),
    ],
)
def test_verbs_of_praise_and_reproach_take_their_side(analyse_text, text, cue, stance):
    assert stances(analyse_text, text, cue) == [stance]
