#!/usr/bin/env python3
"""Checks Heron's translations (translations/heron_*.ts) against the code.

Fails when:
- lupdate, run over core/, ui/ and app/ the way `./dev translations` runs it,
  would change a .ts file (a string was added, changed or removed in the code
  and the .ts files were not refreshed), or warns about a tr() it cannot place;
- a .ts entry is unfinished, obsolete/vanished or empty;
- a translation loses or invents a %1..%9 / %n placeholder;
- ui/ or app/heron/ hands a widget a user-visible literal that is not in tr().

Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")
# A literal handed straight to something the user reads: widget texts, titles,
# actions, message boxes. Object names, keys and format-only strings are fine.
UNTRANSLATED_UI = re.compile(
    r"\b(setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis|addAction|addMenu|"
    r"setLabelText|showMessage|information|warning|critical|question|QPushButton|QLabel|QCheckBox|"
    r"QGroupBox|QAction|QRadioButton)\s*\(\s*(?:[\w:&*]+\s*,\s*)*(?:QStringLiteral|QLatin1String|u)\(\s*"
    r"\"([^\"]*[A-Za-z]{2,}\s+[A-Za-z]{2,}[^\"]*)\"")


def lupdate_command(lupdate, root, ts):
    language = ts.stem.split("_", 1)[1]
    return [lupdate, "-locations", "none", "-no-obsolete", "-source-language", "en",
            "-target-language", language, str(root / "core"), str(root / "ui"), str(root / "app"),
            "-ts", str(ts)]


def messages(ts):
    """(context, source, comment) -> message element, for every entry."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"), message.findtext("comment") or "")] = message
    return out


def translations_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return translation, ([f.text or "" for f in forms] if forms else [translation.text or ""])


def check_file(ts, lupdate, root, problems):
    with tempfile.TemporaryDirectory() as tmp:
        fresh = pathlib.Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        result = subprocess.run(lupdate_command(lupdate, root, fresh), capture_output=True, text=True)
        if result.returncode != 0:
            problems.append(f"{ts.name}: lupdate failed: {result.stderr.strip()}")
            return
        for line in (result.stdout + result.stderr).splitlines():
            if re.search(r"(warning|lacks Q_OBJECT|Cannot invoke tr\(\))", line, re.IGNORECASE):
                problems.append(f"lupdate: {line.strip()}")
        committed, updated = messages(ts), messages(fresh)
    for key in sorted(set(updated) - set(committed)):
        problems.append(f"{ts.name}: not yet in the file (run ./dev translations): [{key[0]}] {key[1]!r}")
    for key in sorted(set(committed) - set(updated)):
        problems.append(f"{ts.name}: no longer in the code (run ./dev translations): [{key[0]}] {key[1]!r}")
    for (context, source, _), message in sorted(committed.items()):
        translation, texts = translations_of(message)
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{ts.name}: {kind}: [{context}] {source!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if not text.strip():
                problems.append(f"{ts.name}: empty translation: [{context}] {source!r}")
            elif sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{ts.name}: placeholders differ ({wanted} vs {text!r}): [{context}] {source!r}")


def check_literals(root, problems):
    for path in sorted(list((root / "ui").glob("*.cpp")) + list((root / "app" / "heron").glob("*.cpp"))):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = UNTRANSLATED_UI.search(line)
            if match and "notr" not in line:
                problems.append(f"{path.relative_to(root)}:{number}: text outside tr(): {match.group(2)!r}")


def main():
    lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    files = sorted((root / "translations").glob("heron_*.ts"))
    problems = [] if files else ["no translations/heron_*.ts files"]
    for ts in files:
        check_file(ts, lupdate, root, problems)
    check_literals(root, problems)
    for problem in problems:
        print(problem)
    print(f"{len(files)} translation files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
