from newsactors.claims import number_value
from newsactors.lexicons import load_lexicon


def test_default_article_claims_with_qualifiers_and_sources(default_tables):
    claims = default_tables["claims"]
    rows = {row.value: row for row in claims.itertuples()}
    assert rows["10000"].unit == "soldiers"
    assert rows["10000"].qualifier == "estimated"
    assert rows["10000"].source == "U.S. Department of Defense"
    assert rows["3000"].qualifier == "initially estimated at"
    assert rows["3000"].unit == "soldiers"


def test_years_are_not_claims(analyse_text):
    analysis = analyse_text("In 2024 the ministry said that about 500 people had been evacuated.")
    assert [(c.value, c.unit, c.qualifier) for c in analysis.claims] == [("500", "people", "about")]
    assert analysis.claims[0].source == "the ministry"


def test_number_values():
    lexicon = load_lexicon()
    assert number_value("an estimated 10,000", lexicon) == "10000"
    assert number_value("2.5 million", lexicon) == "2500000"
    assert number_value("0.5", lexicon) == "0.5"
    assert number_value("3,000", lexicon) == "3000"
