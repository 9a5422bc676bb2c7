import json

import pytest

import newsactors as na
from newsactors.articles import MAX_ARTICLE_BYTES, article_id, english_share


def test_default_article_loads_with_metadata():
    article = na.load_article(na.DEFAULT_ARTICLE)
    assert article.id == "nk-troops-russia-2024-10"
    assert article.metadata["section"] == "World News"
    assert article.text.startswith("WORLD NEWS")
    assert len(article.sha256) == 64


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("Le président a déclaré que la guerre était terminée.".encode("latin-1"), "not UTF-8"),
        (
            "Le gouvernement français a annoncé mardi une série de mesures pour soutenir les "
            "agriculteurs, a déclaré le porte-parole du ministère dans un communiqué.".encode(),
            "does not look like English",
        ),
        (("The minister said the talks would go on. " * 30_000).encode(), "limit"),
    ],
)
def test_bad_articles_are_rejected_with_a_one_line_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(na.ArticleError) as err:
        na.load_article(path)
    message = str(err.value)
    assert reason in message and "\n" not in message and str(path) in message


def test_missing_file_and_folder_are_rejected(tmp_path):
    with pytest.raises(na.ArticleError, match="no such file"):
        na.load_article(tmp_path / "nope.txt")
    with pytest.raises(na.ArticleError, match="a folder"):
        na.load_article(tmp_path)


def test_bad_metadata_is_rejected(tmp_path):
    (tmp_path / "story.txt").write_text("The mayor said the bridge would reopen on Monday.", encoding="utf-8")
    (tmp_path / "story.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(na.ArticleError, match="metadata"):
        na.load_article(tmp_path / "story.txt")


def test_metadata_beside_the_article_is_read(tmp_path):
    (tmp_path / "story.txt").write_text("The mayor said the bridge would reopen on Monday.", encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"title": "Bridge", "date": "2024-01-02"}), encoding="utf-8")
    article = na.load_article(tmp_path / "story.txt")
    assert article.id == "story" and article.metadata["title"] == "Bridge"


def test_size_limit_is_the_documented_one(tmp_path):
    ok = ("The minister said the talks would go on. " * (MAX_ARTICLE_BYTES // 50))[: MAX_ARTICLE_BYTES - 10]
    (tmp_path / "long.txt").write_text(ok, encoding="utf-8")
    assert len(na.load_article(tmp_path / "long.txt").text) == len(ok)


def test_windows_line_endings_and_bom_are_normalised(tmp_path):
    (tmp_path / "crlf.txt").write_bytes("\ufeffThe mayor said it.\r\nThe council agreed.".encode())
    assert na.load_article(tmp_path / "crlf.txt").text == "The mayor said it.\nThe council agreed."


@pytest.mark.parametrize(
    "name, expected",
    [
        ("data/My Story.txt", "My-Story"),
        ("https://en.wikinews.org/wiki/Some_headline_here", "Some_headline_here"),
        ("a/b/c.txt", "c"),
    ],
)
def test_article_ids_are_stable_and_safe(name, expected):
    assert article_id(name) == expected


def test_english_share_separates_english_from_other_languages():
    assert english_share(na.load_article(na.DEFAULT_ARTICLE).text) > 0.3
    assert english_share("Der Minister sagte am Dienstag, die Gespräche würden fortgesetzt.") < 0.2
