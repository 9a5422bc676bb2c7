from newsactors.docs import TITLE_SPANS
from newsactors.pipeline import MODEL_PACKAGES, installed_model, model_provenance


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


def test_possessives_are_trimmed_from_entities(nlp):
    doc = nlp("South Korea's government is preparing countermeasures.")
    assert "South Korea" in [ent.text for ent in doc.ents]
