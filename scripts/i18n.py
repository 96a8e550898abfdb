"""Refresh the translation catalogues: extract strings with pyside6-lupdate, optionally fill
translations from a JSON file {source: translation}, and compile .qm with pyside6-lrelease.

    python scripts/i18n.py [--fill zh_CN=extra.json] [--revise zh_CN=better.json]

The .ts files are the catalogue of record; the GUI loads the .qm, the CLI reads the .ts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "operator_app").rglob("*.py"))
    targets = [str(TS_DIR / f"operator_app_{lang}.ts") for lang in LANGUAGES]
    subprocess.run(["pyside6-lupdate", "-no-obsolete", *sources, "-ts", *targets], check=True)


def fill(language: str, mapping: dict[str, str], *, revise: bool = False) -> int:
    path = TS_DIR / f"operator_app_{language}.ts"
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or source not in mapping:
            continue
        done = node.get("type") not in ("unfinished", "vanished", "obsolete") and (
            (node.text or "").strip() or any((f.text or "").strip() for f in node.findall("numerusform")))
        if done and not revise:  # a translation already there (maybe another context's wording) is kept
            continue
        value = mapping[source]
        forms = node.findall("numerusform")
        if forms:
            for form in forms:
                form.text = value
        else:
            node.text = value
        node.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def lrelease(out_dir: Path = TS_DIR) -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"operator_app_{lang}.ts"
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(out_dir / ts.with_suffix(".qm").name)],
                       check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", action="append", default=[], metavar="LANG=FILE.json")
    parser.add_argument("--revise", action="append", default=[], metavar="LANG=FILE.json",
                        help="like --fill, but replaces translations that are already there")
    parser.add_argument("--no-update", action="store_true")
    args = parser.parse_args()
    if not args.no_update:
        lupdate()
    for item in args.fill:
        lang, _, file = item.partition("=")
        print(lang, fill(lang, json.loads(Path(file).read_text(encoding="utf-8"))), "filled")
    for item in args.revise:
        lang, _, file = item.partition("=")
        print(lang, fill(lang, json.loads(Path(file).read_text(encoding="utf-8")), revise=True), "revised")
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
