"""The extractor: a Doc and its actors in, one `Position` per speaker per cue out.

For each cue of each sentence: its speakers (`speakers`), what it is about and what it says
(`content`), negation and modality (`negation`), the stance (`stance.py`) and the target
(`targets.py`); then the positions reported inside another's are left out (`nesting`), the rest
weighed (`evidence`, against `data/weights/position_weights.csv`), quotations carried on from the
last speaker added (`carried`), and a participle clause with no target given the target of the
position it goes on from (`_share_targets`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..actors import Actor, ActorIndex
from ..cameo import STATEMENT_ROOT, verb_code
from ..coref import ADDRESSEE_PERSON, IT_REFERENT, SPEAKER_PERSON
from ..docs import (
    SINGULAR_NOUN_TAG,
    TIME_ENTITIES,
    agentless_passive_clause,
    antecedent,
    is_passive,
    sentence_index,
    subject,
    written_in_latin,
)
from ..lexicons import ACT, ASKING, COGNITION, REPORTING_KINDS, SPEECH, Lexicon, load_lexicon
from ..stance import FROM_OBJECT, PLAIN, Stance, code_stance, indirect_question
from ..targets import joined, target_actors
from .carried import carried_quotes
from .content import (
    CLAUSAL_SUBJECT_DEP,
    afterthought,
    content_end,
    content_start,
    content_tokens,
    cue_objects,
    described_object,
    in_paragraph,
    paragraph_after_colon,
    span_text,
    target_phrase,
)
from .cues import asks, find_cues, naming_aside
from .evidence import position_evidence, speakerless_evidence
from .negation import is_negated, modality_of
from .nesting import outermost
from .quotes import NO_CONTENT, UNQUOTED_TYPES, Quotes, article_quotes, in_quote, quote_type, to_closing_mark
from .records import Cue, Position
from .speakers import named_members, resolve_speaker, speaker_heads, speaker_span, standing_for
from .words import NOT_LISTED, grammatical_person, is_cue_verb, lemma_of, listed_kind

Candidate = tuple[Position, "list[str] | None"]  # a position and its evidence; None: not weighed


def extract_positions(
    doc: Doc, actors: ActorIndex, lexicon: Lexicon | None = None, quotes: Quotes | None = None,
    attributions: bool = False,
) -> list[Position]:
    """The positions of an article: the rules' candidates, those reported inside another's left
    out, the rest weighed (in that order, the order the weights were fitted in), then quotations
    carried on from the last speaker, and what holds no one's position left out
    (`holds_no_position`). `quotes` are the article's quotations, when already found;
    `attributions` keeps those too, as PolNeAR annotates them."""
    lexicon = lexicon or load_lexicon()
    if quotes is None:
        quotes = article_quotes(doc, lexicon)
    candidates = candidate_positions(doc, actors, lexicon, quotes)
    positions = [p for p, evidence in candidates if evidence is None or lexicon.position_weights.accepts(evidence)]
    quoted = [(p.content_start, p.content_end) for p, _ in candidates]
    positions += carried_quotes(doc, quotes, positions, quoted, lexicon)
    if not attributions:  # after the quotations carried on: what a thing showed ends the speaker's turn too
        positions = [p for p in positions if not holds_no_position(doc, p, actors, lexicon)]
    _share_targets(doc, positions)
    positions.sort(key=lambda p: (p.cue_start if p.cue_start >= 0 else p.content_start, p.speaker_start))
    return positions


def holds_no_position(doc: Doc, position: Position, actors: ActorIndex, lexicon: Lexicon) -> bool:
    """Is a position an attribution PolNeAR annotates that holds no one's position: what a thing
    shows (`is_finding`), a name the writer gives a noun in passing ("phytoplankton, *also
    called* green algae", `cues.naming_aside`), only what someone talked about (`_topic_only`),
    what is reported by no one named (`_reported_by_no_one`), what a sentence only calls hard or
    fair to say (`_impersonal`), a thought with nothing but a pronoun for its content
    (`_says_nothing`), or someone else's words told in an interviewee's answer
    (`_told_in_an_answer`)?"""
    if is_finding(doc, position, lexicon):
        return True
    if position.cue_start < 0:
        return False  # a quotation carried on from the last speaker has no cue of its own to read
    head = _cue_head(doc, position)
    return naming_aside(head, lexicon) or _topic_only(position, head, lexicon) \
        or _reported_by_no_one(position, head, lexicon) or _impersonal(head, lexicon) \
        or _told_in_an_answer(doc, position, actors, lexicon) or _says_nothing(doc, position, head, lexicon)


def _says_nothing(doc: Doc, position: Position, verb: Token, lexicon: Lexicon) -> bool:
    """Is a plain position of a thought or a feeling (or of a word only the weights take for a cue)
    whose whole content is one pronoun: "they still *remember it*", "I *enjoyed it*", "they've
    *learned something*", "I was *excited about it*"? It tells no view of anything; what it points back to is
    someone's view told elsewhere, if anyone's. A verb of speech so used reports words (the Senate
    "*confirmed him*", "*offered it* to the diocese"), as an afterthought does ("*as* the decision
    *put it*"), and both stay."""
    if position.stance != PLAIN or position.content_start < 0 or listed_kind(verb, lexicon) == SPEECH:
        return False
    if afterthought(verb, lexicon):
        return False
    content = doc.char_span(position.content_start, position.content_end, alignment_mode="expand")
    return content is not None and len(content) == 1 and content[0].pos_ in PRONOUN_POS


PRONOUN_POS = ("PRON", "DET")  # "it", "what", "something"; "that" and "this" standing alone are DET


def _impersonal(verb: Token, lexicon: Lexicon) -> bool:
    """Is the cue the infinitive of an adjective said of an "it" that stands for nothing: "*it is
    hard to say* what happens then", "*it's too early to tell* whether ...", "if *it* [is] *fair to
    say* there was no change"? The sentence judges the saying, hard, early or fair; no one is
    named who holds what would be said ("it" is no speaker), and what it hedges is the writer's or
    the answering interviewee's own words. PolNeAR's evaluation keeps these. ("Young voters *are
    more likely to say* ..." has its speakers.)"""
    if verb.dep_ != "xcomp":
        return False
    governor = verb.head
    clause = governor.head if governor.pos_ == ADJECTIVE and governor.dep_ == "acomp" else governor
    judged = governor.pos_ == ADJECTIVE or any(c.dep_ == "acomp" and c.pos_ == ADJECTIVE for c in clause.children)
    holder = subject(clause)
    return judged and holder is not None and _bare_it(holder, lexicon)


ADJECTIVE = "ADJ"


def _reported_by_no_one(position: Position, verb: Token, lexicon: Lexicon) -> bool:
    """Is a plain position a verb of speech in a passive clause of its own with no one named for it:
    "33 *were reported* hospitalised", "it *was reported* on Saturday Sirhan was stabbed", "the
    deal *was announced*", "Trump *was said* to be suffering minor symptoms"? The writer tells what
    is reported, with no holder to take a side; so is a question put by no one named, "she *was
    questioned* for hours", "Johnson *was asked* about the case" (the one asked holds nothing by
    being asked; "residents *were asked* to leave" is a request). PolNeAR annotates these as
    attributions. (A verb CAMEO codes as a deed rather than a statement, "*was offered*", "*was
    granted* clemency", is done by someone the article may name elsewhere, and stays. A verb of
    thought so told, "the bill *is expected* to pass", is a view of people left unnamed, and stays;
    so does a participle after its noun, "*Asked* what the budget means, ...".)"""
    if position.speaker:
        return False
    kind = listed_kind(verb, lexicon)
    if kind == ASKING:  # "residents *were asked to leave*" is a request made, whoever made it
        return agentless_passive_clause(verb) and not any(c.dep_ == "xcomp" for c in verb.children)
    if position.stance != PLAIN or kind != SPEECH:
        return False
    code = verb_code(verb.lemma_.lower(), ())
    if code and not code.startswith(STATEMENT_ROOT):
        return False  # "the artwork *was offered* to Trump" (CAMEO 030): a deed, whose doer the article may name
    return agentless_passive_clause(verb)


def _topic_only(position: Position, verb: Token, lexicon: Lexicon) -> bool:
    """Is a position only what someone talked about (`topic_verb` in `grammar.csv`): a plain verb of
    talking with a topic and nothing said of it, "Kokesh *details his background* and activism",
    "*discussed how* his nomination came about", "*answered some questions* about his campaign"?
    PolNeAR annotates these as attributions. What is said with it stays a position: a quotation or a
    clause ("*answered that* the law applied"), a talk with someone (`partner_preposition`:
    "*discussed* the war *with* Zelensky", "*talked to* FIDE"), one planned or to come ("*is
    scheduled to discuss*"), and a stance the topic gives ("*discussing concerns* about
    interference"); the words of a question discussed give none ("*discussed why* voters *should*
    choose him")."""
    if verb.lemma_.lower() not in lexicon.grammar["topic_verb"]:
        return False
    if position.quote_type not in UNQUOTED_TYPES or position.modality or position.negated:
        return False
    if verb.dep_ in ("xcomp", "advcl"):
        return False  # "gathered in Cairo *to discuss*", "is scheduled *to discuss*": a meeting
    clauses = [c for c in verb.children if c.dep_ in SAID_OF_DEPS]
    if any(not indirect_question(c, lexicon) for c in clauses):
        return False  # "answered *that* the law applied": something said
    if position.stance != PLAIN and not clauses:
        return False  # "*discussing concerns* about interference": the topic takes a side
    # (a question's words take none: "*discussed why* voters *should* choose him" names a topic)
    # "discussed the war *with Zelensky*" (the parser may hang "with" on the topic), "*talked to*
    # FIDE": a talk held; not "with Wikinews", "with you"
    topics = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(
        word.lower_ in lexicon.grammar["partner_preposition"] and any(
            o.dep_ == "pobj" and o.pos_ != "PRON" and not _is_interviewer(o.text, lexicon) for o in word.children
        )
        for holder in (verb, *topics) for word in holder.children
    )


def is_finding(doc: Doc, position: Position, lexicon: Lexicon) -> bool:
    """Is a position what a thing shows, no actor's: its speaker, no actor, a noun for what records
    or shows what is found (`evidence_noun` in `grammar.csv`): "*Photos* of the blaze showed thick
    smoke", "*the findings* suggested a disparity", "*banners* which mentioned ...", or an "it" tied
    to no actor before a verb of showing (`showing_verb`): "*it tells us* that planets can form
    ...", "*it suggests* there is a common ancestor". PolNeAR annotates these as attributions, and
    its evaluation keeps them; they hold no one's position. A report, a poll or a study someone
    stands behind does ("the report found", "a poll showed")."""
    if position.speaker_kind or position.speaker_start < 0:
        return False
    span = doc.char_span(position.speaker_start, position.speaker_end, alignment_mode="expand")
    head = antecedent(span.root) if span is not None else None
    if head is None:
        return False
    if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.grammar["evidence_noun"]:
        return True
    if position.cue_start < 0:
        return False  # a quotation carried on from the last speaker has no verb of its own
    return _bare_it(head, lexicon) and _cue_head(doc, position).lemma_.lower() in lexicon.grammar["showing_verb"]


def _bare_it(word: Token, lexicon: Lexicon) -> bool:
    """Is the word an "it" of `pronouns.csv` that coreference left tied to no organisation or state
    ("*it* tells us", "*it* is hard to say", "*it* felt like")?"""
    entry = lexicon.coref.pronoun(word)
    return entry is not None and entry.refers_to == IT_REFERENT


PARTICIPLE_TAG = "VBG"  # "condemned the act of the NTC, *citing* the move"


def _share_targets(doc: Doc, positions: list[Position]) -> None:
    """A position that names no target takes the target of the speaker's position its cue's
    participle clause elaborates, after it and with no conjunction of its own: "condemned the act of
    *the NTC*, citing the move as a grave abuse" (the NTC), "congratulated *Pelosi*, saying ...".
    Not a cue joined by "and", which often turns to another matter ("called for the nationalization
    of the Federal Reserve and expressed concern about ..."), nor the cue a clause hangs off, which
    says what it does itself ("questioned the findings, saying Caudipteryx might have ...")."""
    heads = {p.cue_start: _cue_head(doc, p) for p in positions if p.cue_start >= 0}
    for position in positions:
        if position.target_actor or position.cue_start < 0 or not position.speaker:
            continue
        cue = heads[position.cue_start]
        if not _elaborates(cue):
            continue
        other = next(
            (
                p for p in positions
                if p is not position and p.speaker == position.speaker and p.target_actor and p.cue_start >= 0
                and heads[p.cue_start].i == cue.head.i
            ),
            None,
        )
        if other is not None:
            position.target_actor, position.target_actor_kind = other.target_actor, other.target_actor_kind


def _elaborates(cue: Token) -> bool:
    """Is the cue a participle clause put after the verb it hangs off, with no conjunction ("*while*
    not naming", "*when* announcing")?"""
    return (
        cue.dep_ == "advcl" and cue.tag_ == PARTICIPLE_TAG and cue.i > cue.head.i
        and not any(c.dep_ == "mark" for c in cue.children)
    )


def _cue_head(doc: Doc, position: Position) -> Token:
    """The word of a position's cue its other words hang off."""
    span = doc.char_span(position.cue_start, position.cue_end, alignment_mode="expand")
    return span.root


def candidate_positions(
    doc: Doc, actors: ActorIndex, lexicon: Lexicon, quotes: Quotes | None = None
) -> list[Candidate]:
    """Every position the rules find that is not reported inside another's (`outermost`), with
    the evidence `position_weights.csv` weighs it by; None for what is not weighed: an act (the
    weights are fitted on PolNeAR, which annotates speech and thought only) and a position whose
    actor its cue's own phrase names (`CueForm.holder_in_phrase`)."""
    if quotes is None:
        quotes = article_quotes(doc, lexicon)
    candidates: list[Candidate] = []
    reporters: list[Position] = []
    acts: list[Position] = []
    for sent in doc.sents:
        question = asks(sent, lexicon)
        for cue in find_cues(sent, lexicon, quotes):
            found = [
                (p, evidence) for p, evidence in _cue_positions(cue, actors, lexicon, quotes, question)
                # the English model finds cues and speakers in a quoted answer in Hindi or Persian
                # too ("हमने ... को"): a cue or speaker is read only in Latin letters; what is said may
                # be in any script ('The minister said: "مردم شریف ..."')
                if written_in_latin(p.cue + p.speaker_text)
            ]
            candidates += found
            if listed_kind(cue.head, lexicon) != ACT:  # an act reports nobody's words
                reporters += [p for p, _ in found]
            else:
                acts += [p for p, _ in found]
    kept = {id(p) for p in outermost(doc, [p for p, _ in candidates], reporters, lexicon, acts)}
    return [(p, evidence) for p, evidence in candidates if id(p) in kept]


def _cue_positions(cue: Cue, actors: ActorIndex, lexicon: Lexicon, quotes: Quotes, question: bool) -> list[Candidate]:
    """The positions one cue gives: one per speaker, or one with none when no one is named.
    `question`: the cue's sentence is a question asked (`cues.asks`)."""
    heads = [member for head in speaker_heads(cue, lexicon) for member in named_members(head, actors, lexicon)]
    if question and _put_to_someone(cue, heads, lexicon) or _the_interviewers(cue, heads, question, actors, lexicon):
        return []
    if _own_words_recalled(cue, heads, actors, lexicon):
        return []
    if _said_of_the_other_side(cue, heads, actors, lexicon) or _witnessed(cue, heads, actors, lexicon):
        return []
    if _weighed_in_talk(cue, actors, lexicon):
        return []
    if _supposed(cue, lexicon) or _courtesy(cue, heads, actors, lexicon):
        return []
    if heads and listed_kind(cue.head, lexicon) == COGNITION and not any(_may_think(h, actors, lexicon) for h in heads):
        return []  # "hijab felt like a good cover", "the drug showed promise": a thing thinks nothing
    objects = cue_objects(cue, lexicon)
    content = in_paragraph(cue.head, content_tokens(cue, quotes, lexicon)) or paragraph_after_colon(cue)
    content = to_closing_mark(content, quotes)
    if cue.form.needs_content and not content or _going_on(cue, content, quotes, lexicon) \
            or _beginning(cue, content, quotes, lexicon):
        return []
    if not content and not objects and _interviewee_aside(cue, heads, actors, lexicon):
        return []
    act = listed_kind(cue.head, lexicon) == ACT
    negated, modality = is_negated(cue, lexicon), modality_of(cue, lexicon)
    if (act or is_passive(cue.head)) and (modality == OBLIGATION or _in_obligation(cue.head, lexicon)):
        # "must be approved by the Senate", "senators must vote to convict": a rule, no one's position
        # (what one "must tell" or "needs to know" is still said or thought)
        return []
    about = [*objects, *described_object(cue, lexicon)]
    stance = code_stance(
        cue.stance, about, content, negated, modality, lexicon, lemma_of(cue.head, lexicon), act, cue.head
    )
    if stance is None:
        return []
    # Anyone or anything may say or show something ("a memo released Friday", "polls show");
    # an act or a light verb ("raises alarms") needs an actor behind it.
    needs_actor = cue.stance == FROM_OBJECT or act
    speakers = _speakers(heads, actors, lexicon, needs_actor)
    if heads and not speakers or not heads and needs_actor:
        return []
    if speakers and all(_is_interviewer(s.name, lexicon) for s in speakers):
        return []
    named_nowhere = not heads and not cue.form.unnamed_speaker(cue, lexicon)
    if named_nowhere and not cue.form.may_go_unnamed(cue, lexicon):
        return []
    if act or cue.form.holder_in_phrase(cue, heads) and all(s.actor is not None for s in speakers):
        evidence = None
    else:
        evidence = position_evidence(cue, [(s.span, s.actor) for s in speakers], content, quotes, lexicon)
        if named_nowhere:
            evidence += speakerless_evidence(cue, lexicon)
    facts = _Facts(stance, objects, content, quotes, actors, lexicon, speech=not needs_actor)
    return [(_position(cue, speaker, facts), evidence) for speaker in speakers or [None]]


OBLIGATION = "obligation"  # the `modality.csv` modality of a rule or duty: must, should, need to


def _in_obligation(verb: Token, lexicon: Lexicon) -> bool:
    """Is the cue the infinitive of a verb under an obligation ("senators *must* vote to *convict*",
    "a simple majority is *needed* to *impeach*")?"""
    governor = verb.head
    return verb.dep_ == "xcomp" and governor.i != verb.i and (
        governor.lemma_.lower() in lexicon.grammar["obligation_verb"]  # "a majority is *needed* to impeach"
        or any(c.dep_ == "aux" and lexicon.modality.get(c.lower_) == OBLIGATION for c in governor.children)
    )


def _put_to_someone(cue: Cue, heads: list[Token], lexicon: Lexicon) -> bool:
    """In a question asked, is the cue's subject the one asked ("Could you explain how ...?": whom
    a question is put to takes no position by it)?"""
    return _all_in_person(heads, ADDRESSEE_PERSON, lexicon)


def _the_interviewers(cue: Cue, heads: list[Token], question: bool, actors: ActorIndex, lexicon: Lexicon) -> bool:
    """In an interviewer's turn (`turn_marks.csv`), is the cue a question asked ("((WN)) What has
    the railway planned for the day?") or one with no one named for it, a request or an aside
    ("((WN)) *Tell* me about the tournament")? It states no one's position."""
    return (question or not heads) and _is_interviewer(actors.turn_speaker(cue.head.sent.start_char), lexicon)


def _all_in_person(heads: list[Token], person: str, lexicon: Lexicon) -> bool:
    """Are there speakers, and is each a pronoun of the grammatical person given ("I", "we": the
    speaker's; "you": the addressee's)?"""
    return bool(heads) and all(grammatical_person(h, lexicon) == person for h in heads)


def _said_of_the_other_side(cue: Cue, heads: list[Token], actors: ActorIndex, lexicon: Lexicon) -> bool:
    """In an interview's turn, is "you" the cue's subject ("((WN)) *You mentioned* the bones came
    from two sites", "when *you* inject muscimol, *you see* ...")? The turn's speaker recaps the
    other side's words in their own, or speaks of anyone at all; what the other side holds is in
    their own turns."""
    return (
        _all_in_person(heads, ADDRESSEE_PERSON, lexicon)
        and actors.turn_speaker(cue.head.idx) != ""
    )


def _witnessed(cue: Cue, heads: list[Token], actors: ActorIndex, lexicon: Lexicon) -> bool:
    """In an interview's turn, is the cue the speaker's own verb of seeing, knowing or remembering
    (`witnessing_verb` in `grammar.csv`) with no clause for what they hold ("I *saw* people praying
    at the shrines", "so we *see* the spiral", "when we *know* the dates", "I *remember* calling my
    mom")? It tells what happened to the speaker, not a view. These are views: "I know *that* the
    law is unfair", "reality is, we *know* old industries will not return" (the parser hangs a verb
    with no object on what it says), "*what we know* about lissoirs is that ...", "I don't *see* it
    *as* a point of reform"."""
    verb = cue.head
    return (
        verb.lemma_.lower() in lexicon.grammar["witnessing_verb"]
        and _all_in_person(heads, SPEAKER_PERSON, lexicon)
        and not any(c.dep_ in SAID_OF_DEPS and not _perceived(c) for c in verb.children)
        and verb.dep_ != CLAUSAL_SUBJECT_DEP
        and not _hung_on_what_it_says(verb)
        and not any(c.lower_ in lexicon.grammar["likeness_preposition"] for c in verb.children)
        and actors.turn_speaker(verb.idx) != ""
    )


def _weighed_in_talk(cue: Cue, actors: ActorIndex, lexicon: Lexicon) -> bool:
    """In an interview's turn, is the cue a word that only `cue_weights.csv` takes for one, with no
    row of `cues.csv` ("we *compared* the bone tools", "I *lectured* at RMIT", "they *focus* mainly
    on outreach")? The weights are fitted on news reports, where a reporter picks a verb to tell
    what someone said; in a conversation the same words tell what the speaker does. A listed cue
    stays a position there ("I *think* it should be a choice")."""
    return (
        len(cue.tokens) == 1
        and cue.head.is_alpha  # a word, not the colon or dash of a turn's mark or a signature
        and listed_kind(cue.head, lexicon) == NOT_LISTED
        and actors.turn_speaker(cue.head.idx) != ""
    )


def _perceived(clause: Token) -> bool:
    """Is a clause a verb saw or heard happen, a participle or a bare verb with no auxiliary and no
    "that" ("I saw *people praying*", "heard *her sing*"), not a thought held ("I know *they will
    return*", "I see *that* it is young")?"""
    return clause.tag_ in NONFINITE_TAGS and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


NONFINITE_TAGS = ("VBG", "VB", "VBN")


def _own_words_recalled(cue: Cue, heads: list[Token], actors: ActorIndex, lexicon: Lexicon) -> bool:
    """Is the cue an interviewee's aside on their own words, in their turn ("*as I said*, it took
    20 years", "*like I mentioned*", "*as far as I know*"; `afterthought_mark` in `grammar.csv`)? It
    points back to, or hedges, what the turn says; it holds no position of its own. (A columnist's
    "as I have suggested" points to an argument made elsewhere, which PolNeAR annotates.)"""
    return (
        _all_in_person(heads, SPEAKER_PERSON, lexicon)
        and afterthought(cue.head, lexicon)
        and actors.turn_speaker(cue.head.idx) != ""
    )


def _courtesy(cue: Cue, heads: list[Token], actors: ActorIndex, lexicon: Lexicon) -> bool:
    """Is the cue a formula of politeness: a `courtesy_verb` of `grammar.csv` with "you" for its
    object and no subject (the parser may take an interview turn's mark for one: "((Christian
    Keysers)) *Thank* you.")? "Thank you for agreeing to this interview" closes a conversation;
    no one takes a side. "She thanked her supporters" is a position."""
    objects = [c for c in cue.head.children if c.dep_ == "dobj"]
    return (
        cue.head.lemma_.lower() in lexicon.grammar["courtesy_verb"]
        and bool(objects) and all(grammatical_person(o, lexicon) == ADDRESSEE_PERSON for o in objects)
        and all(actors.in_turn_mark(h) for h in heads)
    )


def _going_on(cue: Cue, content: list[Token], quotes: Quotes, lexicon: Lexicon) -> bool:
    """Is the cue a verb of going on (`going_on_verb` in `grammar.csv`) with nothing said that it
    goes on with: no quotation, no clause, no object and no verb ("*Violence continued* through the
    evening"), or a cue verb, whose own position it is ("*continued to attack* Trump on his taxes"
    is an attack)? It says something so: "“Overall,” he *continued*, “...”", "she *continued
    that* the plan had failed", "Trump *continues his adulation* of Putin", "*continue to ignore*
    the reality" (what one keeps doing may be a stance, as PolNeAR annotates it)."""
    verb = cue.head
    if verb.lemma_.lower() not in lexicon.grammar["going_on_verb"]:
        return False
    if _anything_quoted(content, quotes):
        return False
    goes_on_with = [c for c in verb.children if c.dep_ in (*SAID_OF_DEPS, "dobj", "xcomp")]
    return all(c.dep_ == "xcomp" and is_cue_verb(c, lexicon) for c in goes_on_with)


def _beginning(cue: Cue, content: list[Token], quotes: Quotes, lexicon: Lexicon) -> bool:
    """Is the cue a verb of beginning (`beginning_verb` in `grammar.csv`) with nothing quoted? What
    it begins is something done ("*I started drinking*", "*started a company* to sell it"), no
    position, or a cue verb that is a position of its own ("*began criticising* the plan"); only a
    quotation makes the verb itself the saying of it ("he *began*, “...”")."""
    return cue.head.lemma_.lower() in lexicon.grammar["beginning_verb"] and not _anything_quoted(content, quotes)


def _anything_quoted(content: list[Token], quotes: Quotes) -> bool:
    return any(in_quote(t, quotes) for t in content if not t.is_punct)


def _told_in_an_answer(doc: Doc, position: Position, actors: ActorIndex, lexicon: Lexicon) -> bool:
    """Is the position someone else's, told in an interviewee's answer: "He *told* me that he
    will not touch me", "companies *want* to restrict people", "some people *say* it's because
    ..."? An answer is what the interviewee says, their quotation: a cue inside it that is part of
    their words holds no position of its own (as a cue inside a quotation is the quoted speaker's
    words), while the interviewee's own "I think", "we found" does. PolNeAR annotates such cues in
    a transcript's turns as attributions, and its evaluation counts them."""
    turn = actors.turn_speaker(position.cue_start)
    if not turn or _is_interviewer(turn, lexicon) or not position.speaker or position.speaker == turn:
        return False
    span = doc.char_span(position.speaker_start, position.speaker_end, alignment_mode="expand")
    if span is None or grammatical_person(span.root, lexicon) == SPEAKER_PERSON:
        return False  # "I think", "we found", "my team believes"
    # "Had the federation ever warned you?" ... "Well, *they said* I had to cover my hair": a
    # pronoun the answer leaves unresolved may stand for whom the question asked about
    return not (span.root.pos_ == "PRON" and not position.speaker_kind)


def _is_interviewer(name: str, lexicon: Lexicon) -> bool:
    """Is the name the interviewer's an interview's turn marks give (`turn_marks.csv`: "((WN))" is
    Wikinews)? The interviewer writes the article: what they ask, say or do in it ("*Wikinews asked*
    Stamenković if ...", "((WN)) *I'd like to ask* you about the study", "Wikinews *confirmed* with
    UpGuard that ...") is its reporting, as a writer's narration is, no position of anyone in the
    news."""
    return name in lexicon.coref.turn_marks.values()


def _supposed(cue: Cue, lexicon: Lexicon) -> bool:
    """Is the cue what "let's" proposes ("*let's say* I bought it on a DVD", "let us *suppose*";
    `hortative_verb` and its `hortative_object` in `grammar.csv`)? It sets up an example, no one's
    position."""
    verb = cue.head.head
    us = lexicon.grammar["hortative_object"]
    return (
        verb.lemma_.lower() in lexicon.grammar["hortative_verb"] and cue.head.dep_ in ("ccomp", "xcomp")
        and any(c.lower_ in us for c in (*cue.head.children, *verb.children))
    )


def _may_think(head: Token, actors: ActorIndex, lexicon: Lexicon) -> bool:
    """May the subject of a verb of thought hold a view: an actor, a pronoun that is no unresolved
    "it", a plural, or a singular noun for a person, a group or a body (`groups.csv`,
    `descriptions.csv`, coreferee's person words, "the *jury*"), a part of a whole ("a *number* of
    residents"), or a document or source that states a finding ("the *report* found", "a *poll*
    showed")? Not a thing ("*this atmosphere* was not intended", "*hijab* felt like a cover")."""
    if actors.actor_at(head) is not None:
        return True
    if lexicon.coref.pronoun(head) is not None:
        return not _bare_it(head, lexicon)  # "it felt like"
    if head.tag_ != SINGULAR_NOUN_TAG:
        return True  # "people think", "gamers are expecting"
    lemma, tables = head.lemma_.lower(), lexicon.coref
    return any(lemma in words for words in (
        tables.person_nouns, lexicon.groups, tables.descriptions, tables.documents, lexicon.source_nouns,
        lexicon.grammar["partitive_noun"],
    ))


def _interviewee_aside(cue: Cue, heads: list[Token], actors: ActorIndex, lexicon: Lexicon) -> bool:
    """Is the cue, which says and aims at nothing, a turn of phrase in an interviewee's answer ("I
    don't know.", "I would say", "I don't remember", "if *you* want")? An answer's words of
    speech or thought with nothing said are its way of talking; a generic "you" in it is no one,
    least of all the interviewer."""
    turn = actors.turn_speaker(cue.head.idx)
    if not turn or _is_interviewer(turn, lexicon) or listed_kind(cue.head, lexicon) not in REPORTING_KINDS:
        return False
    if cue.stance != PLAIN or any(c.dep_ in COMPLEMENT_DEPS for c in cue.head.children):
        return False  # "I flat refused", "I do not believe *in* world dominance": a position however short
    if _hung_on_what_it_says(cue.head):
        return False  # "I would hope, nobody else contracts it": the parser hung the cue on what it says
    return not heads or all(grammatical_person(h, lexicon) in (SPEAKER_PERSON, ADDRESSEE_PERSON) for h in heads)


# what a verb says, thinks or is about; "dep" is the parser's word it could not place ("I think, at
# present, *women* ...")
COMPLEMENT_DEPS = ("prep", "dobj", "ccomp", "xcomp", "dative", "dep")
SAID_OF_DEPS = ("ccomp", "parataxis")  # a cue the parser hung on the clause it says


def _hung_on_what_it_says(verb: Token) -> bool:
    """Did the parser hang a cue verb with no object of its own on the clause it says ("I would
    hope, nobody else contracts it", "reality is, we *know* old industries will not return"); not
    one that has its own ("so we *see* the spiral, we have theories")?"""
    return verb.dep_ in SAID_OF_DEPS and not any(c.dep_ == "dobj" for c in verb.children)


class _Speaker(NamedTuple):
    """Who holds a position: the words as written ("who", "A number of Senators", "he"), the actor
    they resolve to, and the words of whom they stand for, which name a speaker that is no actor
    ("a whistleblower who revealed": "a whistleblower")."""

    span: Span
    actor: Actor | None
    meant: Span

    @property
    def name(self) -> str:
        """Who holds the position, as the positions table writes them: the actor, or the words meant."""
        return self.actor.name if self.actor else self.meant.text


def _speakers(heads: list[Token], actors: ActorIndex, lexicon: Lexicon, needs_actor: bool) -> list[_Speaker]:
    speakers: list[_Speaker] = []
    for head in heads:
        word = standing_for(head, lexicon)
        span = speaker_span(head)
        meant = span if word is head else speaker_span(word)
        if head.is_ancestor(word):  # a partitive's words run on to its whole: "A number of Senators"
            span = head.doc[min(span.start, meant.start) : max(span.end, meant.end)]
        actor = resolve_speaker(meant, actors, lexicon)
        if actor is None and needs_actor and head.pos_ != "PRON":
            continue  # "This development raises alarms": an abstract subject holds no position
        if actor is None and grammatical_person(head, lexicon) == ADDRESSEE_PERSON and actors.turn_speaker(head.idx):
            continue  # an interviewee's "if *you* look at the figure, you can see": anyone, holding nothing
        if len(meant) == 1 and meant.root.lower_ in lexicon.grammar["demonstrative_pronoun"]:
            continue  # "*This* is not the first lawsuit", "*That* said, ...": a thing pointed at
        if actor is None and meant.root.ent_type_ in TIME_ENTITIES:
            continue  # "*2018* saw 11,187 accidents", "*Yesterday morning* saw an earthquake": a time
        # a group of named persons is each of them, as "Quirin and Redouane indicated" would be: "Both
        # officers indicated", "they" for "Shoukry and his counterparts"
        for one in [actors.actors[name] for name in actor.members] if actor is not None and actor.members else [actor]:
            if one is not None and any(one is other.actor for other in speakers):
                continue  # "Wong and three of his colleagues started": one position of Wong's
            speakers.append(_Speaker(span, one, meant))
    return speakers


@dataclass(frozen=True)
class _Facts:
    """What one cue's positions share, whoever of its speakers holds each."""

    stance: Stance
    objects: list[Token]
    content: list[Token]
    quotes: Quotes
    actors: ActorIndex
    lexicon: Lexicon
    speech: bool  # no act nor light verb: whom and where it is said to are no targets


def _position(cue: Cue, speaker: _Speaker | None, facts: _Facts) -> Position:
    """One position; `speaker` is None when the sentence does not name who holds it."""
    stance, objects, content, quotes = facts.stance, facts.objects, facts.content, facts.quotes
    span, actor, meant = speaker if speaker is not None else (None, None, None)
    speaker_text = span.text if span is not None else ""
    # an object of the cue that is its speaker is whom it is said by, not about: "according to *the
    # ministry*, Russia ...": what is said is about Russia
    said_by = {t.i for words in (span, meant) if words is not None for t in words}
    objects = [o for o in objects if o.i not in said_by]
    phrase = target_phrase(cue, objects, content)
    targets = target_actors(
        cue.head, phrase, objects, content, facts.actors, actor, facts.lexicon, facts.speech,
        list(meant) if meant is not None else [], cue.tokens,
    )
    target_actor, target_actor_kind = joined(targets)
    return Position(
        speaker=speaker.name if speaker is not None else "",
        speaker_kind=actor.kind if actor else "",
        speaker_role=actor.role if actor else "",
        speaker_affiliation=actor.affiliation if actor else "",
        cue=cue.head.doc[cue.tokens[0].i : cue.tokens[-1].i + 1].text,
        stance=stance.label,
        cameo=stance.cameo,
        target=span_text(phrase),
        content=span_text(content),
        quote_type=quote_type(content, quotes) if content else NO_CONTENT,
        sentence=sentence_index(cue.head),
        speaker_start=span.start_char if span is not None else -1,
        speaker_end=span.end_char if span is not None else -1,
        cue_start=cue.tokens[0].idx,
        cue_end=cue.tokens[-1].idx + len(cue.tokens[-1].text),
        content_start=content_start(content),
        content_end=content_end(content),
        negated=stance.negated,
        modality=stance.modality,
        speaker_text=speaker_text,
        target_actor=target_actor,
        target_actor_kind=target_actor_kind,
    )
