from spacy.tokens import Doc

from newsactors.docs import TITLE_SPANS
from newsactors.model import MODEL_PACKAGES, installed_model
from newsactors.pipeline import model_provenance


def test_the_model_that_ran_is_named(nlp):
    provenance = model_provenance(nlp)
    assert provenance["package"] in MODEL_PACKAGES
    assert provenance["package"] == installed_model()
    assert provenance["model_version"] == "3.8.0"
    assert provenance["pipeline"][-3:] == ["newsactors_aliases", "ner", "newsactors_titles", "newsactors_names"][-3:]


def test_alias_ruler_gives_canonical_ids(nlp):
    doc = nlp("The Pentagon and the Kremlin disagreed, NATO said.")
    ids = {ent.text: ent.ent_id_ for ent in doc.ents}
    assert ids["Pentagon"] == "U.S. Department of Defense"
    assert ids["Kremlin"] == "Russia"
    assert ids["NATO"] == "NATO"


def test_titles_are_found_and_title_words_are_not_organisations(nlp):
    doc = nlp("Secretary of State Antony Blinken met U.S. Defense Secretary Lloyd Austin.")
    assert [span.text for span in doc.spans[TITLE_SPANS]] == ["Secretary of State", "Defense Secretary"]
    assert "State" not in {ent.text for ent in doc.ents}
    assert "Defense" not in {ent.text for ent in doc.ents}


def test_hyphenated_names_are_kept_whole(nlp):
    doc = nlp("South Korean President Yoon Suk-yeol expressed concern.")
    assert "Yoon Suk-yeol" in [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


def test_a_sentence_starts_after_a_blank_line_and_no_entity_runs_across_it(nlp):
    doc = nlp("Saturday, February 2, 2019\xa0\n\n\nThe Center for Biological Diversity announced it would sue.")
    assert [s.text.strip() for s in doc.sents] == [
        "Saturday, February 2, 2019", "The Center for Biological Diversity announced it would sue."
    ]
    assert ("Saturday, February 2, 2019", "DATE") in [(ent.text, ent.label_) for ent in doc.ents]
    assert not any("\n" in ent.text for ent in doc.ents)


def test_a_closing_mark_ending_a_paragraph_stays_with_its_sentence(nlp):
    doc = nlp('He said. "If they seek peace, they must not send weapons."\n\n"Leave", he added.')
    assert all(any(t.is_alpha for t in sentence) for sentence in doc.sents)
    assert [s.text.strip() for s in doc.sents][-2:] == ['"If they seek peace, they must not send weapons."',
                                                        '"Leave", he added.']


def test_a_single_line_break_is_left_to_the_parser(nlp):
    """A text wrapped at a fixed width breaks its sentences across lines."""
    doc = nlp("The minister said on Monday that the\nplan would go ahead as agreed.")
    assert len(list(doc.sents)) == 1


def test_possessives_are_trimmed_from_entities(nlp):
    doc = nlp("South Korea's government is preparing countermeasures.")
    assert "South Korea" in [ent.text for ent in doc.ents]


def test_an_entity_run_across_a_bracket_is_cut_there(nlp):
    """The model sometimes runs an organisation's name into its bracketed abbreviation."""
    words = ["the", "National", "Hurricane", "Center", "(", "NHC", ")", "said"]
    doc = Doc(nlp.vocab, words=words, ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    doc = nlp.get_pipe("newsactors_names")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("National Hurricane Center", "ORG"), ("NHC", "ORG")]


def _token_attributes(doc) -> list[tuple]:
    """What the attribute rules and the lemmatizer after them set (the entities are the project's own)."""
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


# The model's rules of every kind: the tag map, one-token exceptions with a set of tags ("ai"
# before "n't"), two-token rules ("gon na", "ca n't"), regular expressions, spaces and dependencies.
HARD_TOKENS = (
    "I ain't gonna say it, but we can't and won't wait.  She's   here; 'twas the U.S.'s call, y'all.\n\n"
    "Dunno why: the bill's passage was 'a disgrace', said Sen. O'Neil, who'd rather've voted no..."
)


def test_the_indexed_attribute_rules_give_the_model_rulers_attributes(nlp):
    import spacy

    from newsactors.model import installed_model
    from newsactors.paths import DEFAULT_ARTICLE

    model = spacy.load(installed_model())
    # the paragraph starts change the parse, which the attribute rules read: the model gets them too
    model.add_pipe("newsactors_paragraphs", before="parser")
    assert "attribute_ruler" in model.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert "newsactors_attribute_rules" in nlp.pipe_names
    for text in (DEFAULT_ARTICLE.read_text(encoding="utf-8"), HARD_TOKENS, ""):
        assert _token_attributes(nlp(text)) == _token_attributes(model(text))


def test_a_curly_apostrophe_gives_the_attributes_of_a_straight_one(nlp):
    # the model's rules list "n’t" beside "n't" but not "’s" beside "'s": "It’s" was no "be"
    def contractions(text):
        return [(t.lower_.replace("\u2019", "'"), t.pos_, t.lemma_) for t in nlp(text) if t.lower_[:1] in "'\u2019"]

    for straight in ("It's not much to ask.", "They're late, but let's go."):
        found = contractions(straight.replace("'", "\u2019"))
        assert found == contractions(straight) and found


def test_the_lemmatizer_looks_its_known_words_up_in_sets(nlp):
    """The lemmas themselves are compared with the model's in the test above."""
    from newsactors.pipeline import LEMMA_INDEX_TABLE, MODEL_LEMMATIZER

    table = nlp.get_pipe(MODEL_LEMMATIZER).lookups.get_table(LEMMA_INDEX_TABLE)
    assert table and all(isinstance(words, frozenset) for words in table.values())


def test_an_attribute_rule_added_later_overrides_an_earlier_one(nlp):
    from newsactors.attribute_index import IndexedAttributeRuler

    rules = IndexedAttributeRuler(nlp.vocab)
    rules.add_patterns([
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "first"}},
        {"patterns": [[{"LOWER": "plan", "TAG": {"IN": ["NN", "VB"]}}]], "attrs": {"LEMMA": "second"}},
        {"patterns": [[{"LOWER": "the"}, {"LOWER": {"REGEX": "^pl"}}]], "attrs": {"POS": "PROPN"}, "index": 1},
    ])
    doc = nlp.make_doc("the plan and a dog")
    for token, tag in zip(doc, ["DT", "NN", "CC", "DT", "NN"], strict=True):
        token.tag_ = tag
    rules(doc)
    assert [(t.pos_, t.lemma_) for t in doc][1] == ("PROPN", "second")  # the two later rules win
    assert [(t.pos_, t.lemma_) for t in doc][4] == ("NOUN", "first")
