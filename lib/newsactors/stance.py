"""Stance: one label per position, from its cue and the words around it, with its CAMEO code.

The order of decisions, each driven by a table in `data/lexicons/`:

1. the cue's own stance (`cues.csv`): "condemned" -> condemn; light verbs such as "expressed",
   "raised" take theirs from their object ("expressed concerns" -> concern);
2. the object can sharpen a plain or rejecting cue (`stance_words.csv`, where=object):
   "describing it as a significant escalation" -> warn, "dismissed reports" -> deny;
3. the content can sharpen a plain statement (where=content): "emphasized that ... poses threats"
   -> warn;
4. negation flips the label by `stance_labels.csv`'s `negated_as` ("refrained from denying" ->
   confirm; "did not deny" -> confirm);
5. modality is recorded, not folded in ("may declare" -> possible, "are scheduled to meet" ->
   planned);
6. the CAMEO code comes with the label; a warning whose content is conditional ("if the troops
   move ..., they would ...") is coded as a threat, the label's `threat_cameo`; the cue's verb
   and its object give a more specific code from `data/cameo/` where one fits (`cameo.py`:
   "accused him of corruption" 1121, "imposed sanctions" 163, "signed a treaty" 057).

Steps 2 and 3 read what is said, not only the cue: "found the air strike *justified*" ->
support, "spoke out *against* the attack" -> condemn, "labeled him a *terrorist*" -> accuse,
"said, 'we strongly *urge* ...'" -> appeal, "called the agreement '*null and void*'" -> reject,
"insists that the budget *include* funding" (a bare subjunctive) -> demand. A listed word of the object
decides, else the listed content word nearest the top of its clause; a negated one ("was not
justified") takes its label's `negated_as`. Only words that speak for the speaker count: not a modifier
that classifies its noun ("facing *terrorist* attacks"; a word marked `modifier=judges` judges
before a noun too: "a *disgraceful* decision"), not an "if" that asks whether, and a cue word
("urge", "demand") only as the speaker's own act, not one reported of someone else. When no word
decides, a claim that someone else did something accuses them ("claimed protesters were sent *by
the government*"); a vote is for what its infinitive says ("voted to *leave*" -> reject); a deed of
the speaker's own denied denies ("'I put *no* pressure on them'"), and one refused rejects ("said he
*will not approve* a budget")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .cameo import event_code
from .docs import (
    MODAL_TAG,
    PAST_TAG,
    SUBJECT_DEPS,
    antecedent,
    entity_text,
    has_determiner,
    is_passive,
    mended_lemma,
    subject,
)
from .kinds import STATE
from .lexicons import ACT, COGNITION, REPORTING_KINDS, Lexicon, phrase_entry

FROM_OBJECT = "from_object"
PLAIN = "state"
NO_POSITION = "(no position)"  # `stance_words.csv`: an object that gives the cue word a sense that says nothing


@dataclass(frozen=True)
class Stance:
    label: str
    cameo: str
    negated: bool = False
    modality: str = ""


def object_stance(
    base: str, objects: list[Token], lexicon: Lexicon, lemma: str = "", head: Token | None = None
) -> str | None:
    """The stance an object gives a light verb, or sharpens a plain/rejecting cue to: its head
    noun, a preposition before it ("spoke out *against* the attack") or a noun of its phrase
    ("declared a state of *emergency*", for a row naming the cue's word). A row's `refines` names
    the cue stance it changes, or `any` (plain and light verbs), or cue words (`announce|declare`)."""
    for word_said in objects:
        token = antecedent(word_said)  # "Cyprus, *which* Turkey does not recognize"
        words = [token.lemma_.lower()]
        if (place := lexicon.lookup(entity_text(token))) is not None and place.kind == STATE:
            words.append(NAMED_STATE_WORD)  # "does not recognize *Cyprus*" as "the state"
        # a noun with its preposition ("renewed *calls for*"), before the bare noun ("the call with Zelensky")
        words[:0] = [f"{words[0]} {p.lower_}" for p in _prepositions_after(token)]
        if _cue_preposition(token, head):
            words.insert(0, token.head.lower_)
        negated = negated_object(token, lexicon)
        if negated:
            words.insert(0, f"{NEGATED_WORD} {token.lemma_.lower()}")  # "pleaded *not guilty*" has a row of its own
        for word in words:
            for refines, stance in lexicon.object_words.get(word, []):
                if (
                    refines == base
                    or lemma in refines.split("|")
                    or (refines in ("any", PLAIN) and base in (PLAIN, FROM_OBJECT))
                ):
                    # "expressed *no* regret", "voiced *no* objection": what is not expressed is negated
                    own_row = word.startswith(f"{NEGATED_WORD} ")
                    return lexicon.stance_labels[stance].negated_as or PLAIN if negated and not own_row else stance
        # deeper in the phrase only a light verb's rows and rows naming the cue's own word count
        # ("issued a cease and desist order", "declared a state of emergency")
        # (not the words of the cue's own relative clause: "the hearing, *which* the President
        # accepted according to a statement"; nor a compound, which names a kind: "its selection of
        # climate *change* activist Greta Thunberg")
        in_relative = head is not None and (word_said.i != token.i or head.dep_ == "relcl" and head.head.i == token.i)
        own = {t.i for t in head.subtree} if in_relative else set()
        nouns = [t.lemma_.lower() for t in token.subtree if t.i != token.i and t.pos_ == "NOUN" and t.i not in own
                 and t.dep_ != "compound"]
        for word in nouns[:EVENT_PHRASE_WORDS]:
            for refines, stance in lexicon.object_words.get(word, []):
                if lemma in refines.split("|") or base == FROM_OBJECT and refines in ("any", FROM_OBJECT):
                    return stance
        # an adjective that judges what is expressed, for rows naming the cue word: "expressed
        # *favourable* interest", "voiced *negative* views" (the noun's own row comes first: "grave
        # concern")
        for adjective in (c for c in token.children if c.dep_ == "amod"):
            for refines, stance in lexicon.object_words.get(adjective.lemma_.lower(), []):
                if lemma in refines.split("|"):
                    return stance
    # what one votes for is the verb of its infinitive ("voted to *leave* the EU"): rows naming the cue word
    for verb in _infinitives(head):
        for refines, stance in lexicon.object_words.get(verb.lemma_.lower(), []):
            if lemma in refines.split("|"):
                return stance
    return None


def negated_object(noun: Token, lexicon: Lexicon) -> bool:
    """Is an object negated by a word of its own before it: "expressed *no* regret", "pleaded *not*
    guilty" ("wants support, *not* sympathy" negates what follows)?"""
    return any(negates(c, lexicon) for c in noun.children if c.dep_ in ("neg", "det") and c.i < noun.i)


NAMED_STATE_WORD = "state"  # the noun whose rows a named state's object takes
NEGATED_WORD = "not"  # how a row of `stance_words.csv` writes a negated object: "not guilty"


def _infinitives(cue: Token | None) -> list[Token]:
    """The infinitives a cue governs: "voted *to leave*", "the vote *to remove* him"."""
    if cue is None:
        return []
    return [c for c in cue.children if c.dep_ in INFINITIVE_DEPS and c.pos_ == "VERB" and _infinitive_of(c)]


INFINITIVE_DEPS = ("xcomp", "advcl", "acl")


def _cue_preposition(noun: Token, cue: Token | None) -> bool:
    """Is the preposition before an object the cue's own ("spoke out *against* the attack"), not
    one of another clause the object stands in ("a lawsuit *against* the state of emergency Trump
    declared"), nor one after the cue's direct object, which says whom that object is set against
    ("backed Kyiv *against* Moscow" backs Kyiv)?"""
    if noun.dep_ != "pobj":
        return False
    return cue is None or noun.head.head.i == cue.i and not any(c.dep_ == "dobj" for c in cue.children)


def frame_stance(head: Token | None, lemma: str, lexicon: Lexicon) -> str | None:
    """The stance a cue verb takes from what it governs, for the verbs a `frame` row of
    `stance_words.csv` names: "*seeks* to retake control" (an infinitive: an aim of one's own)
    -> prepare, "*wants* foreign forces to leave" (someone else's act) -> demand, "intends to
    *appeal*" (nothing: a decision appealed, no one appealed to) -> reject, "*considered* it
    inappropriate" (an object and what it is said to be: a judgement, no plan) -> state, for what
    is said to judge."""
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    for refines, stance in lexicon.frame_words.get(_frame(head, lexicon), []):
        if lemma in refines.split("|"):
            return stance
    return None


INFINITIVE, OBJECT_INFINITIVE, NO_OBJECT = "(infinitive)", "(object and infinitive)", "(no object)"
QUESTION = "(question)"  # "asked *why* Biden did not act": a clause that asks, no request made
THING_OBJECT = "(thing object)"  # "questioned *the findings*": a thing, no one put a question to
PERSON_OBJECT = "(person object)"  # "selected *William Mohr* as his running mate": someone
JUDGED = "(object complement)"  # "considered it *inappropriate*", "considers him *a traitor*"
COMPLEMENT_DEPS, COMPLEMENT_POS = ("ccomp", "xcomp", "oprd"), ("ADJ", "NOUN")
GOVERNED_DEPS = ("dobj", "dative", "obj", "ccomp", "xcomp", "prep", "attr", "oprd", "nsubjpass")


def _frame(verb: Token, lexicon: Lexicon) -> str | None:
    # a parser may hang the infinitive as an adverbial: "directing six committees | to proceed"
    clauses = [
        c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
        and not _set_apart(verb, c)
    ]
    objects = [c for c in verb.children if c.dep_ == "dobj"] if not is_passive(verb) else []
    for clause in clauses:
        if _infinitive_of(clause) and clause.i > verb.i and not _a_purpose(clause, verb, objects, lexicon):
            has_subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            # "residents *were told* to leave": someone the passive befalls is the one to act
            told = any(c.dep_ == "nsubjpass" and _names_someone(c, lexicon) for c in verb.children)
            return OBJECT_INFINITIVE if has_subject or objects or told else INFINITIVE
    if any(_mandative(c, lexicon) for c in verb.children):
        return SUBJUNCTIVE  # "suggested that supporters *fill out* absentee ballots"
    if any(indirect_question(c, lexicon) for c in verb.children):
        return QUESTION  # "asked *whether* Oakland was part of the US"
    if any(c.dep_ in COMPLEMENT_DEPS and c.pos_ in COMPLEMENT_POS for c in verb.children):
        return JUDGED
    if not any(c.dep_ in GOVERNED_DEPS for c in verb.children):
        return NO_OBJECT
    if any(_a_thing(o, lexicon) for o in objects):
        return THING_OBJECT  # "questioned *the findings*", not "questioned *the driver*"
    if any(_names_someone(o, lexicon) for o in objects):
        return PERSON_OBJECT  # "selected *William Mohr* as his running mate"
    return None


def indirect_question(clause: Token, lexicon: Lexicon) -> bool:
    """Is a clause the object of its verb and a question reported: opened by an interrogative word
    ("asked *how* we can collaborate", "*whether* it was conducted") or by a `conditional_mark` as
    its mark ("asked *if* he agreed"; an "if" that sets a condition opens an adverbial clause)?"""
    opener = clause.left_edge
    return clause.dep_ == "ccomp" and (
        opener.lower_ in lexicon.grammar["interrogative"]
        or opener.dep_ == "mark" and opener.lower_ in lexicon.grammar["conditional_mark"]
    )


def _a_purpose(clause: Token, verb: Token, objects: list[Token], lexicon: Lexicon) -> bool:
    """Is an infinitive the parser hung on the verb as an adverbial a purpose of its own ("I *call*
    up many people daily *to tell* them"), or a thing's ("questioned *the decision to close* the
    school", "called the process *a coup to unseat* a president"), not what the verb or someone
    it names is to do ("directing *six committees to proceed*")? Only right after those is it theirs."""
    if clause.dep_ != "advcl":
        return False
    before = clause.left_edge.i - 1
    # "six of the committees": a number heads an object that may well be someone
    return before != verb.i and not any(
        o.right_edge.i == before and (o.pos_ == "NUM" or not _a_thing(o, lexicon)) for o in objects
    )


def _a_thing(noun: Token, lexicon: Lexicon) -> bool:
    """Is an object no one: no name, no noun for people or a body, no pronoun for someone?"""
    if noun.pos_ == "PRON":
        return lexicon.pronouns.get(noun.lower_) == IT_PRONOUN
    return not _names_someone(noun, lexicon)


def _set_apart(verb: Token, clause: Token) -> bool:
    """Is an infinitive after a verb set apart by a comma, a purpose of its own ("suggested
    piracy*,* perhaps to obtain the cargo"), not what the verb's object is to do?"""
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    return clause.dep_ in ("advcl", "xcomp") and clause.i > verb.i and any(t.text == "," for t in between)


def _prepositions_after(noun: Token) -> list[Token]:
    """The prepositions a noun takes: its own, or the one right after it that a parser hung on
    the verb ("joined the calls | for an inquiry")."""
    following = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    own = [c for c in noun.children if c.dep_ == "prep"]
    return own or ([following] if following is not None and following.dep_ == "prep" else [])


def content_stance(content: list[Token], lexicon: Lexicon, cue_head: Token | None = None) -> str | None:
    """The stance the words of what is said give a plain statement: of the words and phrases of
    the content listed in `stance_words.csv` (where=content), the one nearest the top of its
    clause (what the content says, not what a clause deep inside it mentions), the first of
    those; a negated one by its label's `negated_as` ("was not justified" -> reject). A
    judgement in the clause an open condition is set on is a warning ("it would be an outrage
    if ..."). Nothing when what is said is someone else's statement (a source that only reports
    it)."""
    phrases = lexicon.content_phrases
    tokens = sorted({t.i: t for t in content}.values(), key=lambda t: t.i)
    inside = {t.i for t in tokens}
    if any(_reports_another(t, inside, lexicon) for t in tokens if cue_head is None or t.i != cue_head.i):
        return None  # "Pelosi called it a breach, according to NBC": NBC only reports her position
    lemmas = [mended_lemma(t, lambda word: word in lexicon.content_words) for t in tokens]
    best: tuple[int, int, str] | None = None
    condition: tuple[int, int, str] | None = None
    for at, token in enumerate(tokens):
        stance = None
        for size in phrases:
            # by lemma, or as written (a row's "well-founded", whose "founded" the lemmatizer may make "found")
            forms = (tuple(lemmas[at : at + size]), tuple(t.lower_ for t in tokens[at : at + size]))
            words = next((form for form in forms if form in phrases[size]), None)
            if words is not None:  # "never felt the *need to*", "is not a *big fan*": as any of its words
                phrase = {t.i for t in tokens[at : at + size]}  # "will *not* accept" is negated by no word of its own
                negated = any(_negated(t, lexicon, phrase) for t in tokens[at : at + size]) \
                    or _denied_thought(token, inside, lexicon)
                stance = _stance_of(phrase_entry(words), lexicon, negated)
                break
        if stance is None and token.pos_ != "PROPN" and _judges(token, inside, lexicon):
            own_negation = lemmas[at] not in lexicon.content_words and _own_negation(token, inside, lexicon)
            word = (
                SUBJUNCTIVE if _mandative(token, lexicon) and token.head.i not in inside
                else IMPERATIVE if _bids(token, lexicon)
                else own_negation if own_negation
                else OWN_INTENT if lemmas[at] not in lexicon.content_words
                and (_own_intent(token, lexicon) or _own_aim(token, lexicon))
                else ONLY_IF if _only_if(token, lexicon)
                else lemmas[at]
            )
            if word in (OWN_DENIAL, OWN_REFUSAL, IMPERATIVE):
                # the negation is what it says ("*Don't* be afraid" is an appeal still)
                stance = _stance_of(word, lexicon, negated=False)
            elif word in lexicon.content_words:
                stance = _stance_of(word, lexicon, _negated(token, lexicon) or _denied_thought(token, inside, lexicon))
                # "said he would *appeal*": what the verb governs decides, as for a cue
                stance = stance and frame_stance(token, word, lexicon) or stance
        if stance is not None:
            found = (_depth(token, inside), at, stance)
            best = found if best is None or found[:2] < best[:2] else best
            if token.lower_ in lexicon.grammar["conditional_mark"] and token.head.head.i in inside:
                # a condition stands as high as the clause it is set on
                raised = (_depth(token.head.head, inside), at, stance)
                condition = raised if condition is None or raised[:2] < condition[:2] else condition
    if best and condition and best[2] in JUDGEMENTS and condition[0] <= best[0]:
        return condition[2]  # "it would be an *outrage* *if* Parliament were prevented": a warning of it
    return best[2] if best else None


JUDGEMENTS = ("condemn", "accuse")  # what a condition's consequence warns of rather than judges


ANOTHERS_ACT = "(another's act)"


def claimed_act_stance(content: list[Token], lemma: str, lexicon: Lexicon) -> str | None:
    """The stance a cue of claiming (`stance_words.csv`: `(another's act)`, for the cue words its
    `refines` names) takes when what is claimed is something someone else did, and no word of
    the content says more: "claimed protesters *were sent by the government*", "claims *Mahan
    flies* fighters to Syria", "claimed this is *a move by Johnson*" -> accuse; not "claimed 190
    were dead" (no one acts), nor "claimed this would stem immigration"."""
    rows = _rows_for_cue(ANOTHERS_ACT, lemma, lexicon)
    if not rows or not content:
        return None
    return rows[0] if any(_someone_acts(verb, lexicon) for verb in _top_verbs(content)) else None


def _rows_for_cue(marker: str, lemma: str, lexicon: Lexicon) -> list[str]:
    """The stances of a content row of `stance_words.csv` that applies to the cue words its `refines` names."""
    return [stance for refines, stance in lexicon.content_words.get(marker, []) if lemma in refines.split("|")]


def _top_verbs(content: list[Token]) -> list[Token]:
    """The verbs at the top of what is said: its main clause's, not those of clauses inside it."""
    inside = {t.i for t in content}
    return [t for t in content if t.pos_ in ("VERB", "AUX") and (t.head.i not in inside or t.head.i == t.i)]


ANNOUNCED_PLAN = "(announced plan)"


def announced_plan_stance(content: list[Token], lemma: str, lexicon: Lexicon) -> str | None:
    """The stance a cue of announcing (`stance_words.csv`: `(announced plan)`, for the cue words
    its `refines` names) takes when what it announces is to come, and no word of the content says
    more: "announced that from June 15, wearing a face covering *would become* compulsory",
    "announced the border *will close*" -> prepare; not "announced that the talks had failed"."""
    rows = _rows_for_cue(ANNOUNCED_PLAN, lemma, lexicon)
    if not rows or not content:
        return None
    return rows[0] if any(
        c.dep_ == "aux" and lexicon.modality.get(c.lemma_.lower()) in FUTURE_MODALITIES
        for verb in _top_verbs(content) for c in verb.children
    ) else None


def _someone_acts(verb: Token, lexicon: Lexicon) -> bool:
    """Does a clause say that a named actor, or a noun for people or a body, did something to
    something: as the subject of a verb of action with an object ("*Mahan* flies fighters",
    "*the rebels* shelled the hospital"; not "acted in self-defence", "*has* enough money", "West
    *decided* to ...", "a source *described* ..."), the agent of a passive ("were sent *by the
    government*") or the agent of what the clause says it is ("this is a move *by Johnson*")?"""
    for child in verb.children:
        if child.dep_ == "agent":
            return any(g.dep_ == "pobj" and _names_someone(g, lexicon) for g in child.children)
    lemma = verb.lemma_.lower()
    if lemma in lexicon.grammar["copula"]:
        return any(_agent_of(c, lexicon) for c in verb.children if c.dep_ in ("nsubj", "attr"))
    entry = lexicon.cue(lemma, "VERB")
    if lemma in lexicon.grammar["state_verb"] or entry is not None and entry.kind in REPORTING_KINDS:
        return False  # "claimed a source described ...", "claimed West decided to ...": words and thoughts, no deed
    doer = _active_subject(verb)
    return (
        doer is not None and doer.pos_ != "PRON" and _names_someone(doer, lexicon)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _agent_of(noun: Token, lexicon: Lexicon) -> bool:
    """Does a noun name who did it: "a move *by Johnson*"?"""
    return any(
        child.dep_ == "prep" and child.lower_ in lexicon.grammar["agent_preposition"]
        and any(g.dep_ == "pobj" and _names_someone(g, lexicon) for g in child.children)
        for child in noun.children
    )


def _judges(token: Token, inside: set[int], lexicon: Lexicon) -> bool:
    """Can a content word speak for what is said? A name cannot ("the Great Orchestra"), nor a
    modifier that only classifies its noun ("facing *terrorist* attacks", "stem *illegal*
    immigration") unless that noun is what the content predicates ("this is a *dangerous* way to
    govern") or the word judges wherever it stands (`modifier=judges` in `stance_words.csv`: "an
    *appalling* tragedy", "a *disgraceful* decision"), nor what a concession grants ("*despite*
    the threat"), nor an "if" that opens no condition ("to confirm *if* he is fit") or one
    contrary to fact ("*if* she had stayed, we could have forgiven her")."""
    if any(a.i in inside and _concedes(a, lexicon) for a in (token, *token.ancestors)):
        return False  # "many abortions *despite* the criminal threat", "*although* it may be justified": granted
    if token.lower_ in lexicon.grammar["conditional_mark"]:
        return _opens_condition(token, lexicon) and _foretold(token.head.head, lexicon)
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.grammar["relieving_verb"]:
        return False  # "to *allay* public *concerns*": a worry eased, no one's own
    if token.lemma_.lower() in lexicon.deed_words and not _done_by_someone(token, lexicon):
        return False  # "the blast *killed* twelve", "two people were *killed*": a harm told, no one accused
    if token.lemma_.lower() in lexicon.predicated_words and not _said_of_someone(token, lexicon):
        return False  # "to extradite accused *criminals*", "*terrorists* attacked": no one is called one
    if token.dep_ in CLASSIFYING_MODIFIERS and token.lemma_.lower() in lexicon.judging_modifiers:
        return True  # "an *appalling* tragedy", "the regime's *destructive* ambitions": a judgement wherever it stands
    if token.dep_ in CLASSIFYING_MODIFIERS and token.pos_ == "VERB":
        return False  # a participle says what kind a thing is: "a *banned* group", "the *alleged* attacker"
    if token.dep_ in CLASSIFYING_MODIFIERS:
        noun = token.head  # "a *dangerous* way to govern", "behaving like a *bully* boy": what is predicated
        return noun.dep_ in PREDICATE_NOUN_DEPS or _compared(noun, lexicon) or noun.i == noun.head.i \
            or noun.head.i not in inside
    if _names_a_speech_act(token, lexicon):
        return _speakers_own(token, inside, lexicon)
    return True


def _done_by_someone(deed: Token, lexicon: Lexicon) -> bool:
    """Does what is said name who did a deed to someone (`modifier=done_by` in `stance_words.csv`):
    the subject of its verb with a person for its object ("*the soldiers* killed three
    *protesters*"), its agent ("injured *by police*", "the murder *by* Saudi agents") or the
    subject of a verb that carries out its noun (`performing_verb`: "*the crown prince* ordered
    Khashoggi's killing")? Not a thing ("*the blast* killed twelve"), someone not yet known ("*a
    man* stabbed three people") nor a deed done to no one ("who kill animals")."""
    doers = [
        g for c in deed.children
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in lexicon.grammar["agent_preposition"]
        for g in c.children if g.dep_ == "pobj"
    ]
    if deed.pos_ == "VERB" and not is_passive(deed):
        victims = [c for c in deed.children if c.dep_ == "dobj" and _names_someone(c, lexicon)]
        doers += [_active_subject(deed)] if victims else []
    elif deed.pos_ == "NOUN" and deed.dep_ == "dobj" and deed.head.lemma_.lower() in lexicon.grammar["performing_verb"]:
        doers.append(_active_subject(deed.head))
    return any(doer is not None and _a_known_doer(doer, lexicon) for doer in doers)


def _a_known_doer(noun: Token, lexicon: Lexicon) -> bool:
    """A named actor, a noun for people or a body with no indefinite article, or "he" or "she"."""
    if noun.pos_ == "PRON":
        return lexicon.pronouns.get(noun.lower_) == PERSON_PRONOUN
    return _names_someone(noun, lexicon) and not has_determiner(noun, lexicon.grammar["indefinite_determiner"])


def _said_of_someone(noun: Token, lexicon: Lexicon) -> bool:
    """Is a noun said of someone: a predicate ("they are *terrorists*", "labeled him a *terrorist*",
    "claiming them to be *mercenaries*"; an adjective only of a subject, "he was *honest*", not "to
    be *honest*"), a modifier ("*terrorist* attacks" judge the attacks) or what someone is taken
    "as" or "like" ("behaving like a *bully*")?"""
    if noun.dep_ == "acomp":
        return any(c.dep_ in SUBJECT_DEPS for c in noun.head.children)
    if noun.dep_ in PREDICATE_NOUN_DEPS or noun.dep_ in CLASSIFYING_MODIFIERS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in lexicon.grammar["likeness_preposition"]


def _compared(noun: Token, lexicon: Lexicon) -> bool:
    """Is a noun what someone is likened to: "behaving *like a bully boy*"?"""
    return noun.dep_ == "pobj" and noun.head.lower_ in lexicon.grammar["comparison_preposition"]


def _names_a_speech_act(token: Token, lexicon: Lexicon) -> bool:
    """Is a content word a cue that means here what it means as a cue ("urge", "demand", "ban"),
    not an evaluation spelt the same ("poses *threats*" warns; "the threat" as a cue threatens)?"""
    lemma = token.lemma_.lower()
    cue_stances = {entry.stance for pos in CUE_WORD_POS if (entry := lexicon.cue(lemma, pos)) is not None}
    return any(stance in cue_stances for refines, stance in lexicon.content_words.get(lemma, []))


CLASSIFYING_MODIFIERS = ("amod", "compound")
PREDICATE_NOUN_DEPS = ("attr", "oprd", "appos", "acomp")
CUE_WORD_POS = ("VERB", "NOUN")
HOLDER_DEPS = ("poss", "agent")


def _speakers_own(token: Token, inside: set[int], lexicon: Lexicon) -> bool:
    """Is a cue word inside what is said the speaker's own act ("we *urge* ...", "said she fully
    *supports* abortion rights", "he said he had *asked for* her resignation", "*calls for*
    restraint") rather than one the content reports of someone else ("Trump might have *encouraged*
    Zelensky", "heard the *demands* of women", "the *ban* on the airline is not part of a plan") or
    a sense that takes no side ("evidence to *support* the claims", "come *back*")? A verb as
    `_speakers_own_verb` says; a noun when it names no holder of
    its own, is not what its clause is about and is a noun of `cues.csv` itself ("the *demands*";
    not "the *support* of younger voters"); no other word is."""
    if token.pos_ in ("VERB", "AUX"):
        return _speakers_own_verb(token, inside, lexicon)
    if token.pos_ != "NOUN" or lexicon.cue(token.lemma_.lower(), "NOUN") is None:
        return False  # "got the water supply *back*", "the *support* of younger voters": a verb's cue word
    if token.dep_ in SUBJECT_DEPS or token.head.pos_ == "VERB" and not _pronoun_or_no_subject(token.head):
        return False  # "the president had heard the *demands*": someone else's business
    for child in token.children:
        if child.dep_ in HOLDER_DEPS and child.pos_ != "PRON":
            return False
        if child.dep_ == "prep" and child.lower_ in lexicon.grammar["holder_preposition"]:
            if any(g.dep_ == "pobj" and g.pos_ == "PROPN" or g.ent_type_ for g in child.children):
                return False
    return True


def _speakers_own_verb(token: Token, inside: set[int], lexicon: Lexicon) -> bool:
    """Is a verb the speaker's own act: a pronoun its subject ("we *urge* ...", "said she fully
    *supports* abortion rights") or none, as a wish or a command has ("so *thank* you"), in what is
    said itself or in what a thing said says ("a speech in which he *condemned* rioters"), not in a
    clause that describes or sets it in time ("the power to do *as he proposed*") nor in a question
    reported ("would not say *whether* he *supported* it")? An infinitive or a participle with no
    subject of its own is someone's or no one's ("evidence to *support* the claim"), except one that
    says what the thing said or signed does ("signed a decree *banning* masks")."""
    if subject(token) is None and (token.tag_ in PARTICIPLE_TAGS or _infinitive_of(token)):
        return token.dep_ == "acl" and _describes_top_noun(token, inside)
    return _pronoun_or_no_subject(token) and _said_itself(token, inside) and not indirect_question(token, lexicon)


PARTICIPLE_TAGS = ("VBG", "VBN")


def _describes_top_noun(clause: Token, inside: set[int]) -> bool:
    """Does a clause describe the noun at the top of what is said: "a *decree* banning masks", or
    "a *message* on Twitter blaming Iran", where the parser hung it on the preposition's object?"""
    noun = clause.head
    if _top_noun(noun, inside):
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _top_noun(noun.head.head, inside)


def _top_noun(noun: Token, inside: set[int]) -> bool:
    """Is a word the noun at the top of what is said: "a *decree* banning masks", "a *speech* in which"?"""
    return noun.pos_ == "NOUN" and _depth(noun, inside) == 0


# How a clause of what is said hangs from the one above it when it says as much: "we *support* it
# and *will defend* it", "I *think* we *support* it", "*I support* it: *we back* it".
SAID_ITSELF_DEPS = ("conj", "ccomp", "parataxis")
# How a clause hangs from the thing said at the top of what is said, saying what it says: "a
# speech *in which he condemned* rioters", "a message *blaming* Iran".
SAYS_WHAT_IT_SAYS_DEPS = ("relcl", "acl")


def _said_itself(verb: Token, inside: set[int]) -> bool:
    """Is a verb the top of what is said, or joined to it as a statement of its own, or a clause
    of the thing said at its top, not a clause that modifies a word of it ("the power to do *as he
    proposed*", "*if* we confirm")?"""
    while verb.head.i != verb.i and verb.head.i in inside:
        if verb.dep_ not in SAID_ITSELF_DEPS and not (
            verb.dep_ in SAYS_WHAT_IT_SAYS_DEPS and _top_noun(verb.head, inside)
        ):
            return False
        verb = verb.head
    return True


def _pronoun_or_no_subject(verb: Token) -> bool:
    found = subject(verb)
    return found is None or found.pos_ == "PRON"


def _concedes(token: Token, lexicon: Lexicon) -> bool:
    """Is a word a concession: a concessive preposition ("despite") or a clause its mark opens
    ("although ...")?"""
    if token.dep_ == "prep":
        return token.lower_ in lexicon.grammar["concessive_preposition"]
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lexicon.grammar["concessive_mark"] for c in token.children
    )


def conditional_clause(verb: Token, lexicon: Lexicon) -> bool:
    """Is the verb that of an adverbial clause a `conditional_mark` of `grammar.csv` opens ("*if*
    the House *votes* to impeach", "*unless* I *go* digging")?"""
    return _adverbial_clause(verb, lexicon) and any(
        c.dep_ == "mark" and c.lower_ in lexicon.grammar["conditional_mark"] for c in verb.children
    )


def _adverbial_clause(verb: Token, lexicon: Lexicon) -> bool:
    """Is the verb that of an adverbial clause, not one after a `question_verb` ("will check *if*
    he is fit" asks whether, and sets no condition)?"""
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() not in lexicon.grammar["question_verb"]


def _opens_condition(mark: Token, lexicon: Lexicon) -> bool:
    """Is a word the mark of an adverbial clause that is not contrary to fact?"""
    clause = mark.head
    if mark.dep_ != "mark" or not _adverbial_clause(clause, lexicon):
        return False
    # "if she had stayed", "if she'd have stayed": a past perfect is contrary to fact, no warning
    # ("if they have attacked" is a present perfect, a condition still open)
    return not any(
        c.dep_ == "aux" and c.lemma_.lower() == PERFECT_AUX and c.tag_ in PAST_PERFECT_TAGS for c in clause.children
    )


REPORTED_FUTURE = "conditional"  # `modality.csv`: "would", the "will" of reported speech


def _foretold(consequence: Token, lexicon: Lexicon) -> bool:
    """Is what a condition is set on foretold, with a modal of what will, would or could come
    (`modality.csv`): "if they attack, *we would respond*", "if it passes, *it will cost* jobs";
    not a rule told in the present ("if there is a court order, Facebook *has to* search"), nor
    what one would think or say ("if I got a transcript like that, *I'd think* ...": an opinion)?"""
    entry = lexicon.cue(consequence.lemma_.lower(), "VERB")
    if entry is not None and entry.kind == COGNITION and _speakers_subject(consequence, lexicon):
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and lexicon.modality.get(c.lemma_.lower()) in FORETELLING_MODALITIES
        for c in consequence.children
    )


FORETELLING_MODALITIES = ("future", REPORTED_FUTURE, "possible")  # "will", "would", "could" or "may"


PERFECT_AUX = "have"
PAST_PERFECT_TAGS = ("VBD", "VB")  # "had stayed"; "'d have stayed" (a bare "have" after a modal)


def _reports_another(token: Token, inside: set[int], lexicon: Lexicon) -> bool:
    """Is the top of what is said someone else's statement: a verb of speech or thought with a
    named subject of its own ("a source *said* ...", "Pelosi *called* ...")?"""
    if token.head.i in inside and token.head.i != token.i or token.pos_ != "VERB":
        return False
    entry = lexicon.cue(token.lemma_.lower(), "VERB")
    if entry is None or entry.kind not in REPORTING_KINDS or (
        token.lemma_.lower() in lexicon.content_words and not _names_a_speech_act(token, lexicon)
    ):
        # a verb that judges by itself ("found the strike *justified*") is read as a word; one that
        # names a speech act is someone else's ("*the party supported* the amendment")
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.deed_words for c in token.children):
        return False  # "the prince *ordered* the killing": a deed done by word, not words reported
    speaker = _active_subject(token)
    # a pronoun may well be the speaker ("said he renewed his calls"); a name or a person is another,
    # a thing is no speaker at all ("these events will *continue*")
    return speaker is not None and _names_someone(speaker, lexicon)


BODY_ENTITIES = ("ORG", "NORP", "GPE")  # the entities that name a body: an organisation, a people, a state
ACTOR_ENTITIES = ("PERSON", *BODY_ENTITIES)


def _names_someone(noun: Token, lexicon: Lexicon) -> bool:
    """A name, or a noun for people or a body (`descriptions.csv`, `groups.csv`: "the mayor",
    "officials")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ACTOR_ENTITIES:
        return True
    return lexicon.names_someone(noun.lemma_.lower())



def _depth(token: Token, inside: set[int]) -> int:
    """How many heads up from a word to the top of the content it is in."""
    depth = 0
    while token.head.i != token.i and token.head.i in inside:
        token, depth = token.head, depth + 1
    return depth


SUBJUNCTIVE = "(subjunctive)"
IMPERATIVE = "(imperative)"
ONLY_IF = "(only if)"
ONLY = "only"


def _only_if(token: Token, lexicon: Lexicon) -> bool:
    """A condition set on what one will do: "he would *only* vote for it *if* the people could
    vote too", "*only if* they withdraw" (a demand, not a warning)."""
    if token.lower_ not in lexicon.grammar["conditional_mark"] or not _opens_condition(token, lexicon):
        return False
    main = token.head.head
    return any(c.lower_ == ONLY for c in (*main.children, *token.head.children)) or (
        token.i > 0 and token.nbor(-1).lower_ == ONLY
    )


OWN_INTENT = "(own intent)"
INTENT_MODALITIES = ("future", "planned")


def _own_intent(token: Token, lexicon: Lexicon) -> bool:
    """Does the speaker say what they will do: "*I will present* a bill", "we will send
    troops", "announced *he is to send* a bill"? A verb of action (not of thinking, not a copula)
    with the speaker's pronoun as its subject (first person, or the "he" or "she" of reported
    speech), or a body that pronoun owns acting on an object ("*her government will withdraw* the
    bill"), and a future or planned auxiliary, "is to" or "is going to"; or the "would" of reported
    speech (`_reported_intent`). A verb of speech done to a thing is a deed too ("will *sign the
    bill*"); what one has or what befalls one is none ("we will *have* a lot to do", "I'm going to
    *die*")."""
    lemma = token.lemma_.lower()
    entry = lexicon.cue(lemma, "VERB")
    if token.pos_ != "VERB" or entry is not None and entry.kind != ACT and not _done_to_a_thing(token, lexicon):
        return False  # "I will say", "I'll be seeing them": words or thoughts, no plan; "will withdraw" is one
    if lemma in lexicon.grammar["state_verb"] or lemma in lexicon.grammar["befalling_verb"]:
        return False  # "we will have a lot to do", "I'm going to die": what one has or what befalls one
    holder = token
    if token.dep_ in DESCRIBING_CLAUSES or token.head.dep_ in DESCRIBING_CLAUSES:
        return False  # "plans, which he is to present in October": a plan described, not announced
    if token.dep_ == "xcomp" and _infinitive_of(token) and (
        token.head.lemma_.lower() in lexicon.grammar["copula"] or _going_to(token.head, lexicon)
    ):
        holder = token.head  # "he *is to send* a bill", "we're *going to take* your rifles"
        if any(negates(c, lexicon) for c in holder.children):
            return False  # "we're *not going to* wait": no deed planned
    elif not any(_intent_aux(c, lexicon) for c in token.children):
        return _reported_intent(token, lexicon)
    doer = _active_subject(holder)
    if doer is None:
        return False
    if _speakers_pronoun(doer, lexicon):
        return True
    # "her government will withdraw the bill": a body the speaker's pronoun owns, doing something
    # to something; not what befalls it ("her government will collapse"), nor "my goal is to invent"
    owner = next((c for c in doer.children if c.dep_ == "poss"), None)
    return holder is token and owner is not None and _speakers_pronoun(owner, lexicon) \
        and any(c.dep_ == "dobj" for c in token.children)


def _going_to(verb: Token, lexicon: Lexicon) -> bool:
    """Is the verb the "going" of a future told with "be going to" (`future_going` in
    `grammar.csv`): "we're *going* to take", not "we went to see"?"""
    return verb.lower_ in lexicon.grammar["future_going"] and any(
        c.dep_ == "aux" and c.lemma_.lower() in lexicon.grammar["copula"] for c in verb.children
    )


def _own_aim(verb: Token, lexicon: Lexicon) -> bool:
    """Does the speaker say what they aim or have chosen to do: "*I intend* to give that some
    serious thought", "*we decided* to leave the league"? A verb whose infinitive is an aim of one's
    own (a `frame` row that prepares, `(infinitive)` of `intend`, `decide`, `seek` ...) with the
    speaker's pronoun as its subject; "Russia intends to attack" is someone else's plan, and says
    nothing of the speaker's."""
    return frame_stance(verb, verb.lemma_.lower(), lexicon) == PLANNING and _speakers_subject(verb, lexicon)


PLANNING = "prepare"  # the label of a plan or an aim of one's own (`stance_labels.csv`)


def _done_to_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Is a verb of speech here a deed, done to a thing that is no words: "will *sign the bill*",
    "would *continue Qaboos's policies*"; not "will *say* this", "will *call* him", nor a document
    of `documents.csv`, "will *release a statement*", "will *announce the decision*"?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ in ("NOUN", "PROPN") and lexicon.cue(o.lemma_.lower(), "NOUN") is None
        and o.lemma_.lower() not in lexicon.coref.documents
        for o in objects
    ) and not any(c.dep_ == "ccomp" for c in verb.children)


def _reported_intent(verb: Token, lexicon: Lexicon) -> bool:
    """Does reported speech say what the speaker will do: "said *he would sign* the bill", "*she
    would challenge* the oath in court"? The "would" of reported speech stands for a "will" when
    its subject is the "he" or "she" of the speaker; a first-person "would" is a wish or a
    politeness ("I would say", "we would like"), and a "would have" or a "would ... if" is no plan
    but what was not done or what a condition sets ("he would have died", "would resign if")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if not any(lexicon.modality.get(a.lemma_.lower()) == REPORTED_FUTURE for a in auxiliaries):
        return False
    if any(a.lemma_.lower() == PERFECT_AUX for a in auxiliaries):
        return False
    if any(c.dep_ == "advcl" and any(_opens_condition(m, lexicon) for m in c.children) for c in verb.children):
        return False
    doer = _active_subject(verb)
    return doer is not None and lexicon.pronouns.get(doer.lower_) != SPEAKER_PRONOUN \
        and _speakers_pronoun(doer, lexicon)


OWN_DENIAL, OWN_REFUSAL = "(own denial)", "(own refusal)"
FUTURE_MODALITIES = ("future", "planned", REPORTED_FUTURE)  # "will (not)", "would (not)" (reported "will")


def _own_negation(token: Token, inside: set[int], lexicon: Lexicon) -> str | None:
    """Does what is said deny a deed of the speaker's own, or refuse one? "*I put no* pressure on
    them", "she *was never* pressured" deny (`(own denial)`): the content's own clause, a verb of
    action in the simple past, negated by a word of `negation.csv` on it or on its object, with the
    speaker's pronoun as subject. "He *will not approve* a budget" refuses (`(own refusal)`): the same
    with a future or conditional auxiliary, for a verb that is an act or a cue that takes a side."""
    if token.pos_ != "VERB" or token.head.i in inside and token.head.i != token.i:
        return None  # only what the content says, not a clause inside it ("had he not been armed")
    if not _speakers_subject(token, lexicon) or any(c.dep_ == "xcomp" for c in token.children):
        return None  # someone else's deed; "we're not *going* to wait", "I don't *want* to": no deed of its own
    if any(c.dep_ == "mark" and c.lower_ in lexicon.grammar["interrogative"] for c in token.children):
        return None  # "would not say *whether or not* he supported it": asked, not denied
    lemma = token.lemma_.lower()
    if lemma in lexicon.grammar["copula"] or lemma in lexicon.grammar["state_verb"]:
        return None  # "we are not ready", "I don't have the numbers"
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not any(negates(c, lexicon) for c in token.children) and not any(negated_object(o, lexicon) for o in objects):
        return None
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    entry = lexicon.cue(lemma, "VERB")
    if any(lexicon.modality.get(a.lemma_.lower()) in FUTURE_MODALITIES for a in auxiliaries):
        # what one will not do is refused when doing it would take a side ("will not *approve*",
        # "won't *sign*"), not any future ("I will never *forget* this", "he would not *run*")
        takes_side = entry is not None and (entry.kind == ACT or entry.stance not in (PLAIN, FROM_OBJECT))
        return OWN_REFUSAL if takes_side else None
    if any(a.tag_ == MODAL_TAG for a in auxiliaries):
        return None  # "we *couldn't* win", "I *can't* guarantee": what one could not do is no denial
    if entry is not None and (entry.kind == COGNITION or entry.stance == PLAIN):
        return None  # "I did not say", "we didn't know": words and thoughts, no deed denied
    # a deed done or not is told in the simple past ("I *didn't* put", "she *was* never pressured");
    # "we do not need", "we have not used them yet" say how things stand
    past = token.tag_ == PAST_TAG or any(a.tag_ == PAST_TAG for a in auxiliaries)
    return OWN_DENIAL if past and not any(a.lemma_.lower() == PERFECT_AUX for a in auxiliaries) else None


def negates(token: Token, lexicon: Lexicon) -> bool:
    # "*No*, it is not true": a "no" that answers a question negates nothing of what follows it
    return token.dep_ == "neg" or token.lower_ in lexicon.negators and token.dep_ != ANSWER_DEP


ANSWER_DEP = "intj"


def _speakers_subject(verb: Token, lexicon: Lexicon) -> bool:
    """Is the verb's subject, or its passive subject, the speaker's pronoun?"""
    found = subject(verb)
    return found is not None and _speakers_pronoun(found, lexicon)


def _active_subject(verb: Token) -> Token | None:
    """The subject of a verb in the active voice: who does what it says (not "*she* was pressured")."""
    found = subject(verb)
    return found if found is not None and found.dep_ == "nsubj" else None


def _speakers_pronoun(word: Token, lexicon: Lexicon) -> bool:
    """Is a pronoun of what is said the speaker's: "I" or "we" (`speaker` in `pronouns.csv`), the
    "he" or "she" of reported speech (`person`), or its "it" or "they" when the speaker is a body
    or a group (`_collective_speaker`: "the ministry said *it* would ...", "police said *they*
    would ..."); never one inside a quotation ("'*She* didn't purposely drive', said Charles":
    someone else)?"""
    from .positions.quotes import article_quotes  # positions read the stance of what they find

    refers_to = lexicon.pronouns.get(word.lower_)
    if refers_to == SPEAKER_PRONOUN:
        return True
    if refers_to not in (PERSON_PRONOUN, *COLLECTIVE_PRONOUNS):
        return False
    if article_quotes(word.doc, lexicon).containing(word.idx) is not None:
        return False
    return refers_to == PERSON_PRONOUN or _collective_speaker(word, lexicon)


SPEAKER_PRONOUN, PERSON_PRONOUN = "speaker", "person"  # `pronouns.csv`: I, we; he, she
IT_PRONOUN, THEY_PRONOUN = "organisation_or_state", "any"  # `pronouns.csv`: it; they
COLLECTIVE_PRONOUNS = (IT_PRONOUN, THEY_PRONOUN)
BODY_DESCRIPTIONS = ("organisation", "state")  # `descriptions.csv` `refers_to` of a body: "the ministry"
PLURAL_TAGS = ("NNS", "NNPS")


def _collective_speaker(pronoun: Token, lexicon: Lexicon) -> bool:
    """Does an "it" or "they" stand for the speaker, a body or a group: is the subject of the verb
    of speech or thought that reports it an organisation, a state or a noun `descriptions.csv` gives
    for a body ("the *ministry* said it", "*Apple* said it"), or, for "they", also a plural, a noun
    of `groups.csv` or several ("*police* said they", "*Quirin and Redouane* indicated they")? Not
    a person's ("the minister said *it* will cost jobs")."""
    cue = next((a for a in pronoun.ancestors if _reports(a, pronoun, lexicon)), None)
    holder = subject(cue) if cue is not None else None
    if holder is None or holder.pos_ == "PRON":
        return False
    lemma = holder.lemma_.lower()
    body = holder.ent_type_ in BODY_ENTITIES or lexicon.coref.described(lemma) in BODY_DESCRIPTIONS
    if lexicon.pronouns.get(pronoun.lower_) == IT_PRONOUN:
        return body and holder.tag_ not in PLURAL_TAGS
    several = holder.tag_ in PLURAL_TAGS or lemma in lexicon.groups or any(c.dep_ == "conj" for c in holder.children)
    return body or several


def _reports(verb: Token, pronoun: Token, lexicon: Lexicon) -> bool:
    """Is the verb one of speech or thought that reports the pronoun's clause, not the pronoun's own
    verb ("said it would *impose* sanctions": "impose" is a cue too)?"""
    entry = lexicon.cue(verb.lemma_.lower(), "VERB")
    own = subject(verb)
    return entry is not None and entry.kind in REPORTING_KINDS and (own is None or own.i != pronoun.i)


DESCRIBING_CLAUSES = ("relcl", "acl")


def _intent_aux(token: Token, lexicon: Lexicon) -> bool:
    return token.dep_ == "aux" and lexicon.modality.get(token.lemma_.lower()) in INTENT_MODALITIES


def _infinitive_of(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _stance_of(word: str, lexicon: Lexicon, negated: bool) -> str | None:
    for refines, stance in lexicon.content_words.get(word, []):
        if refines == PLAIN:
            return lexicon.stance_labels[stance].negated_as or None if negated else stance
    return None


def _denied_thought(token: Token, inside: set[int], lexicon: Lexicon) -> bool:
    """Is a content word inside a thought the content denies: "I don't *think* that anyone
    should ..." says that no one should (a negated verb of thinking negates what it holds)?"""
    for above in token.ancestors:
        if above.i not in inside:
            return False
        entry = lexicon.cue(above.lemma_.lower(), "VERB")
        if entry is not None and entry.kind == COGNITION and any(negates(c, lexicon) for c in above.children):
            return True
    return False



def _negated(token: Token, lexicon: Lexicon, own: frozenset[int] | set[int] = frozenset()) -> bool:
    """Is a content word negated: "not justified", "was not wrong", "did not violate"? (Not by a
    word of its own phrase, `own`.)"""
    holders = [token, token.head] if token.dep_ in ("acomp", "attr", "dobj", "oprd") else [token]
    if token.dep_ == "pobj":
        holders.append(token.head.head)  # "*no* evidence of fraud"
    # "*not everybody* is a fan": a negated subject negates what is said of it
    subjects = [c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS]
    return any(negates(c, lexicon) and c.i not in own for h in holders + subjects for c in h.children)


def _mandative(token: Token, lexicon: Lexicon) -> bool:
    """A bare subjunctive verb with a subject of its own, the form of a demand: "insists that
    the budget *include* funding" (not "to include", "will include", "includes"); only the
    clause the cue governs counts ("said: 'Let's all pray'" is no demand)."""
    if token.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    # a bare form with a singular noun subject ("the budget include") is no present tense; "are"
    # after one is a collective noun's plural ("our staff *are* so talented"), the subjunctive is "be"
    if subject is None:
        return False
    plural_of_a_collective = token.lemma_ in lexicon.grammar["copula"]
    return token.tag_ == "VB" or token.tag_ == "VBP" and subject.tag_ in SINGULAR_NOUNS and not plural_of_a_collective


SINGULAR_NOUNS = ("NN", "NNP")


def _bids(token: Token, lexicon: Lexicon) -> bool:
    """A verb in the imperative opening its sentence or its quotation, the form of an appeal:
    "I say, '*Be* bold. *Vote* Gold.'", "wrote, '*Stop* the count!'"; not a question, nor a turn
    of speech (`rhetorical_imperative` in `grammar.csv`: "*Imagine* the world remains silent"), nor
    "*Let* me be clear" or "*Thank* you" (a `hortative_verb`, a `courtesy_verb`)."""
    if token.tag_ != "VB" or token.dep_ not in OPENING_DEPS or token.sent[-1].text in lexicon.question_marks:
        return False
    prohibition = _prohibition(token, lexicon)
    if any(c.dep_ in (*SUBJECT_DEPS, "aux", "auxpass", "mark") and c.i not in prohibition for c in token.children):
        return False
    lemma = token.lemma_.lower()
    if any(lemma in lexicon.grammar[role] for role in ("rhetorical_imperative", "hortative_verb", "courtesy_verb")):
        return False
    for before in reversed(token.sent[: token.i - token.sent.start]):
        if before.i in prohibition:
            continue
        if before.text in lexicon.opening_quotes:
            return True  # the first word of a quotation
        if not (before.is_punct or before.is_space or before.pos_ == "INTJ"):
            return False
    return token.dep_ == "ROOT"  # the first word of its sentence


OPENING_DEPS = ("ROOT", "ccomp", "xcomp", "parataxis")  # a quotation's verb may hang on the cue's


def _prohibition(verb: Token, lexicon: Lexicon) -> set[int]:
    """The words that make an imperative a prohibition, an auxiliary "do" with its "not" ("*Don't*
    be afraid", "*Do not* let it dominate your life"; `prohibiting_auxiliary` in `grammar.csv`),
    when the verb has them; else none."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    negations = [c for c in verb.children if negates(c, lexicon)]
    prohibiting = lexicon.grammar["prohibiting_auxiliary"]
    if len(auxiliaries) != 1 or not negations or auxiliaries[0].lower_ not in prohibiting:
        return set()
    return {auxiliaries[0].i, *(n.i for n in negations)}


def event_words(objects: list[Token]) -> list[str]:
    """The words a CAMEO verb pattern is matched on: the object phrases' words and the
    prepositions before them ("imposed sanctions on Iran", "withdrew from the treaty")."""
    words: list[str] = []
    for token in objects:
        words += [t.lemma_.lower() for t in token.subtree if not t.is_punct][:EVENT_PHRASE_WORDS]
        if token.dep_ == "pobj":
            words.append(token.head.lower_)
    return words


EVENT_PHRASE_WORDS = 8  # an object phrase longer than this has moved on to other things


def is_conditional(content: list[Token], lexicon: Lexicon) -> bool:
    """Does what is said hang on a condition ("if the troops move ..., they would ...")?"""
    return any(t.lower_ in lexicon.grammar["conditional_mark"] and _opens_condition(t, lexicon) for t in content)


def _asks(head: Token | None, lemma: str, lexicon: Lexicon) -> bool:
    """Is the cue a verb that asks (a `(question)` frame row) with the question it asks: "asked the
    minister *whether he would resign*" says nothing of its own words, no plan, no judgement."""
    return head is not None and _frame(head, lexicon) == QUESTION and frame_stance(head, lemma, lexicon) is not None


def _says_clause(head: Token | None) -> str | None:
    """A light verb that governs a clause states it ("*maintained* that the vote was rigged"), also
    where the parser took the clause's subject for its object and its verb for a second one
    ("maintained *an inquiry* | *is* what the committee is doing"); with only an object that carries
    no stance it says nothing ("maintains a program")."""
    if head is None:
        return None
    children = list(head.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    misparsed = bool(objects) and any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i == objects[0].right_edge.i + 1 for c in children
    )
    return PLAIN if misparsed or any(c.dep_ == "ccomp" for c in children) else None


def code_stance(
    base: str,
    objects: list[Token],
    content: list[Token],
    negated: bool,
    modality: str,
    lexicon: Lexicon,
    lemma: str = "",
    act: bool = False,
    head: Token | None = None,
) -> Stance | None:
    """The stance of one position; None when a light verb's object carries no stance. `lemma`
    is the cue's word (`head` the verb, for what it governs), whose CAMEO verb code (with its
    object) may be more specific than the label's; an `act` is coded by what it does unless it
    is only planned or negated."""
    label = (
        object_stance(base, objects, lexicon, lemma, head)
        or frame_stance(head, lemma, lexicon)
        or (_says_clause(head) if base == FROM_OBJECT else base)
    )
    if label is None or label == NO_POSITION:
        return None  # "the virus *claimed* 6,606 lives": a cue word in a sense that says nothing
    if label == PLAIN and not _asks(head, lemma, lexicon):
        said = content_stance([*objects, *content], lexicon, head)
        label = said or claimed_act_stance(content, lemma, lexicon) or announced_plan_stance(content, lemma, lexicon) \
            or label
    if negated:
        label = lexicon.stance_labels[label].negated_as or PLAIN
    entry = lexicon.stance_labels[label]
    cameo = entry.threat_cameo if entry.threat_cameo and is_conditional(content, lexicon) else entry.cameo
    if lemma and not negated and cameo == entry.cameo:
        # what is not expressed is no event of its kind ("expressed *no* regret" is no empathetic comment)
        affirmed = [o for o in objects if not negated_object(antecedent(o), lexicon)]
        cameo = event_code(cameo, lemma, event_words(affirmed), act and not modality, light=base == FROM_OBJECT)
    return Stance(label, cameo, negated, modality)
