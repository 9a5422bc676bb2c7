"""The speaker and content rules on hand-built parses, apart from the model.

Each Doc is written out word by word with its head, dependency, tags and lemma, as spaCy's own
tests build them, so a rule is tested on exactly the parse it is written for.
"""
import pytest
import spacy
from spacy.tokens import Doc

from newsactors.lexicons import load_lexicon
from newsactors.positions import FORMS, find_cues, speaker_heads
from newsactors.positions.content import content_tokens
from newsactors.positions.quotes import quotation_spans

LEXICON = load_lexicon()
VOCAB = spacy.blank("en").vocab


def parse(*rows, ents=None):
    """A Doc from rows of (word, head index, dependency, POS, tag, lemma)."""
    words, heads, deps, pos, tags, lemmas = zip(*rows, strict=True)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas), ents=ents)


def cue_of(doc, word):
    quotes = quotation_spans(doc.text, LEXICON)
    cues = [cue for sent in doc.sents for cue in find_cues(sent, LEXICON, quotes)]
    cue = next(c for c in cues if c.head.text == word)
    return cue, quotes


def speakers(doc, word):
    cue, _ = cue_of(doc, word)
    return [t.text for t in speaker_heads(cue, LEXICON)]


def content(doc, word):
    cue, quotes = cue_of(doc, word)
    return [t.text for t in content_tokens(cue, quotes, LEXICON)]


SAID_THAT = parse(
    ("Singh", 1, "nsubj", "PROPN", "NNP", "Singh"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("that", 4, "mark", "SCONJ", "IN", "that"),
    ("troops", 4, "nsubj", "NOUN", "NNS", "troop"),
    ("moved", 1, "ccomp", "VERB", "VBD", "move"),
    (".", 1, "punct", "PUNCT", ".", "."),
)

LABELING = parse(
    ("Yoon", 1, "nsubj", "PROPN", "NNP", "Yoon"),
    ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
    ("it", 1, "dobj", "PRON", "PRP", "it"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("labeling", 1, "advcl", "VERB", "VBG", "label"),
    ("it", 7, "nsubj", "PRON", "PRP", "it"),
    ("a", 7, "det", "DET", "DT", "a"),
    ("threat", 4, "ccomp", "NOUN", "NN", "threat"),
    (".", 1, "punct", "PUNCT", ".", "."),
)

PASSIVE_WITH_AGENT = parse(
    ("The", 1, "det", "DET", "DT", "the"),
    ("deal", 3, "nsubjpass", "NOUN", "NN", "deal"),
    ("was", 3, "auxpass", "AUX", "VBD", "be"),
    ("condemned", 3, "ROOT", "VERB", "VBN", "condemn"),
    ("by", 3, "agent", "ADP", "IN", "by"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("UN", 4, "pobj", "PROPN", "NNP", "UN"),
    (".", 3, "punct", "PUNCT", ".", "."),
)

AGENTLESS_PASSIVE = parse(
    ("The", 1, "det", "DET", "DT", "the"),
    ("bill", 3, "nsubjpass", "NOUN", "NN", "bill"),
    ("is", 3, "auxpass", "AUX", "VBZ", "be"),
    ("expected", 3, "ROOT", "VERB", "VBN", "expect"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("pass", 3, "xcomp", "VERB", "VB", "pass"),
    (".", 3, "punct", "PUNCT", ".", "."),
)

URGED_TO_SAY = parse(
    ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
    ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
    ("voters", 1, "dobj", "NOUN", "NNS", "voter"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("say", 1, "xcomp", "VERB", "VB", "say"),
    ("no", 4, "intj", "INTJ", "UH", "no"),
    (".", 1, "punct", "PUNCT", ".", "."),
)

# The parser hung the speaker of an inverted quotation as an object: “We won,” said Carson.
INVERTED = parse(
    ("“", 7, "punct", "PUNCT", "``", "“"),
    ("We", 2, "nsubj", "PRON", "PRP", "we"),
    ("won", 7, "ccomp", "VERB", "VBD", "win"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("race", 2, "dobj", "NOUN", "NN", "race"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ("”", 7, "punct", "PUNCT", "''", "”"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("Carson", 7, "dobj", "PROPN", "NNP", "Carson"),
    (".", 7, "punct", "PUNCT", ".", "."),
)

ASIDE = parse(
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("plan", 9, "nsubj", "NOUN", "NN", "plan"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("which", 6, "nsubj", "PRON", "WDT", "which"),
    ("was", 3, "relcl", "AUX", "VBD", "be"),
    ("new", 6, "acomp", "ADJ", "JJ", "new"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("failed", 1, "ccomp", "VERB", "VBD", "fail"),
    (".", 1, "punct", "PUNCT", ".", "."),
)

SIGNED = parse(
    ("“", 2, "punct", "PUNCT", "``", "“"),
    ("We", 2, "nsubj", "PRON", "PRP", "we"),
    ("win", 2, "ROOT", "VERB", "VBP", "win"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ("”", 2, "punct", "PUNCT", "''", "”"),
    ("―", 2, "punct", "PUNCT", ":", "―"),
    ("Pat", 7, "compound", "PROPN", "NNP", "Pat"),
    ("Lee", 2, "npadvmod", "PROPN", "NNP", "Lee"),
)

COLON = parse(
    ("Sanders", 1, "nsubj", "PROPN", "NNP", "Sanders"),
    (":", 4, "punct", "PUNCT", ":", ":"),
    ("We", 4, "nsubj", "PRON", "PRP", "we"),
    ("will", 4, "aux", "AUX", "MD", "will"),
    ("win", 4, "ROOT", "VERB", "VB", "win"),
    ("it", 4, "dobj", "PRON", "PRP", "it"),
    (".", 4, "punct", "PUNCT", ".", "."),
    ents=["B-PERSON", "O", "O", "O", "O", "O", "O"],
)


@pytest.mark.parametrize("doc, cue, expected", [
    (SAID_THAT, "said", ["Singh"]),
    (LABELING, "labeling", ["Yoon"]),  # a participle shares the subject of the verb it hangs from
    (PASSIVE_WITH_AGENT, "condemned", ["UN"]),  # a passive's agent holds it
    (AGENTLESS_PASSIVE, "expected", []),  # no one named
    (URGED_TO_SAY, "say", ["voters"]),  # a cue makes its object speak
    (INVERTED, "said", ["Carson"]),  # the name after a verb placed after its quotation
    (SIGNED, "―", ["Lee"]),  # the name signing a quotation
    (COLON, ":", ["Sanders"]),  # the name before a colon
])
def test_speaker_climbing(doc, cue, expected):
    assert speakers(doc, cue) == expected


# "Moyo founded the union, but was arrested and banned": the parser leaves the subject with the
# first verb; the passive verbs joined to it share it as what befalls them
FOUNDED_BUT_ARRESTED = parse(
    ("Moyo", 1, "nsubj", "PROPN", "NNP", "Moyo"),
    ("founded", 1, "ROOT", "VERB", "VBD", "found"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("union", 1, "dobj", "NOUN", "NN", "union"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("but", 1, "cc", "CCONJ", "CC", "but"),
    ("was", 7, "auxpass", "AUX", "VBD", "be"),
    ("arrested", 1, "conj", "VERB", "VBN", "arrest"),
    ("and", 7, "cc", "CCONJ", "CC", "and"),
    ("banned", 7, "conj", "VERB", "VBN", "ban"),
    (".", 1, "punct", "PUNCT", ".", "."),
)


def test_a_passive_verb_sharing_a_subject_has_it_for_what_it_befalls():
    assert speakers(FOUNDED_BUT_ARRESTED, "arrested") == []
    assert speakers(FOUNDED_BUT_ARRESTED, "banned") == []


def test_an_agentless_passive_has_an_unnamed_speaker():
    cue, _ = cue_of(AGENTLESS_PASSIVE, "expected")
    assert cue.form is FORMS["predicate"] and cue.form.unnamed_speaker(cue, LEXICON)
    assert content(AGENTLESS_PASSIVE, "expected") == ["The", "bill", "to", "pass"]


@pytest.mark.parametrize("doc, cue, expected", [
    (SAID_THAT, "said", ["that", "troops", "moved"]),  # the complement clause
    (ASIDE, "said", ["the", "plan", ",", "failed"]),  # without the writer's aside after a comma
    (INVERTED, "said", ["We", "won", "the", "race", ","]),  # the quotation beside the cue
    (SIGNED, "―", ["We", "win", "."]),  # the quotation the dash signs
    (COLON, ":", ["We", "will", "win", "it", "."]),  # what follows the colon on its line
    (PASSIVE_WITH_AGENT, "condemned", ["The", "deal"]),  # what a passive with an agent is about
])
def test_content(doc, cue, expected):
    assert content(doc, cue) == expected


def test_each_cue_carries_its_form():
    assert cue_of(SIGNED, "―")[0].form is FORMS["dash"]
    assert cue_of(COLON, ":")[0].form is FORMS["colon"]
    assert cue_of(SAID_THAT, "said")[0].form is FORMS["predicate"]


SUBJECT_ON_AUXILIARY = parse(
    ("The", 1, "det", "DET", "DT", "the"),
    ("US", 3, "nsubj", "PROPN", "NNP", "US"),  # the parser hung it on "been"
    ("has", 4, "aux", "AUX", "VBZ", "have"),
    ("been", 4, "aux", "AUX", "VBN", "be"),
    ("encouraging", 4, "ROOT", "VERB", "VBG", "encourage"),
    ("allies", 4, "dobj", "NOUN", "NNS", "ally"),
    ("to", 7, "aux", "PART", "TO", "to"),
    ("restrict", 4, "xcomp", "VERB", "VB", "restrict"),
    ("flights", 7, "dobj", "NOUN", "NNS", "flight"),
    (".", 4, "punct", "PUNCT", ".", "."),
)

INVERTED_WITHOUT_QUOTES = parse(
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("not", 1, "neg", "PART", "RB", "not"),
    ("for", 7, "mark", "SCONJ", "IN", "for"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("court", 7, "nsubj", "NOUN", "NN", "court"),
    ("to", 7, "aux", "PART", "TO", "to"),
    ("decide", 1, "advcl", "VERB", "VB", "decide"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("argued", 1, "conj", "VERB", "VBD", "argue"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("lawyer", 9, "dobj", "NOUN", "NN", "lawyer"),
    (",", 11, "punct", "PUNCT", ",", ","),
    ("Richard", 14, "compound", "PROPN", "NNP", "Richard"),
    ("Keen", 11, "appos", "PROPN", "NNP", "Keen"),
    (".", 1, "punct", "PUNCT", ".", "."),
)

SAID_AFTER_QUOTED_WORDS = parse(
    ("The", 1, "det", "DET", "DT", "the"),
    ("department", 2, "nsubj", "NOUN", "NN", "department"),
    ("gave", 2, "ROOT", "VERB", "VBD", "give"),
    ("its", 6, "poss", "PRON", "PRP$", "its"),
    ('"', 6, "punct", "PUNCT", "``", '"'),
    ("deepest", 6, "amod", "ADJ", "JJS", "deep"),
    ("sympathies", 2, "dobj", "NOUN", "NNS", "sympathy"),
    ('"', 6, "punct", "PUNCT", "''", '"'),
    ("and", 2, "cc", "CCONJ", "CC", "and"),
    ("said", 2, "conj", "VERB", "VBD", "say"),
    ("immunity", 11, "compound", "NOUN", "NN", "immunity"),
    ("cases", 13, "nsubjpass", "NOUN", "NNS", "case"),
    ("were", 13, "auxpass", "AUX", "VBD", "be"),
    ("considered", 9, "ccomp", "VERB", "VBN", "consider"),
    (".", 2, "punct", "PUNCT", ".", "."),
)

PARTITIVE_PREDICATE = parse(
    ("Bolton", 1, "nsubj", "PROPN", "NNP", "Bolton"),
    ("was", 1, "ROOT", "AUX", "VBD", "be"),
    ("more", 1, "attr", "ADJ", "JJR", "more"),
    ("of", 2, "prep", "ADP", "IN", "of"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("critic", 3, "pobj", "NOUN", "NN", "critic"),
    ("of", 5, "prep", "ADP", "IN", "of"),
    ("Russia", 6, "pobj", "PROPN", "NNP", "Russia"),
    (".", 1, "punct", "PUNCT", ".", "."),
)


@pytest.mark.parametrize(
    "doc, cue, expected",
    [
        (SUBJECT_ON_AUXILIARY, "encouraging", ["US"]),
        (INVERTED_WITHOUT_QUOTES, "argued", ["lawyer"]),  # "..., argued the lawyer, Richard Keen."
        (SAID_AFTER_QUOTED_WORDS, "said", ["department"]),  # not "cases", the subject of what is said
        (PARTITIVE_PREDICATE, "critic", ["Bolton"]),  # "was more of a critic of Russia"
    ],
)
def test_speakers_the_parse_hangs_elsewhere(doc, cue, expected):
    assert speakers(doc, cue) == expected


PARTITIVE_SPEAKER = parse(
    ("A", 1, "det", "DET", "DT", "a"),
    ("number", 4, "nsubj", "NOUN", "NN", "number"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("Senators", 2, "pobj", "PROPN", "NNPS", "senator"),
    ("condemned", 4, "ROOT", "VERB", "VBD", "condemn"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("act", 4, "dobj", "NOUN", "NN", "act"),
    (".", 4, "punct", "PUNCT", ".", "."),
)

PERCENT_SPEAKER = parse(
    ("52", 1, "nummod", "NUM", "CD", "52"),
    ("%", 5, "nsubj", "NOUN", "NN", "%"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("participating", 4, "amod", "VERB", "VBG", "participate"),
    ("voters", 2, "pobj", "NOUN", "NNS", "voter"),
    ("voted", 5, "ROOT", "VERB", "VBD", "vote"),
    ("to", 7, "aux", "PART", "TO", "to"),
    ("leave", 5, "xcomp", "VERB", "VB", "leave"),
    (".", 5, "punct", "PUNCT", ".", "."),
)

NAMED_PARTITIVE = parse(
    ("One", 8, "nsubj", "NUM", "CD", "one"),
    ("of", 0, "prep", "ADP", "IN", "of"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("authors", 1, "pobj", "NOUN", "NNS", "author"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("David", 6, "compound", "PROPN", "NNP", "David"),
    ("Blackburn", 0, "appos", "PROPN", "NNP", "Blackburn"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("told", 8, "ROOT", "VERB", "VBD", "tell"),
    ("reporters", 8, "dobj", "NOUN", "NNS", "reporter"),
    (".", 8, "punct", "PUNCT", ".", "."),
)


@pytest.mark.parametrize(
    "doc, head, expected",
    [
        (PARTITIVE_SPEAKER, "number", "Senators"),  # "A number of Senators condemned": the Senators
        (PERCENT_SPEAKER, "%", "voters"),  # "52% of participating voters voted"
        (NAMED_PARTITIVE, "One", "One"),  # "One of the authors, David Blackburn, told": the appositive names him
        (PARTITIVE_SPEAKER, "act", "act"),  # no partitive: the word itself
    ],
)
def test_a_partitive_speaker_is_what_it_is_part_of(doc, head, expected):
    from newsactors.positions.speakers import whole_of_partitive

    token = next(t for t in doc if t.text == head)
    assert whole_of_partitive(token, LEXICON).text == expected


def test_a_document_that_speaks_is_no_position_of_its_own(analyse_text):
    """'The complaint notes ...': the complaint speaks for who filed it, once, not also as an
    accusation by no one; a noun cue that speaks for no other cue still may go unnamed."""
    positions = analyse_text(
        "On Thursday, the ACLU filed a lawsuit against the state of Montana. The complaint notes many residents do "
        "not have access to transport."
    ).tables()["positions"]
    assert positions[["speaker", "cue"]].values.tolist() == [["ACLU", "filed"], ["ACLU", "notes"]]
    criticism = analyse_text("Trump faced criticism over the plan.").tables()["positions"]
    assert criticism[["speaker", "cue"]].values.tolist() == [["", "criticism"]]
    # what goes on is no document that speaks
    questions = analyse_text("Opposition questions about the senator's health continued.").tables()["positions"]
    assert "questions" in questions["cue"].tolist()


def test_a_place_a_modifier_names_is_no_speaker(analyse_text):
    """'The Luxembourg-based court issued ...': the court acts, not Luxembourg."""
    positions = analyse_text(
        "The Luxembourg-based court issued a judgement favorable to the plaintiff."
    ).tables()["positions"]
    assert "Luxembourg" not in positions["speaker"].tolist()


def test_a_name_is_the_speaker_when_the_parse_gives_two_subjects(analyse_text):
    """'Early opponent MP Tanya Davies said': parsed with 'opponent' and 'Davies' both subjects."""
    positions = analyse_text('Early opponent MP Tanya Davies said, "We have moved the bill to a better place".')
    assert positions.tables()["positions"]["speaker"].tolist() == ["Tanya Davies"]
