"""Target actors: whom a position is directed at or about, resolved like speakers.

`target_actors(cue, phrase, objects, content, actors, speaker)` gives the actors named in the position's target
phrase ("condemned the military cooperation between *Russia* and *North Korea*" -> Russia, North
Korea; "urged *Iraqi* leaders" -> Iraq), else the first actor named as a subject or object of its
content's clauses ("said *Iran* was responsible", "'we urge *Iraqi* leaders to ...'", "said *she*
had left", a pronoun coreference tied to someone else), else the first actor the content names
anywhere; of a name and the actor its modifier names ("*United States* President Donald Trump")
the name is meant. What the position is aimed at may name its target through whoever made it: the
clause that describes it ("the plan *Russia* announced", "a lawsuit filed by *Texas*"), its maker
("the request of *Johnson*"), the act it refers back to ("ruled *the prorogation* unlawful" after
"the Queen suspended parliament at the behest of *Johnson*"), what a response clause answers
("*responding to Pelosi's announcement*, Trump attacked ..."), and whom an asking clause is written to
("wrote to *the embassy*, asking to ..."). Neither the speaker nor the state it acts for is its own target
("a threat to South Korea" in South Korea's president's words is about whoever threatens it); a judge,
a lawmaker or the opposition may aim at their own state ("a federal judge ruled the United States
government's practice unconstitutional"). In the
tables several targets are written in one cell, joined by `TARGET_SEPARATOR` in the order the article
names them, with their kinds in `target_actor_kind` in the same order ("Russia; North Korea" and
"state; state").
"""
from __future__ import annotations

from spacy.tokens import Token

from .actors import Actor, ActorIndex
from .cameo import actor_agent, country_code
from .coref import THIRD_PERSON, event_maker, implied_event_maker, people_group
from .docs import (
    ADDRESSEE_PREPOSITION,
    PASSIVE_PARTICIPLE_TAG,
    PLURAL_NOUN_TAG,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    TIME_ENTITIES,
    antecedent,
    is_passive,
    on_platform,
    preposition_objects,
    said_through,
)
from .kinds import NOT_ACTORS, ORGANISATION, PERSON, STATE
from .lexicons import REPORTING_KINDS, Lexicon

TARGET_SEPARATOR = "; "


def target_actors(
    cue: Token, phrase: list[Token], objects: list[Token], content: list[Token], actors: ActorIndex,
    speaker: Actor | None, lexicon: Lexicon, speech: bool = True, speaker_words: list[Token] = (),
    cue_words: list[Token] = (),
) -> list[Actor]:
    """The actors a position is directed at: those its target phrase, the cue's other objects and
    the phrases of its prepositions name ("withdrew the US *from the deal with Iran*") or the clauses
    describing them say made it, with who made the acts their nouns refer to ("a ruling on *the
    prorogation*"), else whom the speaker's own noun takes a side on ("according to *Johnson's*
    critics", "supporters *of Trump*"), else who made the event its phrase refers back to, else who
    undergoes what a noun cue names ("*Iran* faces new sanctions"), else who made the ruling an appeal
    with no object is against, else whom an asking clause is addressed to, else what a response
    clause answers, else (for an act, or a cue that says nothing else) the objects of its manner or
    purpose clause ("filed a petition, *accusing the network* of ...", "voted in a referendum *to
    leave the EU*"),
    else the first its content names as a subject or object, its main clause's first (or a
    prepositional object of a target, "comply *with the request of Johnson*"), else who made an act
    the content refers back to, else
    whom a proceeding it names was said before to be into ("opposed *impeachment* proceedings"),
    else the first its content names at all, but for where it happens.
    Whom a statement is made to and where (`speech`: the cue is no act) are no targets, nor the
    speaker's own words (`speaker_words`: "according to *Johnson's critics*"), nor, in a statement's
    content, "I", "we" or "you", nor a source inside the content ("..., *as the court found*")."""
    own = _state_acted_for(speaker)

    def named(tokens: list[Token]) -> list[Actor]:
        tokens = [t for t in tokens if not on_platform(t, lexicon.target_words)]
        return [a for a in _named_in(tokens, actors, speaker) if a.name != own and not _body_of(a, own, lexicon)]

    def by_name(tokens: list[Token]) -> list[Token]:
        # of a name and what modifies it ("*United States* President Donald Trump") the name is meant
        inside = {t.i for t in tokens}
        return [t for t in tokens if not _modifies_another_actor(t, actors, inside)]

    def third_person(tokens: list[Token]) -> list[Token]:
        # in what is said, a third-person pronoun counts when coreference tied it to another than the
        # speaker, never "me" or "you" ("Tell me about the time *you* won": the two sides of an
        # interview); the cue's own object may be either ("the federation banned *me*")
        return [t for t in tokens if _third_person_or_name(t, lexicon)]

    def named_by_name(tokens: list[Token]) -> list[Actor]:
        return named(by_name(third_person(tokens)))[:1]

    # a relative pronoun is the noun it stands for: "Northern Cyprus, *which* is recognized only by Turkey"
    phrase, objects = [antecedent(t) for t in phrase], [antecedent(t) for t in objects]
    spoken_by = {t.i for t in speaker_words}
    from_objects = any(t.i == o.i for t in phrase for o in objects)
    phrase = [t for t in phrase if t.i not in spoken_by and not t.is_punct]
    if speech and not from_objects:
        phrase = third_person(phrase)  # "'*I* think everybody ...', he said": the speaker, no target
        # what a statement is about is no place it names ("said *the number of cases in Canada* had doubled")
        phrase = _without_settings(phrase, actors, lexicon)
    target_preps = lexicon.grammar["target_preposition"]
    # a preposition's object that is the speaker is whom it is said by, with all it names:
    # "according to *data from the Gun Violence Archive*"
    said_to = [
        *objects,
        *(
            o for verb in _holding_verbs(cue, objects) for o in preposition_objects(verb, target_preps)
            if o.i not in spoken_by
        ),
    ]
    # a preposition of the cue's own words is no medium ("*called on* Turkey to halt")
    own_words = {t.i for t in cue_words}
    aimed = [
        o for o in said_to
        if o.dep_ == "pobj" and o.head.i in own_words or not _addressee_or_medium(cue, o, speech, lexicon)
    ]
    unaimed = [o for o in said_to if o not in aimed]
    unaimed_words = {u.i for o in unaimed for u in o.subtree}
    phrase = [t for t in phrase if t.i not in unaimed_words]
    # whom it is said to is no part of what is said either ("explained *to Wikinews* that ..."); where
    # it is said may be ("ruled *on the appeal* by Johnson's government")
    hearers = {u.i for o in unaimed if not said_through(o, lexicon.target_words) for u in o.subtree}
    content = [t for t in content if t.i not in hearers]
    # an act's manner names its target ("filed a petition, accusing the network"); what a statement's speaker
    # goes on to do ("echoed these sentiments, describing the deployment") is a statement of its own
    aimed_phrases = [*phrase, *_object_phrases(aimed)]
    content = _without_asides(content, lexicon)
    makers = [*_clause_makers(aimed_phrases, lexicon), *_act_makers(aimed_phrases, phrase, actors)]
    arguments = _arguments(content, lexicon)
    doers = named(by_name(_act_agents(cue, lexicon)))
    return (
        _first(doers, named(by_name([*aimed_phrases, *third_person(makers)])))
        or [a for a in _side_taken(speaker_words, speaker, actors, lexicon) if a.name != own]
        or named(_event_maker(phrase, actors))
        or named(_undergoer(cue, lexicon))
        or named(_ruling_appealed([*cue_words, *content], actors, lexicon))
        or named(_asked(cue, lexicon))
        or named(by_name(_responded_to(cue, actors, lexicon)))
        or (named(_object_phrases(_clause_objects(cue))) if not speech or not content else [])
        or next(filter(None, map(named_by_name, _by_clause(arguments, content))), [])
        or named(_argument_makers(content, actors))
        or named(by_name(_earlier_subjects([*aimed_phrases, *content], lexicon)))
        or named_by_name(_without_settings(content, actors, lexicon))
        # last, a group of people no name says ("wants *foreign forces* to leave")
        or _group_named(aimed_phrases, actors, lexicon, speaker)
        or _group_named(arguments, actors, lexicon, speaker)
    )




def _group_named(tokens: list[Token], actors: ActorIndex, lexicon: Lexicon, speaker: Actor | None) -> list[Actor]:
    """The first group of people the words name by a plural noun of `groups.csv` and no name
    ("wants *foreign forces* to leave", "urged *residents* to stay home"), registered as an actor
    as a group speaker is (`coref.people_group`). Not whom the speaker has it from (`informant` in
    `target_words.csv`: "citing *sources*"), nor the speaker's own body (its name or role names it:
    "the *police* found nothing", said the head of counter terror police), nor a state's own
    government ("the UK government": the state, whom the names find)."""
    inside = {t.i for t in tokens}
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.tag_ != PLURAL_NOUN_TAG or lemma not in lexicon.groups or actors.actor_at(token) is not None:
            continue  # one "doctor", "the full force of the law": no group
        if lexicon.target_words.get(lemma) == "informant":
            continue  # "citing anonymous *sources*": whom the speaker has it from
        if speaker is not None and lemma in _words_of(speaker):
            continue  # "the police found nothing", said the head of counter terror police: the speaker's own
        if token.head.i in inside and token.head.i != token.i and token.dep_ not in ("conj", "appos"):
            continue  # a noun inside another's phrase ("a *police* report")
        states = [a for t in token.lefts if (a := actors.actor_at(t)) is not None and a.kind == STATE]
        if states and lexicon.groups[lemma]:
            continue  # "the UK government" is the United Kingdom (`folds_into_state`), whom names find
        group = people_group(token, actors, lexicon.coref, lexicon)
        if group is not None and group is not speaker:
            return [group]
    return []


def _words_of(actor: Actor) -> set[str]:
    """The words of an actor's name and role, singular and lower-case ("Indonesian National Police
    spokesperson" -> police, spokesperson ...)."""
    words = f"{actor.name} {actor.role}".lower().split()
    return {*words, *(w[:-1] for w in words if w.endswith("s"))}


def _without_settings(content: list[Token], actors: ActorIndex, lexicon: Lexicon) -> list[Token]:
    """The content without where what it says happens ("terrorist threats *in Tunisia*", "could
    not have originated *in Yemen*", "cases *in the United States*", "officers arrived *at the
    Walmart*"; `place_preposition` in `grammar.csv`): a setting is not whom a statement is aimed
    at. A phrase that names a person, or refers to one, is kept ("found *in Navalny's blood*",
    "*in his blood*", "*in contact with* Kushner"): it is about someone, not somewhere."""
    places = lexicon.grammar["place_preposition"]

    def names_a_person(phrase: Token) -> bool:
        return any((actor := actors.actor_at(u)) is not None and actor.kind == PERSON for u in phrase.subtree)

    settings = [t for t in content if t.dep_ == "pobj" and t.head.lower_ in places and not names_a_person(t)]
    cut = {u.i for t in settings for u in t.subtree}
    return [t for t in content if t.i not in cut]


# CAMEO agent types that act for their state: government, military, police, intelligence
STATE_AGENTS = ("GOV", "MIL", "COP", "SPY")


def _state_acted_for(speaker: Actor | None) -> str:
    """The state or body a speaker acts for, which its position is not aimed at ("a threat to South Korea"
    in South Korea's president's words is about whoever threatens it): its affiliation, unless the
    CAMEO agent type of its role or group noun stands apart from the government (`STATE_AGENTS`): a
    judge rules against it, a lawmaker, the opposition or the press criticises it. An affiliation
    that is no state (a lawmaker's parliament, a party) stays the speaker's own."""
    if speaker is None:
        return ""
    agent = actor_agent(speaker.name, speaker.kind, speaker.role)
    apart = agent and not agent.startswith(STATE_AGENTS) and country_code(speaker.affiliation)
    return "" if apart else speaker.affiliation


def _body_of(actor: Actor, state: str, lexicon: Lexicon) -> bool:
    """Is the actor a body of the government of the state the speaker acts for: an organisation of
    that state whose CAMEO agent type acts for it (`STATE_AGENTS`: "the Cabinet"), or one the name
    says is the state's ("the *Federal Aviation Office of Germany* has suspended Mahan's permit, German
    officials said": the officials' own office, not whom they speak about)? Not a legislature or a
    party ("Congress", "Thai Raksa Chart Party"): a speaker may aim at those."""
    if not state or actor.kind != ORGANISATION:
        return False
    agent = actor_agent(actor.name, actor.kind, actor.role)
    if actor.affiliation == state and agent.startswith(STATE_AGENTS):
        return True
    words = actor.name.split()
    of = [i for i, word in enumerate(words) if word.lower() in lexicon.grammar["holder_preposition"]]
    place = lexicon.lookup(" ".join(words[of[-1] + 1 :])) if of else None
    return place is not None and place.kind == STATE and place.canonical == state


def _side_taken(speaker_words: list[Token], speaker: Actor | None, actors: ActorIndex, lexicon: Lexicon) -> list[Actor]:
    """Whom a speaker's noun says it takes a side on (`side` in `target_words.csv`): its possessor
    ("*Johnson's* critics"), what its "of" names ("supporters *of Trump*") and a person named before
    it ("*Trump* supporters"; a party or country before it is the speaker's own: "Labour critics").
    A group speaker's words are the group's, so the name inside them is looked up by its text."""
    inside = {t.i for t in speaker_words}
    heads = [t for t in speaker_words if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1 or lexicon.target_words.get(heads[0].lemma_.lower()) != "side":
        return []
    phrases: list[list[Token]] = []
    for child in heads[0].children:
        if child.dep_ in ("poss", "compound"):
            phrases.append([t for t in child.subtree if t.dep_ != "case"])
        elif child.dep_ == "prep" and child.lower_ in lexicon.grammar["side_preposition"]:
            phrases += [list(g.subtree) for g in child.children if g.dep_ == "pobj"]
    found = [(_actor_named(words, speaker, actors), words) for words in phrases]
    return [a for a, words in found if a is not None and (a.kind == PERSON or words[0].dep_ != "compound")]


def _actor_named(words: list[Token], speaker: Actor | None, actors: ActorIndex) -> Actor | None:
    for token in words:
        actor = actors.actor_at(token)
        if actor is not None and actor is not speaker:
            return actor
    text = words[0].doc[words[0].i : words[-1].i + 1].text
    return next(
        (a for a in actors.actors.values() if a is not speaker and any(m.text == text for m in a.mentions)), None
    )


def _earlier_subjects(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """Whom a proceeding named without its subject was said before to be into or against: "opposed
    *impeachment* proceedings" after "an impeachment inquiry *into the conduct of Donald Trump*"
    (`proceeding` in `target_words.csv`). The nearest earlier mention of the same noun, alone or
    modifying another ("impeachment inquiry"), that has a preposition of a target, or whose verb has
    one."""
    proceedings = {t.lemma_.lower() for t in tokens if lexicon.target_words.get(t.lemma_.lower()) == "proceeding"}
    if not proceedings:
        return []
    target_preps = lexicon.grammar["target_preposition"]
    start = min(t.i for t in tokens)
    for earlier in reversed(tokens[0].doc[:start]):
        if earlier.lemma_.lower() not in proceedings or earlier.pos_ != "NOUN":
            continue
        holder = earlier.head if earlier.dep_ == "compound" else earlier
        # the preposition may hang on the verb of which the proceeding is the object ("launching an
        # inquiry into ...")
        heads = [holder, holder.head] if holder.dep_ == "dobj" else [holder]
        words = [
            t for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in target_preps
            for g in p.children if g.dep_ == "pobj" for t in g.subtree
        ]
        if words:
            return words
    return []


def _without_asides(content: list[Token], lexicon: Lexicon) -> list[Token]:
    """The content without a source put after what it reports ("..., *as the Court of Session
    found*"; `afterthought_mark` in `grammar.csv`) or beside a noun in it ("*reported by The
    Guardian* as convicted", a `remark` verb of `target_words.csv`), nor a relative clause that
    remarks on a noun of it (`_remarks_on`): who else said so is no target."""
    marks = lexicon.grammar["afterthought_mark"]

    def aside(t: Token) -> bool:
        # a clause of a verb, "as" someone said or found, not a comparison inside a noun phrase ("as
        # much money *as the president had requested*"); or a participle of saying with its agent
        # ("the assailant, *reported by The Guardian* as convicted of assaults")
        if t.dep_ == "acl" and t.tag_ == PASSIVE_PARTICIPLE_TAG:
            # only a remark: "amendments *issued by* the president" names who made them
            remark = lexicon.target_words.get(t.lemma_.lower()) == "remark"
            return remark and any(c.dep_ == "agent" for c in t.children)
        cue = lexicon.cue(t.lemma_.lower(), "VERB")
        if cue is None or cue.kind not in REPORTING_KINDS:
            return False
        return (
            t.dep_ == "advcl" and t.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children)
        )

    cut = {u.i for t in content if aside(t) for u in t.subtree} | _remarks_on(content, lexicon)
    return [t for t in content if t.i not in cut]


def _remarks_on(tokens: list[Token], lexicon: Lexicon) -> set[int]:
    """The words of a relative clause among the tokens that only remarks on what it describes ("the
    plan, *which the BBC noted as an unusual move*"; `remark` in `target_words.csv`), also where the
    parser took it for a clause of the cue: who remarks on a thing is no more its target than its maker."""
    return {u.i for t in tokens if _remark_clause(t, lexicon) for u in t.subtree}


def _remark_clause(clause: Token, lexicon: Lexicon) -> bool:
    if clause.dep_ == "relcl":
        # the relative pronoun is what it remarks on: "the plan, *which* the BBC noted as unusual"; not
        # "a speech *in which* he called Trump a climate arsonist", nor "the policies Trump mentioned"
        remarked = any(c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS for c in clause.children)
        return remarked and lexicon.target_words.get(clause.lemma_.lower()) == "remark"
    # a relative clause hung on the cue ("commented on the matter — *which the BBC noted* —"): opened
    # by a relative pronoun, its object, that is no complementizer (not "said to Wikinews *that* Hale
    # had lied"; nor "a state of emergency, *which* he said would allow him to act", its subject)
    opening = clause.left_edge
    return (
        clause.dep_ == "ccomp" and opening.tag_ == RELATIVE_DETERMINER_TAG and opening.dep_ == "dobj"
        and opening.lower_ in lexicon.grammar["relative_pronoun"]
        and opening.lower_ not in lexicon.grammar["complementizer"]
    )


def _holding_verbs(cue: Token, objects: list[Token]) -> list[Token]:
    """The cue, and the second verb the parser made of a modifier inside its object, which holds the
    rest of that object and its prepositions ("issued a cease | and *desist* order *to the network*";
    `content.cue_objects` reads the object whole)."""
    split = [o.head for o in objects if o.head.dep_ == "conj" and o.head.head.i == cue.i]
    return [cue, *split[:1]]


def _addressee_or_medium(cue: Token, token: Token, speech: bool, lexicon: Lexicon) -> bool:
    """Is an object of the cue whom it is said to ("told the Daily Mail", "announced to journalists")
    or where it is said ("said on Twitter")? Neither is a target (`target_words.csv`)."""
    roles = lexicon.target_words
    if token.dep_ in ("dobj", "dative") and roles.get(cue.lemma_.lower()) == "addressee":
        return True
    if token.dep_ == "pobj" and token.head.lower_ == ADDRESSEE_PREPOSITION and token.head.head.i == cue.i:
        return roles.get(cue.lemma_.lower()) == "hearer"  # "announcing *to journalists*"
    return speech and token.head.head.i == cue.i and said_through(token, lexicon.target_words)


def _object_phrases(objects: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in objects:
        if token.ent_type_ in TIME_ENTITIES:
            continue  # "banned the airline on Monday": a time is no target
        if token.dep_ == "pobj" and token.head.lower_ in DESCRIPTION_PREPS:
            continue  # "described the deployment as an escalation in the Ukraine conflict": what it is called
        cut = {u.i for c in token.children if c.dep_ in ("relcl", "acl", "advcl") for u in c.subtree}
        out += [t for t in token.subtree if t.i not in cut]
    return out


def _act_makers(tokens: list[Token], phrase: list[Token], actors: ActorIndex) -> list[Token]:
    """Who made the acts that nouns inside what the cue is aimed at refer to, beside whom the
    phrase names: "issued a ruling on *the prorogation* of Parliament" after (or, in a lede, before)
    "the Queen suspended parliament at the behest of Johnson" is aimed at Johnson as well as at
    Parliament. The phrase's own head is `_event_maker`'s, when the phrase names no one."""
    heads = {t.i for t in phrase if t.head.i == t.i or t.head not in phrase}
    return [w for t in tokens if t.i not in heads for w in event_maker(t, actors)]


def _act_agents(cue: Token, lexicon: Lexicon) -> list[Token]:
    """Who did the act an active cue is aimed at, as an agent preposition says, wherever the parser
    hung it: on a noun of `event_nouns.csv` that the cue takes as its object or describes its object
    as ("attacked the proclamation of the Golan Heights as Israeli territory *by* Trump"), or on
    the cue itself when such a noun is its object ("condemned the invasion of Ukraine *by Russia*",
    the parser's "condemned ... by Russia"). Not the author of a work ("reading a book *by* Pinker"),
    nor a "by" in the cue's subject ("polls *by* CNN indicated") or its adverbials ("despite
    criticism *by* Greece"); a passive cue's agent is its speaker."""
    if is_passive(cue):
        return []
    agent_preps = lexicon.grammar["agent_preposition"]
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    described = [o for c in cue.children if c.dep_ == "prep" and c.lower_ in DESCRIPTION_PREPS for o in c.children]
    acts = [
        t for o in [*objects, *described] for t in o.subtree
        if t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.event_nouns
    ]
    # the parser hangs an act object's agent on the cue or on the phrase that describes it
    holders = [*acts, cue, *described] if any(o in acts for o in objects) else acts
    return [
        word
        for holder in holders
        for preposition in holder.children if preposition.dep_ == "prep" and preposition.lower_ in agent_preps
        for o in preposition.children if o.dep_ == "pobj"
        for word in _object_phrases([o])
    ]


def _first(first: list[Actor], rest: list[Actor]) -> list[Actor]:
    """`first`, then those of `rest` not among them."""
    return [*first, *(a for a in rest if a not in first)]


def _event_maker(phrase: list[Token], actors: ActorIndex) -> list[Token]:
    """Who made the event a target phrase refers back to ("The embassy declined *the request*",
    "*The call* was seconded by Merkel"), by `coref.event_maker`."""
    heads = [t for t in phrase if t.head.i == t.i or t.head not in phrase]
    return event_maker(heads[0], actors) if len(heads) == 1 else []


RELATIVE_ADVERB_TAG = "WRB"  # "the city *where* Trump spoke": a place of the clause, not what it made


def _clause_makers(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """Who made what a phrase names, as the clause describing it says: the subject of a relative
    clause whose object it is ("the state of emergency *Trump* declared", "the plan which *Congress*
    passed") and the agent of a participle ("a lawsuit filed *by Texas*"). A relative clause whose
    subject is the relative pronoun itself ("the attack which killed ...") names no maker, nor does a
    document or source ("according to a statement released by the court": the court speaks;
    `documents.csv`, `source_nouns.csv`), nor one that only remarks on it ("which the BBC noted";
    `remark` in `target_words.csv`)."""
    inside = {t.i for t in tokens}
    authored = lexicon.coref.documents | lexicon.source_nouns
    makers: list[Token] = []
    for token in tokens:
        if token.lemma_.lower() in authored:
            continue
        for clause in token.children:
            if clause.i in inside or clause.pos_ not in ("VERB", "AUX"):
                continue
            if lexicon.target_words.get(clause.lemma_.lower()) == "remark":
                continue  # "the matter, *which the BBC noted* as unusual": who remarks on it did not make it
            if clause.dep_ == "relcl" and not any(c.tag_ == RELATIVE_ADVERB_TAG for c in clause.children):
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
            elif clause.dep_ == "acl" and clause.tag_ == PASSIVE_PARTICIPLE_TAG:
                subjects = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            else:
                continue
            makers += [t for s in subjects[:1] for t in _object_phrases([s])]
        makers += _object_phrases(_reduced_relative_subject(token)[:1])
    return makers


def _reduced_relative_subject(noun: Token) -> list[Token]:
    """The subject of a relative clause without "that" the parser hung on the noun's verb as a
    second clause: "filed a lawsuit against *the state of emergency Trump declared*" parsed as
    "filed ... and Trump declared". Only a clause right after the noun, with no conjunction or comma
    before it and no object of its own, is read so."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return []
    if noun.right_edge.is_punct or noun.right_edge.dep_ == "cc":
        return []  # "opposed both articles, and a third, Jared Golden, voted ...": a clause of its own
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    after = noun.right_edge.i + 1
    for clause in verb.children:
        between = [c for c in verb.children if noun.i < c.i < clause.i]
        if clause.dep_ != "conj" or clause.pos_ != "VERB" or any(c.dep_ in ("cc", "dobj", "punct") for c in between):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].left_edge.i == after and not any(c.dep_ == "dobj" for c in clause.children):
            return subjects
    return []


RELATIVE_DETERMINER_TAG = "WDT"  # "which", "that"


def _undergoer(cue: Token, lexicon: Lexicon) -> list[Token]:
    """Who undergoes what a noun cue names (`undergoing` in `target_words.csv`): the subject of a
    verb that takes it as object ("*Iran* faces new sanctions from the United States"), of a verb
    it is under ("*Johnson* came under criticism") or of a "be" whose noun it is of ("*Mahan* has
    been the subject of United States sanctions")."""
    def undergoing(word: Token) -> bool:
        return lexicon.target_words.get(word.lemma_.lower()) == "undergoing"

    holder = cue
    if cue.dep_ == "pobj" and undergoing(cue.head):
        holder = cue.head  # "came *under* criticism"
    elif cue.dep_ == "pobj" and undergoing(cue.head.head) and cue.head.head.pos_ == "NOUN":
        holder = cue.head.head  # "the *subject* of sanctions"
        if holder.dep_ != "attr":
            return []
    elif cue.dep_ != "dobj" or not undergoing(cue.head):
        return []
    verb = holder.head
    return _object_phrases([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")][:1])


APPEALED = "ruling"  # what a legal appeal with no object is against (`event_nouns.csv`)


def _ruling_appealed(tokens: list[Token], actors: ActorIndex, lexicon: Lexicon) -> list[Token]:
    """Who made the ruling an appeal with no object is against (`appeal` in `target_words.csv`):
    "the prime minister's office intends to *appeal*" after "the Court of Session ruled ...", "both
    officers said they would *appeal*" after "the court convicted them". Not an appeal to or for
    someone ("appealed to voters"), nor of something named ("appealed the ruling")."""
    for token in tokens:
        if token.pos_ != "VERB" or lexicon.target_words.get(token.lemma_.lower()) != "appeal":
            continue
        if any(c.dep_ in ("dobj", "prep", "dative", "ccomp", "xcomp") for c in token.children):
            continue
        return implied_event_maker(token, APPEALED, actors)
    return []


ASKED_DEPS = ("dobj", "dative")  # "asked *the embassy*", "wrote *them*"


def _asked(cue: Token, lexicon: Lexicon) -> list[Token]:
    """Whom an asking clause that names no one it asks is addressed to: the addressee of the verb it
    hangs off ("wrote to the embassy, *asking* to waive her immunity": the embassy; `asking` in
    `target_words.csv`)."""
    if lexicon.target_words.get(cue.lemma_.lower()) != "asking" or cue.dep_ not in ("advcl", "xcomp"):
        return []
    if any(c.dep_ in ASKED_DEPS for c in cue.children):
        return []  # "asking the police to ...": it names whom it asks
    head = cue.head
    addressees = [c for c in head.children if c.dep_ in ASKED_DEPS] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == ADDRESSEE_PREPOSITION
        for g in c.children if g.dep_ == "pobj"
    ]
    return _object_phrases(addressees)


def _responded_to(cue: Token, actors: ActorIndex, lexicon: Lexicon) -> list[Token]:
    """What a response clause of the cue or of its subject names, or who made it: "Trump, *responding
    to Pelosi's announcement*, attacked the inquiry" (`response` in `target_words.csv`)."""
    beside = [*cue.children, *(c for s in cue.children if s.dep_ in SUBJECT_DEPS for c in s.children)]
    clauses = [
        c for c in beside if c.dep_ in ("advcl", "acl") and lexicon.target_words.get(c.lemma_.lower()) == "response"
    ]
    objects = [
        g for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ == ADDRESSEE_PREPOSITION
        for g in p.children if g.dep_ == "pobj"
    ] + [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    # where the responded-to was said is no part of it ("Pelosi's announcement *on Twitter*")
    media = {
        t.i for o in objects for p in o.children
        if p.dep_ == "prep" and lexicon.target_words.get(p.lower_) == "medium" for t in p.subtree
    }
    words = [t for t in _object_phrases(objects) if t.i not in media]
    return words + [t for o in objects for t in event_maker(o, actors)]


def _clause_objects(cue: Token) -> list[Token]:
    """The objects of an act's manner or purpose clause, when the act names no target itself:
    "filed a petition, *accusing the network* of ...", "sued the company *to stop the merger*"."""
    clauses = [c for c in cue.children if c.dep_ in ("advcl", "xcomp") and c.tag_ in CLAUSE_VERB_TAGS]
    return [o for c in clauses for o in c.children if o.dep_ in ("dobj", "dative")]


CLAUSE_VERB_TAGS = ("VB", "VBG")  # "to leave", "accusing"
DESCRIPTION_PREPS = ("as",)
# prepositions of the cue that name whom it is directed at ("withdrew from", "met with", "imposed
# on"), not where or when ("sued Russia at the court", "in Geneva", "after the vote")
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "dative")
CLAUSES_CUT = ("relcl", "acl", "advcl", "prep")  # what describes an argument is not the argument


def _arguments(content: list[Token], lexicon: Lexicon) -> list[Token]:
    """The subjects (a passive's agent among them) and objects of the content's clauses, and the
    acts their verbs' prepositions of a target name ("will comply *with the request of Johnson*"),
    without what hangs off them, except the maker of an act a noun names ("the request *of
    Johnson*", `event_nouns.csv`)."""
    inside = {t.i for t in content}
    target_preps = lexicon.grammar["target_preposition"]
    out: list[Token] = []
    for token in content:
        if token.head.i not in inside:
            continue
        # a passive's agent is its clause's subject: "a press badge was used *by the assailant*"
        agent = token.dep_ == "pobj" and token.head.dep_ == "agent"
        # an act named in a verb's preposition of a target says whose act is meant ("comply with the
        # request of Johnson"); other prepositional objects are where and when ("worked on the album")
        prepositional = (
            token.dep_ == "pobj" and token.head.lower_ in target_preps and token.head.head.pos_ in ("VERB", "AUX")
            and token.lemma_.lower() in lexicon.event_nouns
        )
        if token.dep_ in ARGUMENT_DEPS or prepositional or agent:
            out += _without_descriptions(token, lexicon)
    return sorted(set(out), key=lambda t: t.i)


def _by_clause(tokens: list[Token], content: list[Token]) -> list[list[Token]]:
    """The words grouped by how deep their clause stands in the content, the main clause's first:
    "for every moment Parliament remains prorogued, *the British government* are breaking the law"
    is about the government."""
    inside = {t.i for t in content}
    levels: dict[int, list[Token]] = {}
    for token in tokens:
        depth = sum(a.i in inside and a.pos_ in ("VERB", "AUX") for a in token.ancestors)
        levels.setdefault(depth, []).append(token)
    return [levels[depth] for depth in sorted(levels)]


def _argument_makers(content: list[Token], actors: ActorIndex) -> list[Token]:
    """Who made the acts the content's subjects and objects refer back to ("the court ruled *the
    prorogation* was unlawful" after "the Queen suspended parliament at the behest of Johnson"),
    else the act any other noun of it does ("we find justifications *for this decision*" after "the
    prime minister signed a decree")."""
    inside = {t.i for t in content}
    arguments = [t for t in content if t.dep_ in ARGUMENT_DEPS and t.head.i in inside]
    others = [t for t in content if t.pos_ == "NOUN" and t not in arguments]
    return next((words for words in (event_maker(n, actors) for n in [*arguments, *others]) if words), [])


def _without_descriptions(token: Token, lexicon: Lexicon) -> list[Token]:
    act = token.lemma_.lower() in lexicon.event_nouns
    cut = {
        u.i for c in token.children
        if c.dep_ in CLAUSES_CUT and not (act and c.dep_ == "prep" and c.lower_ in lexicon.grammar["maker_preposition"])
        for u in c.subtree
    }
    return [t for t in token.subtree if t.i not in cut]


def _third_person_or_name(token: Token, lexicon: Lexicon) -> bool:
    entry = lexicon.coref.pronoun(token)
    return entry is None or entry.person == THIRD_PERSON


MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")  # words inside a noun phrase before its head


def _modifies_another_actor(token: Token, actors: ActorIndex, inside: set[int]) -> bool:
    """Is `token` part of a modifier of a noun among `inside` that names another actor: "United
    States" in "United States President Donald Trump", "Iranian" in "Iranian airline Mahan Air"?"""
    own = actors.actor_at(token)
    while token.dep_ in MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
        other = actors.actor_at(token)
        if other is not None and other is not own:
            return token.i in inside
    return False


def _named_in(tokens: list[Token], actors: ActorIndex, speaker: Actor | None) -> list[Actor]:
    found: list[Actor] = []
    for token in sorted(tokens, key=lambda t: t.i):
        actor = actors.actor_at(token)
        if actor is None or actor.kind in NOT_ACTORS or actor is speaker or actor in found:
            continue
        if speaker is not None and speaker.name in actor.members:
            continue  # "Both officers indicated *they* would appeal": a group the speaker is one of
        if speaker is not None and actor.kind != PERSON and _owned_by(token, speaker, actors):
            continue  # "Corbyn said *his Labour Party* was eager for an election": the speaker's own body
        found.append(actor)
    return found


def _owned_by(token: Token, speaker: Actor, actors: ActorIndex) -> bool:
    """Does the phrase a name stands in belong to the speaker, by a possessive that refers to them
    ("*his* Labour Party", "*her* government"; not "*her* husband", someone else)?"""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and actors.actor_at(c) is speaker for c in head.children)


def joined(found: list[Actor]) -> tuple[str, str]:
    """The `target_actor` and `target_actor_kind` cells for a list of actors."""
    return TARGET_SEPARATOR.join(a.name for a in found), TARGET_SEPARATOR.join(a.kind for a in found)
