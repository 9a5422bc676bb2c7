"""Faults and odd input: each ends with a one-line error (exit 2) or a result, never a traceback,
never a half-written or lost output, and never a mix of two inputs' results."""
from __future__ import annotations

import json
import os
import socket

import pytest

import newsactors as na
from newsactors import atomic, batch, lab, runner, tables
from newsactors.articles import ArticleError, article_id, decode, load_article
from newsactors.batch import BatchOptions, run_batch
from newsactors.cli import main
from newsactors.paths import DATA_DIR, PROJECT_ROOT

ENGLISH = (
    "The city council of Port Alder voted on Tuesday to close the old harbour to lorries. "
    "Mayor Ines Varga said the decision would make the district safer for the people who live there."
)
SAMPLE = DATA_DIR / "corpus-sample"


def one_line_error(capsys, argv) -> str:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_:
        code = exit_.code
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    return err[0]


# --- reading articles ---------------------------------------------------------------------------

def test_a_nul_byte_anywhere_in_the_file_is_refused(tmp_path):
    path = tmp_path / "late-nul.txt"
    path.write_text((ENGLISH + " ") * 700 + "\x00 and more.")  # the NUL lies past the first 64 KB
    assert path.stat().st_size > 65536
    with pytest.raises(ArticleError, match="binary"):
        load_article(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    raw = ENGLISH.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    assert load_article(path).text == ENGLISH


def test_utf16_without_a_mark_is_named_with_how_to_convert_it():
    with pytest.raises(ArticleError, match="UTF-16 text without a byte-order mark; save it as UTF-8"):
        decode(ENGLISH.encode("utf-16-le"), "a.txt")


def test_an_html_page_saved_as_text_is_refused_clearly(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        f'<!DOCTYPE html><html><head><title>News</title></head><body><a href="/">Home</a><p>{ENGLISH}</p></body></html>'
    )
    with pytest.raises(ArticleError, match="an HTML web page, not plain text"):
        load_article(page)
    thick = tmp_path / "fragment.txt"
    paragraphs = (f"<p>{sentence}.</p><div><a href='/x'>more</a></div>\n" for sentence in ENGLISH.split(". "))
    thick.write_text("".join(paragraphs))
    with pytest.raises(ArticleError, match="HTML"):
        load_article(thick)


def test_plain_text_mentioning_a_tag_is_still_an_article():
    na.make_article(ENGLISH + " The page used a <p> tag once.", "x")
    # a short story quoting a handful of tags (the report must show them as text) is no web page
    quoted = 'Officials found <script>alert(1)</script> and <a href="/x">a link</a> and <img src="a.png"> in it.'
    na.make_article(ENGLISH + " " + quoted, "y")


def test_ids_keep_letters_of_any_script():
    assert article_id("北京.txt") == "北京" and article_id("東京.txt") == "東京"
    assert article_id("my article ünïcode 北.txt") == "my-article-ünïcode-北"
    assert article_id("Москва.TXT") == "Москва"
    assert article_id("bad\nname.txt") == "bad-name"
    assert len(article_id("字" * 300 + ".txt").encode()) <= 120


def test_two_files_with_one_id_never_share_an_output_folder(tmp_path):
    out = tmp_path / "out"
    first, second = tmp_path / "a" / "same name.txt", tmp_path / "b" / "same-name.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(ENGLISH)
    (out / "same-name").mkdir(parents=True)
    (out / "same-name" / "manifest.json").write_text(json.dumps({"article": {"path": str(first.resolve())}}))
    runner.check_own_folder(load_article(first), out)  # the same file again: it replaces its own outputs
    with pytest.raises(ArticleError, match="would replace those of"):
        runner.check_own_folder(load_article(second), out)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.mkdir(), "a folder, not an article file"),
        (lambda p: p.write_text(" \n\t \n"), "empty"),
        (lambda p: (p.symlink_to(p.with_name("loop.txt")), p.with_name("loop.txt").symlink_to(p)), "a link to nothing"),
        (lambda p: os.mkfifo(p), "not a regular file"),
        (lambda p: p.write_bytes("Le ministre a déclaré que la réunion était bonne.".encode("latin-1")), "not UTF-8"),
    ],
    ids=["folder", "whitespace", "symlink-loop", "fifo", "latin-1"],
)
def test_odd_article_files_are_one_line_errors(tmp_path, make, message):
    path = tmp_path / "odd.txt"
    make(path)
    with pytest.raises(ArticleError, match=message) as error:
        load_article(path)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    "metadata, message",
    [(b"", "not valid UTF-8 JSON"), (b"{title: 1", "not valid UTF-8 JSON"), (b"[1, 2]", "must be a JSON object")],
    ids=["empty", "malformed", "array"],
)
def test_bad_metadata_is_a_one_line_error(tmp_path, metadata, message):
    (tmp_path / "story.txt").write_text(ENGLISH)
    (tmp_path / "story.json").write_bytes(metadata)
    with pytest.raises(ArticleError, match=message):
        load_article(tmp_path / "story.txt")


def test_a_numeric_id_in_metadata_is_an_id():
    assert article_id(str(2024)) == "2024"


# --- the output folder --------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["below-a-file", "proc"])
def test_an_unwritable_out_is_refused_before_any_work(tmp_path, capsys, monkeypatch, where):
    (tmp_path / "a-file").write_text("x")
    out = tmp_path / "a-file" / "sub" if where == "below-a-file" else "/proc/newsactors-out"

    def no_work(*args, **kwargs):
        raise AssertionError("work started before --out was checked")

    monkeypatch.setattr(runner, "start_kernels", no_work)
    monkeypatch.setattr(runner, "load_article", no_work)
    line = one_line_error(capsys, ["run", "--out", out])
    assert "--out" in line
    corpus = tmp_path / "c.csv"
    corpus.write_text(f"url,text\nhttps://example.org/a,{ENGLISH}\n")
    monkeypatch.setattr(batch, "read_corpus", no_work)
    assert "--out" in one_line_error(capsys, ["batch", corpus, "--out", out, "--workers", "1"])
    assert not (tmp_path / "a-file" / "sub").exists()


def test_atomic_writes_keep_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "t.csv"
    atomic.write_text(path, "old\n")
    with pytest.raises(RuntimeError), atomic.open_replacing(path) as handle:
        handle.write("half")
        raise RuntimeError("disk full")
    assert path.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_a_run_folder_is_swapped_whole(tmp_path):
    final, new = tmp_path / "article", tmp_path / "staged"
    final.mkdir(), new.mkdir()
    (final / "old.csv").write_text("old")
    (new / "new.csv").write_text("new")
    atomic.replace_dir(new, final)
    assert [p.name for p in final.iterdir()] == ["new.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article"]


# --- corpora ------------------------------------------------------------------------------------

def test_a_csv_without_text_column_leaves_nothing_behind(tmp_path, capsys):
    corpus = tmp_path / "notext.csv"
    corpus.write_text("url,title\nhttps://example.org/a,A\n")
    command = ["batch", corpus, "--out", tmp_path / "out", "--workers", "1"]
    assert "needs a text column" in one_line_error(capsys, command)
    assert not (tmp_path / "out").exists()


def test_a_broken_jsonl_line_gives_its_number_and_whole_reason(tmp_path):
    corpus = tmp_path / "c.jsonl"
    good = json.dumps({"id": "good", "text": ENGLISH})
    corpus.write_bytes(good.encode() + b'\n{"id": "bad", "text": "a\x01b"}\n')
    run_batch(corpus, tmp_path / "out", BatchOptions(workers=1))
    errors = na.read_csv(tmp_path / "out" / "errors.csv")
    assert errors["reason"].tolist() == ["line 2 is not valid JSON: Invalid control character at column 25"]


def test_a_folder_corpus_says_what_it_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(ENGLISH)
    (corpus / "a.json").write_text('{"title": "A"}')
    (corpus / "notes.md").write_text("x")
    (corpus / "b.html").write_text("<html></html>")
    (corpus / ".hidden").write_text("x")
    (corpus / "pipe.txt").unlink(missing_ok=True)
    os.mkfifo(corpus / "pipe.txt")  # read, it would never end
    lines = []
    manifest = run_batch(corpus, tmp_path / "out", BatchOptions(workers=1), log=lines.append)
    assert lines[0] == (
        f"{corpus}: skipped 1 sub-folders (only the corpus folder itself is read); 2 files that are neither "
        ".txt, .jsonl, .csv nor the .json beside a .txt; 1 entries that are no regular file (a pipe, a broken or "
        "looping link); 1 hidden files or folders (names starting with a dot)"
    )
    skipped = {"sub-folders": 1, "other files": 2, "not regular files": 1, "hidden": 1, "total": 5}
    assert manifest["corpus"]["skipped"] == skipped
    assert manifest["counts"]["rows"]["articles"] == 1


def test_resume_refuses_a_folder_of_another_corpus(tmp_path, capsys):
    first, other = tmp_path / "first", tmp_path / "other"
    for folder, name in ((first, "a"), (other, "b")):
        folder.mkdir()
        (folder / f"{name}.txt").write_text(ENGLISH)
    out = tmp_path / "out"
    run_batch(first, out, BatchOptions(workers=1))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    line = one_line_error(capsys, ["batch", other, "--out", out, "--workers", "1", "--resume"])
    assert f"made from another corpus, {first}" in line and "run without --resume" in line
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    run_batch(first, out, BatchOptions(workers=1, resume=True))  # the same corpus resumes as before


def test_resume_refuses_parts_made_with_other_lexicons(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ENGLISH)
    out = tmp_path / "out"
    run_batch(corpus, out, BatchOptions(workers=1))
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["lexicon_sha256"] = "0" * 64
    (out / "manifest.json").write_text(json.dumps(manifest))
    command = ["batch", corpus, "--out", out, "--workers", "1", "--resume"]
    assert "other lexicon tables" in one_line_error(capsys, command)


@pytest.mark.parametrize("value", ["0", "-3", "two"])
def test_a_wrong_workers_value_is_one_line(tmp_path, capsys, value):
    assert "--workers" in one_line_error(capsys, ["batch", SAMPLE, "--out", tmp_path / "out", "--workers", value])


def test_an_empty_csv_text_row_is_an_error_row_and_the_rest_goes_on(tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_text(f'id,text\nempty,""\nfull,"{ENGLISH}"\n')
    run_batch(corpus, tmp_path / "out", BatchOptions(workers=1))
    assert na.read_csv(tmp_path / "out" / "articles.csv")["article_id"].tolist() == ["full"]
    errors = na.read_csv(tmp_path / "out" / "errors.csv")[["article_id", "reason"]].values.tolist()
    assert errors == [["empty", "the article is empty"]]


# --- the lab ------------------------------------------------------------------------------------

def test_lab_checks_its_port_before_printing_a_link(capsys, monkeypatch):
    monkeypatch.setattr(os, "execve", lambda *a: pytest.fail("JupyterLab started on a taken port"))
    monkeypatch.setattr(lab, "register_kernel", lambda: pytest.fail("set-up ran before the port was checked"))
    with socket.socket() as taken:
        taken.bind((lab.HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SystemExit) as exit_:
            lab.main(["--port", str(port)])
    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert "open:" not in captured.out and f"port {port} on 127.0.0.1 is in use" in captured.err


# --- documentation of the tables ----------------------------------------------------------------

def test_every_sentinel_and_quote_type_word_is_documented(default_tables):
    from newsactors.report import QUOTE_TYPE_WORDS

    doc = tables.__doc__
    for column in ("speaker_start", "speaker_end", "content_start", "content_end"):
        assert f"`{column}`" in doc and "-1" in doc
    positions = default_tables["positions"]
    assert set(positions["quote_type"]) <= set(QUOTE_TYPE_WORDS)
    for value, words in QUOTE_TYPE_WORDS.items():
        assert f'"{value}"' in doc and f'"{words}"' in doc
    unnamed = positions[positions["speaker"] == ""]
    assert (unnamed["speaker_start"] == -1).all() and (unnamed["speaker_end"] == -1).all()


def test_the_tests_write_outputs_to_a_temporary_folder():
    """`make test` must not rewrite what `make run` wrote into outputs/."""
    from newsactors.paths import OUTPUT_DIR, project_path

    assert PROJECT_ROOT / "outputs" not in (OUTPUT_DIR, *OUTPUT_DIR.parents)
    assert project_path("outputs") == OUTPUT_DIR
    assert project_path("outputs/corpus-sample") == OUTPUT_DIR / "corpus-sample"
    assert na.open_run.__defaults__[1] == "outputs"  # notebooks' "outputs" follows OUTPUT_DIR too
