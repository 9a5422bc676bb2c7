"""Content and objects: what a position says, what it is about, and the text columns of a row.

`reported_content` is the rule of the predicate and noun forms: a quotation beside the cue,
else the cue's complement clause or object (with any quotation inside it), else, for a cue
dropped into a sentence ("X, they say, Y"), the rest of the sentence. The other forms take their
content in their own module (`forms`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..docs import (
    PASSIVE_PARTICIPLE_TAG,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    TIME_ENTITIES,
    doc_text,
    line_bounds,
    passive_subject,
    sentence_bounds,
    sentence_of,
    shares_passive,
)
from ..lexicons import Lexicon
from .quotes import Quotes, quote_just_before, quotes_for
from .records import Cue
from .words import coordinated_cue, governs_what_is_said, hung_subject, is_cue_verb

CLAUSAL_SUBJECT_DEP = "csubj"  # "*what we know* is that ...": what the copula then says is held
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "intj")  # intj: "said no"
OBJECT_DEPS = ("dobj", "attr", "oprd", "nsubjpass", "pobj", "dative")
# How a date or time modifies a verb: "said *Friday*", "said *on* Monday", "met *yesterday*".
TIME_MODIFIER_DEPS = ("npadvmod", "prep", "advmod", "punct")
# A cue closing its sentence reports what comes before it when that is at least a short clause.
MIN_WORDS_BEFORE_AFTERTHOUGHT = 3


def content_tokens(cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
    """What is said, by the cue's form, without the time of saying before it."""
    return _without_time_of_saying(cue.form.content(cue, quotes, lexicon), cue)


def _without_time_of_saying(tokens: list[Token], cue: Cue) -> list[Token]:
    """A date or time right after the cue says when something was said, not what ("said *Friday*
    he may declare an emergency", "said *on Monday,* they believe ..."); one that owns a noun stays
    ("reported *Monday's* attack was the deadliest")."""
    doc = cue.head.doc
    when: set[int] = set()
    at = cue.tokens[-1].i + 1
    while at < len(doc) and (
        doc[at].ent_type_ in TIME_ENTITIES
        or doc[at].dep_ == "prep" and at + 1 < len(doc) and doc[at + 1].ent_type_ in TIME_ENTITIES
        or doc[at].text == "," and when
    ):
        when.add(at)
        at += 1
    rest = [t for t in tokens if t.i not in when]
    if not when or not rest or len(rest) == len(tokens) or tokens[0].i not in when:
        return tokens
    # the time modifies a verb ("said *Friday*", "*on Monday*"), not a noun what is said goes on
    # with ("*three days* of mourning", "*the same day* as the court"; "*Monday's* attack")
    modifier = all(t.head.i in when or t.dep_ in TIME_MODIFIER_DEPS for t in doc[min(when) : at])
    return rest if modifier and all(t.head.i not in when for t in rest) else tokens


def reported_content(cue: Cue, quotes: Quotes, lexicon: Lexicon) -> list[Token]:
    head = cue.head
    beside, governed = quotes_for(cue, quotes, lexicon)
    clause = complement(cue, lexicon)
    if beside and _runs_past(clause, beside):
        # "said “it gets me mad” every time he thinks of it": the clause goes beyond the quote
        return _in_order([*clause, *beside])
    if beside:
        return beside
    if governed:
        return _in_order([*clause, *governed])
    if not clause and (head.dep_ == "parataxis" or _said_after(cue, lexicon)):
        return rest_of_sentence(cue)
    if not governs_what_is_said(head) and hung_subject(head, lexicon) is not None:
        # "Al-Jahafi, the security chief, announced on Facebook there were suspects": the parser hung
        # the verb on its subject and made what is said the sentence's main clause
        return _clause_after(cue)
    return clause or quote_just_before(cue, quotes, lexicon)


def _clause_after(cue: Cue) -> list[Token]:
    """The words of the sentence's main clause after the cue's own phrase."""
    root = sentence_of(cue.head).root
    end = max(t.right_edge.i for t in cue.tokens)
    return [t for t in root.subtree if t.i > end and not t.is_punct and not t.is_space]


def _in_order(tokens: list[Token]) -> list[Token]:
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def _said_after(cue: Cue, lexicon: Lexicon) -> bool:
    """Is a cue with no complement put after what it reports: at the end of its sentence ("...,
    she said.") or in an "as" clause ("..., as her aides noted")?"""
    head = cue.head
    if afterthought(head, lexicon):
        return True
    sent_start, sent_end = sentence_bounds(head)
    after = head.doc[head.right_edge.i + 1 : sent_end]
    before = head.doc[sent_start : head.left_edge.i]
    words_before = sum(not t.is_punct for t in before)
    return all(t.is_punct or t.is_space for t in after) and words_before >= MIN_WORDS_BEFORE_AFTERTHOUGHT


MARK_DEPS = ("mark", "intj")  # how the parser may hang the "like" of "like I said" on a clause


def afterthought(verb: Token, lexicon: Lexicon) -> bool:
    """Is the verb put after what it reports in a clause of its own: "..., *as* her aides noted",
    "*as* the decision put it", "*like* I mentioned" (`afterthought_mark` in `grammar.csv`)? The
    parser may take the mark for an interjection ("*like* I said, ...") or hang it on the clause
    beside the verb ("*Like* I say, we have no data"): a mark right before the verb's subject counts
    when it hangs off the verb or off the word the verb hangs off."""
    marks = lexicon.grammar["afterthought_mark"]
    if any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    before = (subjects[0].left_edge.i if subjects else verb.i) - 1
    if before < 0:
        return False
    mark = verb.doc[before]
    return mark.dep_ in MARK_DEPS and mark.lower_ in marks and mark.head in (verb, verb.head)


def _runs_past(clause: list[Token], quote: list[Token]) -> bool:
    """Does a clause take in a quotation and run on into the words right outside its marks,
    before or after ("described them as “all very good”", not "told reporters: “...”")?"""
    indices = {t.i for t in clause}
    if not quote or quote[0].i not in indices:
        return False
    doc = quote[0].doc
    before = next((t for t in reversed(doc[: quote[0].i]) if not t.is_quote), None)
    after = next((t for t in doc[quote[-1].i + 1 :] if not t.is_quote and not t.is_space), None)
    return any(t is not None and t.i in indices and not t.is_punct for t in (before, after))


def _cue_children(cue: Cue) -> list[Token]:
    """The words hanging off a cue; a phrase's complement may hang off any of its words
    ("called for the troops to leave")."""
    words = {t.i for t in cue.tokens}
    owners = cue.tokens if cue.form.complement_from_every_word else [cue.head]
    return [c for t in owners for c in t.children if c.i not in words]


def for_clause(clause: Token, lexicon: Lexicon) -> bool:
    """Is a clause the cue governs an infinitive with a subject of its own, opened right after the
    cue by an `infinitive_complementizer` ("called *for Trump to resign*", "voted *for Pelosi to
    serve*"; "ratify it in order *for* the amendment to become law" is a purpose)?"""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lexicon.grammar["infinitive_complementizer"] and c.i == clause.head.i + 1
        for c in clause.children
    ) and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _marks(clause: Token) -> set[int]:
    return {c.i for c in clause.children if c.dep_ == "mark"}


def complement(cue: Cue, lexicon: Lexicon) -> list[Token]:
    """The cue's complement clause, object or topic phrase ("said that ...", "warned of ..."). A
    clause before the cue and a semicolon is one of its own, whatever the parser hung it on
    ("Brudziński said he required resuscitation; TVN24 reported he received surgery")."""
    tokens: list[Token] = []
    topic_preps = lexicon.grammar["topic_preposition"]
    separators = [c.i for c in cue.head.children if c.text in lexicon.clause_separators and c.i < cue.head.i]
    for child in _cue_children(cue):
        if any(child.right_edge.i < mark for mark in separators):
            continue
        # a topic follows the cue: "On Twitter, X said ..." says where, not what
        topic = child.dep_ == "prep" and child.lower_ in topic_preps and child.i > cue.head.i
        called_for = for_clause(child, lexicon)
        if child.dep_ in CONTENT_DEPS or topic or called_for or (
            cue.form.relative_clause_is_content and child.dep_ in ("acl", "relcl")
        ):
            # not the preposition of a topic, nor the "for" of "called for Trump to resign" (the cue's own)
            own = {child.i} if child.dep_ == "prep" else _marks(child) if called_for else set()
            tokens += [t for t in child.subtree if t.i not in own]
    befallen = passive_subject(cue.head)
    has_agent = any(c.dep_ == "agent" for c in cue.head.children)
    if befallen is not None and has_agent and not _clausal(tokens):
        # "the report was dismissed by the minister on Monday": what is dismissed is the subject
        tokens = list(befallen.subtree)
    elif befallen is not None and not has_agent:
        # "the bill is expected to pass": with no one named, the whole clause is what is expected
        tokens = [*befallen.subtree, *tokens]
    elif cue.form.impression(cue, lexicon):
        tokens = [t for c in cue.head.children if c.dep_ == "nsubj" for t in c.subtree] + tokens
    elif cue.head.dep_ == "acl" and cue.head.tag_ == PASSIVE_PARTICIPLE_TAG and not tokens:
        # "the concerns raised by NATO": what is raised is the noun the participle describes
        noun = cue.head.head
        tokens = list(noun.doc[noun.left_edge.i : cue.head.i])
    tokens = _without_asides(_without_coordinated_cues(tokens, cue, lexicon), cue, lexicon)
    words = [t for t in tokens if t.tag_ not in RELATIVE_TAGS]
    if tokens and not words and (said := _what_the_cleft_says(cue.head, lexicon)):
        return said
    # "a candidate who many members oppose": the relative pronoun alone stands for what is opposed
    return sorted(words or tokens, key=lambda t: t.i)


def _what_the_cleft_says(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a cue whose only object is "what" says when its clause is the subject of a copula: "*what
    we know* is that monkeys respond", "*what I said* is the freedom to make copies" say what follows
    the copula."""
    copula = verb.head
    if verb.dep_ != CLAUSAL_SUBJECT_DEP or copula.lemma_.lower() not in lexicon.grammar["copula"]:
        return []
    return [t for c in copula.children if c.dep_ in CONTENT_DEPS and c.i > copula.i for t in c.subtree]


def _without_coordinated_cues(tokens: list[Token], cue: Cue, lexicon: Lexicon) -> list[Token]:
    """The content without a second cue of the same speaker that the parser hung on it: in "said
    there was a lack of transparency *and urged the crowd* to ...", the urging is a position of
    its own (`words.coordinated_cue`), not part of what was said."""
    cut: set[int] = set()
    for token in tokens:
        governing = coordinated_cue(token, lexicon) if token.dep_ == "conj" else None
        if governing is not None and governing.i == cue.head.i:
            cut.update(t.i for t in token.subtree)
            cut.update(c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i)
    return [t for t in tokens if t.i not in cut]


def _without_asides(tokens: list[Token], cue: Cue, lexicon: Lexicon) -> list[Token]:
    """The content without what the writer adds after a comma: a clause about a word in it
    ("the reason, which had been planned for months"), an apposition ("Bush, the former
    governor"), a participle or another clause reporting something of its own ("..., calling them
    boring", "..., and three-quarters said ..."). Those are the writer's, not what the speaker
    said."""
    cut: set[int] = set()
    for token in tokens:
        comma = token.left_edge.i - 1
        if token.i != cue.head.i and comma >= 0 and token.doc[comma].text == "," and _aside(token, lexicon):
            cut.update(t.i for t in token.subtree)
            cut.add(comma)
    return [t for t in tokens if t.i not in cut]


def _aside(token: Token, lexicon: Lexicon) -> bool:
    """A participle or a coordinated verb is an aside only when it reports something of its own
    ("..., saying ...", "..., and three-quarters said ..."); otherwise it goes on with what is said
    ("will lay out his case, possibly highlighting the issues")."""
    if token.dep_ in ("relcl", "appos"):
        return True
    if token.pos_ == "VERB" and hung_subject(token, lexicon) is not None:
        return True  # "Biden, echoing Erdogan, *called on* the Kurds": the verb of the sentence, hung here
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        return is_cue_verb(token, lexicon)
    if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
        return any(t.pos_ in ("VERB", "AUX") and is_cue_verb(t, lexicon) for t in token.subtree)
    return False


def _clausal(tokens: list[Token]) -> bool:
    return any(t.dep_ in ("ccomp", "xcomp") for t in tokens)


def rest_of_sentence(cue: Cue) -> list[Token]:
    """The sentence's words outside the cue's own phrase."""
    skip = {t.i for tok in cue.tokens for t in tok.subtree}
    return [t for t in sentence_of(cue.head) if t.i not in skip and not t.is_punct and not t.is_space]


def in_paragraph(anchor: Token, tokens: list[Token]) -> list[Token]:
    """The tokens in the anchor's paragraph: a sentence the parser ran across a line break does
    not carry what is said into the next paragraph."""
    start, end = line_bounds(anchor.doc, anchor.idx)
    return [t for t in tokens if start <= t.idx < end]


def paragraph_after_colon(cue: Cue) -> list[Token]:
    """What a cue ending its paragraph with a colon introduces: the next paragraph ("Cruz
    continued:" followed by the quotation)."""
    doc = cue.head.doc
    text = doc_text(doc)
    end = text.find("\n", cue.tokens[-1].idx)
    if end < 0 or not text[cue.tokens[-1].idx : end].rstrip().endswith(":"):
        return []
    start = end + len(text[end:]) - len(text[end:].lstrip())
    _, stop = line_bounds(doc, start)
    return [t for t in doc if start <= t.idx < stop and not t.is_space]


def cue_objects(cue: Cue, lexicon: Lexicon) -> list[Token]:
    """The words a cue is about: its object, the "as"/"over" phrase, a noun cue itself."""
    head = cue.head
    out: list[Token] = []
    if cue.form.cue_is_its_object:
        out.append(head)
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") and hung_subject(head, lexicon) is None:
        out.append(head.head)  # "the concerns raised by NATO"
    topic_preps = lexicon.grammar["topic_preposition"]
    for child in head.children:
        undergoer = child.dep_ == "nsubjpass"
        if undergoer and cue.form.passive_subject_is_object or child.dep_ in OBJECT_DEPS and not undergoer:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in topic_preps:
            out += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        elif child.dep_ in ("ccomp", "xcomp", "acomp") and child.pos_ in ("NOUN", "ADJ"):
            out.append(child)  # "labeling it a direct threat", "pleaded *guilty*"
        elif for_clause(child, lexicon):
            out += [g for g in child.children if g.dep_ in SUBJECT_DEPS]  # "voted for *Pelosi* to serve"
    befallen = passive_subject(head) if shares_passive(head) else None
    if cue.form.passive_subject_is_object and befallen is not None:
        out.append(befallen)  # "the bill was passed and *signed* by the president"
    return out + _split_compound_objects(head, out)


def described_object(cue: Cue, lexicon: Lexicon) -> list[Token]:
    """What a cue in a relative clause is about, for its stance and event code: the noun the
    clause describes ("the state of emergency Trump *declared*" -> prepare). Not a target: the
    noun is the writer's way into the clause ("the important things I learnt")."""
    noun = _described_noun(cue.head, lexicon)
    return [] if noun is None else [noun]


def _described_noun(verb: Token, lexicon: Lexicon) -> Token | None:
    """The noun a cue verb's relative clause describes, when that noun is its object: "the state
    of emergency (that) Trump *declared*". Not when the clause has an object of its own, nor when
    its relative pronoun is the subject ("the man who declared ..."). A relative clause with no
    pronoun is often parsed as a second verb joined with no conjunction ("filed a lawsuit against
    the state of emergency | Trump declared"); a verb so joined, its subject right after a noun,
    is read as one."""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
    elif verb.dep_ == "conj":  # no "and" nor comma: the subject follows the noun right away
        noun = _noun_before(verb)
    else:
        return None
    relatives = lexicon.grammar["relative_pronoun"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if noun is None or not subjects or any(s.lower_ in relatives for s in subjects):
        return None
    if any(c.dep_ in ("dobj", "xcomp", "nsubjpass") and c.lower_ not in relatives for c in verb.children):
        return None
    return noun


def _noun_before(verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before a verb's subject ("the state of
    emergency | Trump declared" -> state), if a noun ends there."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i == 0:
        return None
    noun = verb.doc[subject.left_edge.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the state | of emergency"
    return noun


def _split_compound_objects(verb: Token, objects: list[Token]) -> list[Token]:
    """The rest of an object the parser split at a coordinated compound modifier: in "issued a
    *cease and desist order*", "cease" is read as the object and "desist" as a second verb with
    "order" as its object. A bare-form verb coordinated right after the object, with no subject
    or auxiliary of its own, after a cue that is not itself bare, is such a modifier; its
    object belongs to the cue's."""
    if verb.tag_ == BARE_VERB_TAG:
        return []
    after = {o.i + COORDINATED_MODIFIER_GAP for o in objects if o.dep_ == "dobj"}
    return [
        g
        for c in verb.children
        if c.dep_ == "conj" and c.tag_ == BARE_VERB_TAG and c.i in after
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
        for g in c.children
        if g.dep_ == "dobj"
    ]


BARE_VERB_TAG = "VB"
COORDINATED_MODIFIER_GAP = 2  # object, "and", modifier: "cease | and | desist"


def target_phrase(cue: Cue, objects: list[Token], content: list[Token]) -> list[Token]:
    """What the position is about (the `target` column): the cue's object, else the subject of
    its content clause."""
    candidates = [
        o for o in objects
        if o.i != cue.head.i and o.pos_ in ("NOUN", "PROPN", "PRON") and o.tag_ not in RELATIVE_TAGS
        and o.ent_type_ not in TIME_ENTITIES  # "ruled on September 11 the prorogation was unlawful"
    ]
    if not candidates and content:
        indices = {c.i for c in content}
        subjects = [t for t in content if t.dep_ in SUBJECT_DEPS and t.head.i in indices]
        # the content clause's own subject, not one of a clause inside it ("for every moment
        # Parliament remains prorogued, *the British government* are breaking the law"); every head
        # inside the content counts, across a cue that splits a quotation ('"What is so sad", she
        # said, "is ..."'), which `stance`'s depth, stopping at the content's edge, would not
        # cross
        candidates = sorted(subjects, key=lambda t: (sum(a.i in indices for a in t.ancestors), t.i))[:1]
    if not candidates:
        return []
    return _phrase(candidates[0])


def _phrase(token: Token) -> list[Token]:
    """A noun phrase without the clauses and coordinated verbs hanging off it."""
    cut = {
        c.i for c in token.children
        if c.dep_ in ("relcl", "acl", "appos", "punct") or (c.dep_ == "conj" and c.pos_ == "VERB")
    }
    skip = {t.i for c in token.children if c.i in cut for t in c.subtree}
    tokens = [t for t in token.subtree if t.i not in skip]
    return [
        t for t in tokens
        if tokens[0].i <= t.i <= token.i or all(u.i not in skip for u in token.doc[token.i : t.i + 1])
    ]


def span_text(tokens: list[Token]) -> str:
    """The text from the first token to the last, without trailing punctuation or conjunction."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")


def content_start(content: list[Token]) -> int:
    tokens = [t for t in content if not t.is_punct] or content
    return tokens[0].idx if tokens else -1


def content_end(content: list[Token]) -> int:
    tokens = [t for t in content if not t.is_punct] or content
    return tokens[-1].idx + len(tokens[-1].text) if tokens else -1
