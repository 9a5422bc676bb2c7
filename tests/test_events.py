"""Events: CAMEO codes, actor codes, target actors and the GDELT-style events table."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import newsactors as na
from newsactors.batch import BatchOptions, run_batch
from newsactors.cameo import actor_code, code_info, event_code, split_code, verb_code
from newsactors.events import EVENT_COLUMNS, lead_end, sql_date
from newsactors.paths import PROJECT_ROOT

# Every event of the default article, checked by hand against its text: who (Actor1Code), what
# (EventCode), towards whom (Actor2Code), in the order of the positions table.
DEFAULT_EVENTS = [
    ("U.S. Department of Defense", "confirmed", "USAMIL", "010", "PRK"),  # North Korean soldiers sent
    # "an intervention that could heighten tensions in the ongoing conflict in Ukraine": Ukraine is
    # where the conflict is, and the intervention's makers are named before the clause, not in it
    ("officials", "describe", "GOV", "012", ""),
    ("Sabrina Singh", "stated", "USAMIL", "012", "RUS"),  # "concerns that Russia may use them"
    ("Yoon Suk-yeol", "expressed", "KORGOV", "012", "PRK"),  # the North Korean military's deployment
    # "labeling it a direct threat": the participle goes on about the deployment its verb names
    ("Yoon Suk-yeol", "labeling", "KORGOV", "012", "PRK"),
    ("Yoon Suk-yeol", "condemned", "KORGOV", "111", "RUS"),  # the cooperation between Russia ...
    ("Yoon Suk-yeol", "condemned", "KORGOV", "111", "PRK"),  # ... and North Korea
    ("Mark Rutte", "echoed", "IGOWSTNAT", "010", ""),  # NATO's Secretary-General speaks as NATO
    ("Mark Rutte", "describing", "IGOWSTNAT", "012", "PRK"),
    ("Mark Rutte", "emphasized", "IGOWSTNAT", "012", "RUS"),
    ("Mark Rutte", "emphasized", "IGOWSTNAT", "012", "PRK"),
    ("Russia", "denials", "RUS", "016", "PRK"),  # the denials are of North Korean troops in Russia
    ("Russia", "dismissed", "RUS", "016", "PRK"),  # reports of North Korean involvement
    ("Vladimir Putin", "refrained from denying", "RUSGOV", "010", "PRK"),  # president on the date
    # "such military partnerships": the participle goes on about the North Korean troops of its verb
    ("Vladimir Putin", "indicating", "RUSGOV", "010", "PRK"),
    ("Sergey Lavrov", "downplayed", "RUSGOV", "010", "IGOWSTNAT"),  # "the concerns raised by NATO"
    ("NATO", "raised", "IGOWSTNAT", "012", ""),
    # the instructors are "Western", no actor; the one they are said to assist is the one named
    ("Sergey Lavrov", "claiming", "RUSGOV", "112", "UKR"),
    ("Lloyd Austin", "scheduled to meet", "USAGOVMIL", "036", "KOR"),  # Defense Secretary
    ("Antony Blinken", "scheduled to meet", "USAGOV", "036", "KOR"),  # Secretary of State
    ("Sabrina Singh", "noted", "USAMIL", "130", "PRK"),  # "if North Korean troops move ..."
    # "South Korea's government is preparing": the state named by its government, KORGOV as PETRARCH codes it
    ("South Korea", "preparing", "KORGOV", "014", "PRK"),  # "in light of the military cooperation between
    ("South Korea", "preparing", "KORGOV", "014", "RUS"),  # North Korea and Russia"
    ("Ukrainian officials", "warned", "UKRGOV", "012", "PRK"),
    ("Ukrainian officials", "criticized", "UKRGOV", "111", ""),  # "their allies", unnamed
    ("Andrii Sybiha", "emphasized", "UKRGOV", "020", "RUS"),  # strikes against Russia
]


def test_every_event_of_the_default_article_checked_by_hand(default_tables):
    events, positions = default_tables["events"], default_tables["positions"]
    found = [
        (e.Actor1Name, positions.iloc[e.position]["cue"], e.Actor1Code, e.EventCode, e.Actor2Code)
        for e in events.itertuples()
    ]
    assert found == DEFAULT_EVENTS


def test_default_events_carry_gdelt_columns(default_tables):
    events = default_tables["events"]
    assert list(events.columns) == EVENT_COLUMNS
    assert set(events["SQLDATE"]) == {20241001}  # the article is dated "2024-10"
    yoon = events[(events["Actor1Name"] == "Yoon Suk-yeol") & (events["EventCode"] == "111")]
    codes = yoon[["Actor1CountryCode", "Actor1Type1Code", "EventBaseCode", "EventRootCode"]].drop_duplicates()
    assert codes.values.tolist() == [["KOR", "GOV", "111", "11"]]
    assert set(yoon["QuadClass"]) == {3} and set(yoon["GoldsteinScale"]) == {-2.0}
    nato = events[events["Actor1Code"] == "IGOWSTNAT"]
    assert set(nato["Actor1KnownGroupCode"]) == {"NAT"} and set(nato["Actor1Type1Code"]) == {"IGO"}
    assert events["IsRootEvent"].tolist()[:2] == [1, 1] and events["IsRootEvent"].sum() == 2  # the lead only


def test_target_actors_are_written_joined(default_tables):
    positions = default_tables["positions"]
    condemned = positions[positions["cue"] == "condemned"].iloc[0]
    assert (condemned["target_actor"], condemned["target_actor_kind"]) == ("Russia; North Korea", "state; state")


@pytest.mark.parametrize(
    "verb, words, code",
    [
        ("impose", ["sanctions", "on", "iran"], "163"),  # a verb + object pattern
        ("sign", ["peace", "treaty"], "057"),  # a pattern naming a word set (&TREATY)
        ("withdraw", ["troops"], "0874"),  # the pattern wins over the project's own verb code
        ("withdraw", ["treaty"], "166"),  # the project's code (data/cameo/verb_codes.csv)
        ("sue", [], "115"),  # the project's code: PETRARCH files SUE under 173
        ("condemn", [], "111"),
        ("say", [], "010"),
        ("frobnicate", [], ""),
    ],
)
def test_verb_codes(verb, words, code):
    assert verb_code(verb, words) == code


def test_event_code_refines_the_label_or_codes_the_act():
    assert event_code("112", "accuse", ["corruption"], act=False) in ("112", "1121")
    assert event_code("120", "sanction", [], act=True) == "163"  # both conflict
    assert event_code("051", "sanction", [], act=True) == "051"  # cooperation label, conflict verb: the label
    assert event_code("012", "warn", [], act=False) == "012"  # WARN [130] has another root
    assert event_code("010", "praise", [], act=False) == "010"  # 051 has another root than a statement's 010
    assert event_code("012", "raise", ["concern"], act=False, light=True) == "012"  # a cooperation pattern (040): no
    assert event_code("120", "impose", ["sanctions"], act=False, light=True) == "163"  # a light verb's conflict pattern
    assert event_code("111", "condemn", ["plan"], act=False) == "111"  # a speech verb keeps its label's code
    assert code_info("163").quad_class == 4 and code_info("036").goldstein == 4.0


@pytest.mark.parametrize(
    "args, date, code",
    [
        (("Vladimir Putin", "person", "President", "Russia"), "2005-06-01", "RUSGOV"),
        (("Vladimir Putin", "person", "", ""), "1995-06-01", "RUSELI"),  # before office, by the dated entry
        (("Mark Rutte", "person", "NATO Secretary-General", "NATO"), "2024-10-01", "IGOWSTNAT"),  # article wins
        (("Mark Rutte", "person", "Prime Minister", "Netherlands"), "2015-01-01", "NLDGOV"),
        (("Jane Roe", "person", "Justice Minister", "Kenya"), "2020-01-01", "KENGOV"),
        (("Jane Roe", "person", "Army chief", "Kenya"), "", "KENMIL"),
        (("Iraqi lawmakers", "group", "", "Iraq"), "", "IRQLEG"),
        (("The Pentagon", "organisation", "", "United States"), "", "USAMIL"),
        (("North Korea", "state", "", ""), "", "PRK"),
        # a country the dictionary lists under an older name or another spelling
        (("Eswatini", "state", "", ""), "", "SWZ"),
        (("Jane Roe", "person", "Prime Minister", "Guinea-Bissau"), "", "GNBGOV"),
        # a prosecutor acts for the government (roles.csv); a bare attorney may be anyone's lawyer
        (("Jane Roe", "person", "U.S. Attorney", "United States"), "", "USAGOVJUD"),
        (("Jane Roe", "person", "district attorney", "United States"), "", "USAGOVJUD"),
        (("Jane Roe", "person", "defense attorney", "United States"), "", "USAJUD"),
    ],
)
def test_actor_codes(args, date, code):
    assert actor_code(*args, date=date).code == code


def test_split_code():
    assert split_code("USAGOVMIL") == na.cameo.ActorCode("USAGOVMIL", "USA", "", "GOV")
    assert split_code("IGOUNO") == na.cameo.ActorCode("IGOUNO", "", "UNO", "IGO")


def test_sql_date_and_lead():
    assert sql_date("2019-09-11") == 20190911 and sql_date("2024-10") == 20241001 and sql_date("") is None
    assert lead_end("WORLD NEWS\n\n" + "word " * 20 + "\nmore") == len("WORLD NEWS\n\n" + "word " * 20)


@pytest.mark.parametrize(
    "text, cue, stance",
    [
        ("Netanyahu found the air strike justified.", "found", "support"),
        ("The minister spoke out against the attack on Monday.", "spoke", "condemn"),
        ("Trump labeled Soleimani a terrorist.", "labeled", "accuse"),
        ('Smith said, "We strongly urge Iraqi leaders to reconsider the decision."', "said", "appeal"),
        ("The president called the border agreement \"null and void\".", "called", "reject"),
        ("The President insists that the budget include funding for the wall.", "insists", "demand"),
        ("The minister said the decision was not justified.", "said", "reject"),
        ("Merkel said the plan was unacceptable.", "said", "condemn"),
        ("On Friday, President Trump declared a state of emergency.", "declared", "prepare"),
    ],
)
def test_stance_is_read_from_what_is_said(analyse_text, text, cue, stance):
    positions = analyse_text(text).tables()["positions"]
    row = positions[positions["cue"] == cue]
    assert row["stance"].tolist() == [stance], positions[["cue", "stance", "content"]].values.tolist()


@pytest.mark.parametrize(
    "text, cue, stance, cameo, target",
    [
        ("The European Union sanctioned Iran on Monday.", "sanctioned", "reject", "163", "Iran"),
        ("Germany banned the Iranian airline Mahan Air.", "banned", "reject", "172", "Iran; Mahan Air"),
        # a lawsuit opposes what it is brought against (the gold's convention: reject first), CAMEO 115;
        # one for a wrong done accuses, and PETRARCH's pattern "sue for" codes it 173 (charge with legal action)
        ("Ukraine sued Russia at the International Court of Justice.", "sued", "reject", "115", "Russia"),
        ("Senator Jane Doe sued the Daily Mail for defamation.", "sued", "accuse", "173", "Daily Mail"),
        # the act noun is coded as its verb
        ("In response to a lawsuit by the Coalition for Men, the judge ruled.", "lawsuit", "reject", "115", ""),
        ("The United States imposed sanctions on Iran.", "imposed", "reject", "163", "Iran"),
        ("Russia expelled Britain's diplomats.", "expelled", "reject", "161", "United Kingdom"),  # a pattern: diplomats
    ],
)
def test_political_acts_are_positions_with_their_own_code(analyse_text, text, cue, stance, cameo, target):
    positions = analyse_text(text).tables()["positions"]
    row = positions[positions["cue"] == cue]
    assert row[["stance", "cameo", "target_actor"]].values.tolist() == [[stance, cameo, target]], (
        positions.values.tolist()
    )


def test_urge_targets_the_state_of_those_urged(analyse_text):
    positions = analyse_text('Smith said, "We strongly urge Iraqi leaders to reconsider."').tables()["positions"]
    assert positions["target_actor"].tolist() == ["Iraq"]


def test_a_state_named_by_its_government_or_military_is_coded_so(analyse_text):
    events = analyse_text(
        "Norway's government said on Monday it would send aid. Norway said the talks had failed."
    ).tables()["events"]
    assert events["Actor1Code"].tolist() == ["NORGOV", "NOR"]


def test_a_position_with_no_named_actor_is_no_event(analyse_text):
    tables = analyse_text("The bill is expected to pass. Officials in Kenya said the bill was wrong.").tables()
    assert tables["positions"]["speaker_kind"].tolist()[0] == ""
    assert len(tables["events"]) == len(tables["positions"]) - 1


def test_conversion_script_reads_petrarch_dictionaries(tmp_path):
    source = tmp_path / "petrarch"
    source.mkdir()
    (source / "CAMEO.2.0.txt").write_text(
        "&TREATY\n+AGREEMENT\n+PACT\n\n####### VERB PATTERNS #######\n\n"
        "---  SIGN   [---]  ---\nSIGN \nINK [051]\n- * {PEACE &TREATY}   [057:057]   # SIGN\n"
        "- COURT * SENTENCE [173]\n\n---  DENOUNCE   [111]  ---\n+DRESS_DOWN {+DRESSES_DOWN}\nCRITICIZE \n",
        encoding="utf-8",
    )
    (source / "Phoenix.agents.txt").write_text(
        "!MINIST! = MINISTER, MINISTRY\n!MINIST! [~GOV]\nSOLDIER [~MIL]\n", encoding="utf-8"
    )
    (source / "Phoenix.Countries.actors.txt").write_text(
        "RUSSIA_  [RUS]\n+RUSSIAN_FEDERATION_\n\n"
        "VLADIMIR_PUTIN_  # note\n+PUTIN_\n\t[RUSELI 700101-990809]\n\t[RUSGOV >080508]\n",
        encoding="utf-8",
    )
    (source / "Phoenix.International.actors.txt").write_text("NATO_\n\t[IGOWSTNAT]\n", encoding="utf-8")
    codes = tmp_path / "codes.json"
    codes.write_text(json.dumps({
        "cameoCode": {"057": "057", "111": "111"},
        "Description": {"057": "Sign formal agreement", "111": "Criticize or denounce"},
        "GoldsteinScale": {"057": "8.0", "111": "-2.0"},
    }))
    out = tmp_path / "out"
    subprocess.run(
        [
            sys.executable, str(PROJECT_ROOT / "scripts" / "convert_petrarch.py"), str(source),
            "--codes", str(codes), "--out", str(out),
        ],
        check=True, capture_output=True,
    )
    read = lambda name: pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False).values.tolist()
    assert read("verbs") == [
        ["criticize", "denounce", "111"], ["dress down", "denounce", "111"], ["ink", "sign", "051"],
        ["sign", "sign", ""],
    ]
    assert read("verb_patterns") == [["sign", "peace &treaty", "057"]]  # the subject pattern is left out
    assert read("synonyms") == [["&treaty", "agreement"], ["&treaty", "pact"]]
    assert read("agents") == [["minister", "GOV"], ["ministry", "GOV"], ["soldier", "MIL"]]
    assert ["putin", "RUSGOV", "2008-05-08", ""] in read("actors") and ["nato", "IGOWSTNAT", "", ""] in read("actors")
    assert read("countries") == [["russia", "RUS"], ["russian federation", "RUS"]]
    assert read("codes") == [
        ["057", "Sign formal agreement", "05", "1", "8.0"], ["111", "Criticize or denounce", "11", "3", "-2.0"]
    ]


def test_conversion_script_refuses_a_folder_without_dictionaries(tmp_path):
    result = subprocess.run(
        [
            sys.executable, str(PROJECT_ROOT / "scripts" / "convert_petrarch.py"), str(tmp_path),
            "--codes", "x", "--out", str(tmp_path),
        ],
        capture_output=True, text=True,
    )
    assert result.returncode != 0 and "no CAMEO.2.0.txt" in result.stderr


def test_a_batch_writes_the_events_as_parquet_and_csv(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dam.txt").write_text(
        "Vesteria's Water Minister Tomas Berg warned on Monday that the new dam could cut the river's flow. "
        "Russian Foreign Minister Sergey Lavrov condemned Ukraine's plan as illegal.",
        encoding="utf-8",
    )
    (corpus / "dam.json").write_text(
        json.dumps({"date": "2026-01-12", "url": "https://example.org/dam"}), encoding="utf-8"
    )
    out = tmp_path / "out"
    run_batch(corpus, out, BatchOptions(workers=1))
    parquet, text = pd.read_parquet(out / "events.parquet"), na.read_csv(out / "events.csv")
    assert list(parquet.columns) == list(text.columns) == EVENT_COLUMNS
    assert len(parquet) == len(text) > 0
    assert str(parquet["SQLDATE"].dtype) == "int64" and set(parquet["SQLDATE"]) == {20260112}
    assert set(text["SOURCEURL"]) == {"https://example.org/dam"}
    lavrov = parquet[parquet["Actor1Name"] == "Sergey Lavrov"]
    assert lavrov[["Actor1Code", "EventCode", "Actor2Code", "QuadClass"]].values.tolist() == [
        ["RUSGOV", "111", "UKR", 3]
    ]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Angela Merkel told Russia's ambassador that Iran was responsible for the attack.", "Iran"),  # whom she told
        ("Emmanuel Macron said on Twitter that Iran was responsible for the attack.", "Iran"),  # where he said it
        ("The United States imposed new sanctions on Iran.", "Iran"),  # an act's "on" names its target
    ],
)
def test_addressee_and_medium_are_no_targets(analyse_text, text, target):
    assert analyse_text(text).tables()["positions"]["target_actor"].tolist() == [target]
