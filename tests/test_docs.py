"""The per-Doc caches every step reads instead of `token.sent`, `doc.ents` and `doc.text`."""
from newsactors.docs import doc_text, entity_bounds, line_bounds, sentence_index, sentence_of


def test_cached_sentences_and_entities_agree_with_spacy(nlp):
    doc = nlp("Maria Lopez spoke in Paris.\n\nThe NATO chief, Mark Rutte, said so. He left on Monday!")
    assert all(sentence_of(token) == token.sent for token in doc)
    assert [sentence_index(token) for token in doc] == [list(doc.sents).index(token.sent) for token in doc]
    assert entity_bounds(doc) == [(ent.start, ent.end) for ent in doc.ents]
    assert doc_text(doc) == doc.text


def test_line_bounds_are_the_paragraph_of_a_character(nlp):
    doc = nlp("First line.\nSecond line here.\nThird.")
    text = doc.text
    start, end = line_bounds(doc, text.index("line here"))
    assert text[start:end] == "Second line here."
    assert text[slice(*line_bounds(doc, 0))] == "First line."
    assert text[slice(*line_bounds(doc, len(text) - 1))] == "Third."
