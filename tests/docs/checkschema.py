#!/usr/bin/env python3
"""The JSON Schema of the scenario format (docs/scenario-format.schema.json) and the reader
(the pledgecheck binary) agree.

- Every preset and every complete file in docs/scenario-format.md: the schema and the reader
  accept it. Every fragment there ("uncertainty": {...}, "events": [...]), set into a preset of
  format version 4 (the central estimate): the schema and the reader accept it.
- Every file in refused/: the schema and the reader refuse it.
- Every file in reader-only/: the reader refuses it and the schema accepts it, as JSON Schema
  cannot say the rule (docs/scenario-format.md, "The JSON Schema"). Should the schema come to
  refuse one, the test fails: move it to refused/.
- Every parameter of `pledgecheck --list-parameters` at each end of its valid range, and just
  beyond each end, in parameters and in an event: the two agree.

Uses the standard validator, python3-jsonschema (Debian 12: 4.10.3, draft 2020-12).
Usage: checkschema.py PLEDGECHECK SOURCE_DIR WORK_DIR
"""
import copy
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema

binary, source, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
work.mkdir(parents=True, exist_ok=True)
schema = json.loads((source / "docs/scenario-format.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
problems = []
checked = 0


def schema_errors(document):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def reader_accepts(text, name):
    """Whether `pledgecheck --scenario FILE --save OUT` opens the file; its message if not."""
    path = work / name
    path.write_text(text, encoding="utf-8")
    run = subprocess.run([binary, "--scenario", str(path), "--save", str(work / "saved.json")],
                         capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if run.returncode not in (0, 2):
        problems.append(f"{name}: the reader exited {run.returncode}: {run.stderr.strip()}")
    return run.returncode == 0, run.stderr.strip()


def expect(what, document, schema_ok, reader_ok=None, text=None):
    """Checks that the schema (and, unless reader_ok is None, the reader) accept or refuse
    @p document; the reader reads @p text, the document as written, when given."""
    global checked
    checked += 1
    errors = schema_errors(document)
    if schema_ok and errors:
        problems.append(f"{what}: the schema refuses it: {errors[0]}")
    if not schema_ok and not errors:
        problems.append(f"{what}: the schema accepts it")
    if reader_ok is not None:
        name = re.sub(r"[^A-Za-z0-9._-]", "_", what)[:100] + ".json"
        accepted, message = reader_accepts(text if text is not None else json.dumps(document), name)
        if accepted != reader_ok:
            problems.append(f"{what}: the reader {'accepts' if accepted else 'refuses'} it {message}")


presets = sorted((source / "resources/presets").glob("*.json"))
for preset in presets:
    expect(f"preset {preset.name}", json.loads(preset.read_text()), True, True)
base = json.loads((source / "resources/presets/central.json").read_text())
assert base["version"] == 4, "the base file is of the current format version"

# The docs' examples: whole files, and fragments of one.
doc = (source / "docs/scenario-format.md").read_text()
blocks = re.findall(r"```json\n(.*?)```", doc, re.S)
if len(blocks) < 4:
    problems.append(f"docs/scenario-format.md: only {len(blocks)} JSON examples found")
for number, block in enumerate(blocks, 1):
    what = f"docs/scenario-format.md example {number}"
    try:
        document = json.loads(block)
    except json.JSONDecodeError:
        try:
            fragment = json.loads("{" + block + "}")
        except json.JSONDecodeError as error:
            problems.append(f"{what}: neither a file nor a \"key\": value fragment: {error}")
            continue
        document = copy.deepcopy(base)
        document.update(fragment)
        expect(what, document, True, True)
        continue
    expect(what, document, True, True)

for folder, schema_ok in (("refused", False), ("reader-only", True)):
    files = sorted((source / "tests/docs/schema" / folder).glob("*.json"))
    if not files:
        problems.append(f"tests/docs/schema/{folder}: no files")
    for path in files:
        text = path.read_text()
        expect(f"{folder}/{path.name}", json.loads(text), schema_ok, False, text)


# Each parameter's range, from the program's own table.
listing = subprocess.run([binary, "--list-parameters"], capture_output=True, text=True, check=True).stdout
ranges = {}
for line in listing.splitlines():
    key, unit, valid = line.split("\t")[:3]
    ranges[key] = (unit, valid)
if set(ranges) != set(schema["$defs"]["parameters"]["properties"]):
    problems.append(f"the schema's parameters differ from the program's: {sorted(ranges)}")


def month_plus(text, months):
    index = int(text[:4]) * 12 + int(text[5:7]) - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def edges(unit, valid):
    """(value, valid) pairs: each end of the range and just beyond it."""
    if unit == "choice":
        names = re.split(r", | or ", valid)
        return [(name, True) for name in names] + [("other", False), (0, False)]
    low, high = valid.split(" to ")
    if unit == "YYYY-MM":
        return [(low, True), (high.split(",")[0], True), (month_plus(low, -1), False),
                (month_plus(high, 1), False), (low.replace("-", "")[:6], False)]
    whole = high.endswith(", a whole number")
    low, high = float(low), float(high.split(",")[0])
    if whole:
        return [(int(low), True), (int(high), True), (int(low) - 1, False), (int(high) + 1, False),
                (low + 0.5, False), (str(int(low)), False)]
    return [(low, True), (high, True), (math.nextafter(low, -math.inf), False),
            (math.nextafter(high, math.inf), False), (str(low), False)]


changeable = schema["$defs"]["event"]["properties"]["parameter"]["enum"]
for key, (unit, valid) in ranges.items():
    for value, ok in edges(unit, valid):
        document = copy.deepcopy(base)
        document["parameters"][key] = value
        # The centre of a distribution must stay the value: a reader-only rule, kept out of the way.
        document["uncertainty"]["distributions"].pop(key, None)
        expect(f"parameters.{key} = {value!r}", document, ok, ok)
        if key in changeable:
            document = copy.deepcopy(base)
            document["events"] = [{"month": "2018-09", "parameter": key, "value": value, "note": ""}]
            expect(f"an event setting {key} = {value!r}", document, ok, ok)

for problem in problems:
    print(problem)
print(f"{checked} documents checked, {len(problems)} disagreements")
sys.exit(1 if problems else 0)
