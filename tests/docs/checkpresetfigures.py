#!/usr/bin/env python3
"""docs/model.md's preset figures agree with what the binary prints for the presets as shipped.

Usage: checkpresetfigures.py PLEDGECHECK SOURCE_DIR WORK_DIR

Checks, against `pledgecheck --preset NAME --summary` and `--csv`:
  - the "Side by side" table: sellers, jobs created and linked, share of the pledge, the month the
    pledge is met, job-years and the export lens at the horizon;
  - the table of jobs in January of each year, created (linked in brackets);
  - each preset's "10th to 90th percentile, median" sentence under uncertainty;
  - the what-happened story: the pledge's own path and the projection at each report;
  - the figures the presets' notes state (resources/presets/*.json), the fit's included.
The docs round jobs to the nearest hundred (nearest ten below 10,000) and sellers and the export
lens to the nearest hundred, so a printed figure passes when it lies within half that unit of the
binary's; a percentage passes within half a unit of its last printed digit.
Prints one line per disagreement and exits 1 if there is any.
"""
import csv
import json
import pathlib
import re
import subprocess
import sys

PRESETS = ["central", "pledge-as-stated", "sceptic", "taobao-villages", "what-happened"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBER = r"−?-?[\d,]+(?:\.\d+)?"

problems = []


def number(text):
    return float(text.replace(",", "").replace("−", "-"))


def jobs_unit(value):
    return 10 if abs(value) < 10000 else 100


def expect_near(where, printed, value, unit):
    if abs(number(printed) - value) > unit / 2 + 1e-9:
        problems.append(f"{where}: the text says {printed}, the binary gives {value:.10g}")


def expect_percent(where, printed, fraction):
    digits = printed.replace("−", "-").replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    expect_near(where, printed, fraction * 100, 10 ** -decimals)


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def section(doc, heading):
    """From heading to the next heading of its level or above."""
    start = doc.index(heading)
    level = len(heading) - len(heading.lstrip("#"))
    end = re.compile(rf"^#{{1,{level}}} ", re.M).search(doc, start + len(heading))
    return doc[start:end.start() if end else len(doc)]


def table_rows(text, header_start):
    """The body rows of the Markdown table whose header line starts with header_start, as cells."""
    lines = text[text.index(header_start):].splitlines()
    rows = {}
    for line in lines[2:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows[cells[0].strip("`")] = cells[1:]
    return rows


def check_side_by_side(rows, summaries):
    for name in PRESETS:
        if name not in rows:
            problems.append(f"side by side: no row for {name}")
            continue
        s = summaries[name]
        _, sellers, created, linked, share, met, job_years, export = rows[name]
        where = f"side by side, {name}"
        expect_near(f"{where}, sellers", sellers, s["sellers_at_horizon"], 100)
        expect_near(f"{where}, jobs created", created, s["jobs_created_at_horizon"],
                    jobs_unit(s["jobs_created_at_horizon"]))
        expect_near(f"{where}, jobs linked", linked, s["jobs_linked_at_horizon"],
                    jobs_unit(s["jobs_linked_at_horizon"]))
        expect_percent(f"{where}, share", re.match(NUMBER, share).group(), s["share_of_target"])
        expect_near(f"{where}, job-years", job_years, s["job_years_to_horizon"],
                    jobs_unit(s["job_years_to_horizon"]))
        expect_near(f"{where}, export lens", export, s["export_supported_jobs_at_horizon"], 100)
        date = s["target_met_date"]
        if date is None:
            if not met.startswith("no"):
                problems.append(f"{where}: the doc says the pledge is met ({met}), the binary says not")
        else:
            year, month = date.split("-")
            stated = f"{MONTHS[int(month) - 1]} {year} (month {s['target_met_month']})"
            if not met.startswith(stated):
                problems.append(f"{where}: the doc says met {met!r}, the binary {stated!r}")


def check_years(rows, series):
    for name in PRESETS:
        if name not in rows:
            problems.append(f"jobs each January: no row for {name}")
            continue
        for year, cell in zip(range(2017, 2023), rows[name]):
            match = re.fullmatch(rf"({NUMBER}) \(({NUMBER})\)", cell)
            if not match:
                problems.append(f"jobs each January, {name} {year}: cannot read {cell!r}")
                continue
            row = series[name][f"{year}-01"]
            created, linked = float(row["jobs_created"]), float(row["jobs_linked"])
            expect_near(f"jobs each January, {name} {year}, created", match.group(1), created, jobs_unit(created))
            expect_near(f"jobs each January, {name} {year}, linked", match.group(2), linked, jobs_unit(linked))


def check_uncertainty(doc, summaries):
    pattern = re.compile(rf"({NUMBER})\s+to\s+({NUMBER})\s+(?:jobs\s+created\s+)?at\s+the\s+10th\s+to\s+90th\s+"
                         rf"percentile,\s+median\s+({NUMBER})")
    for name in PRESETS:
        if name == "pledge-as-stated" or name == "taobao-villages":
            continue  # no distributions: every draw is the projection itself
        text = section(doc, f"### `{name}`")
        match = pattern.search(text)
        if not match:
            problems.append(f"{name}: no '10th to 90th percentile, median' sentence")
            continue
        s = summaries[name]
        for printed, key in zip(match.groups(), ["jobs_at_horizon_p10", "jobs_at_horizon_p90", "jobs_at_horizon_p50"]):
            expect_near(f"{name} under uncertainty, {key}", printed, s[key], jobs_unit(s[key]))


def check_what_happened_story(doc, summary):
    text = section(doc, "### `what-happened`")
    first, second = summary["observations"]
    match = re.search(rf"by 2018-09 the pledge's own path had ({NUMBER}) US sellers", text)
    if not match:
        problems.append("what-happened: no 'by 2018-09 the pledge's own path had' sentence")
    else:
        expect_near("what-happened, pledge path 2018-09", match.group(1), first["pledge_path"], 100)
    match = re.search(rf"the projection fitted to both reports ({NUMBER})", text)
    if match:
        expect_near("what-happened, projected 2018-09", match.group(1), first["projected"], 10)
    match = re.search(rf"by 2020-09 the pledge's path had ({NUMBER})", text)
    if match:
        expect_near("what-happened, pledge path 2020-09", match.group(1), second["pledge_path"], 1000)
    match = re.search(rf"\(projected ({NUMBER}), inside the range\)", text)
    if match:
        expect_near("what-happened, projected 2020-09", match.group(1), second["projected"], 10)


# In each preset's note: a pattern whose groups are figures, and for each group the figure it
# states (a function of the preset's summary, its series and, for what-happened, its fit) and the
# unit it is rounded to.
NOTE_FIGURES = {
    "central": [
        (r"The ([\d,]+) jobs already linked to the 7,000 sellers",
         [(lambda s, j, f: float(j["2017-01"]["jobs_linked"]), 1)]),
        (r"the ([\d,]+) jobs of January 2022 would be ([\d.]+) % of the pledge rather than the ([\d,]+) "
         r"created, ([\d.]+) %",
         [(lambda s, j, f: s["jobs_linked_at_horizon"], 1),
          (lambda s, j, f: s["jobs_linked_at_horizon"] / s["target_jobs"] * 100, 0.01),
          (lambda s, j, f: s["jobs_created_at_horizon"], 1),
          (lambda s, j, f: s["share_of_target"] * 100, 0.01)]),
    ],
    "pledge-as-stated": [
        (r"gives 1,000,000 - 7,000 = ([\d,]+) jobs, ([\d.]+) % of the pledge",
         [(lambda s, j, f: s["jobs_created_at_horizon"], 1),
          (lambda s, j, f: s["jobs_created_at_horizon"] / s["target_jobs"] * 100, 0.1)]),
    ],
    "taobao-villages": [
        (r"The ([\d,]+) jobs linked to the 7,000 sellers",
         [(lambda s, j, f: float(j["2017-01"]["jobs_linked"]), 1)]),
        (r"= ([\d,]+) jobs created by January 2022 \(([\d,]+) linked\)",
         [(lambda s, j, f: s["jobs_created_at_horizon"], 1), (lambda s, j, f: s["jobs_linked_at_horizon"], 1)]),
    ],
    "what-happened": [
        (r"the fit gives ([\d.]+); rms log error ([\d.]+)",
         [(lambda s, j, f: f["parameters"]["annual_growth_rate"], 1e-6), (lambda s, j, f: f["rms_log_error"], 0.01)]),
        (r"had ([\d,]+) US sellers; the proxy found about [\d,]+, and the projection fitted to both reports "
         r"([\d,]+)\. By January 2022 the sellers are about ([\d,]+) and the jobs created (-?[\d,]+)",
         [(lambda s, j, f: s["observations"][0]["pledge_path"], 100),
          (lambda s, j, f: s["observations"][0]["projected"], 100),
          (lambda s, j, f: s["sellers_at_horizon"], 100),
          (lambda s, j, f: s["jobs_created_at_horizon"], 10)]),
    ],
}


def check_notes(source_dir, summaries, series, fit):
    for name, checks in NOTE_FIGURES.items():
        note = json.loads((source_dir / "resources" / "presets" / f"{name}.json").read_text(encoding="utf-8"))["note"]
        for pattern, figures in checks:
            match = re.search(pattern, note)
            if not match:
                problems.append(f"{name}'s note: no {pattern!r}")
                continue
            for printed, (figure, unit) in zip(match.groups(), figures):
                expect_near(f"{name}'s note", printed, figure(summaries[name], series[name], fit), unit)


def main():
    binary, source_dir, work_dir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    work_dir.mkdir(parents=True, exist_ok=True)
    doc = (source_dir / "docs" / "model.md").read_text(encoding="utf-8")
    summaries, series = {}, {}
    for name in PRESETS:
        summaries[name] = json.loads(run(binary, "--preset", name, "--summary"))
        path = work_dir / f"{name}.csv"
        run(binary, "--preset", name, "--csv", str(path))
        with path.open(newline="") as file:
            series[name] = {row["month"]: row for row in csv.DictReader(file)}
    presets = section(doc, "## Presets")
    check_side_by_side(table_rows(presets, "| preset | basis |"), summaries)
    check_years(table_rows(presets, "| preset | 2017 |"), series)
    check_uncertainty(doc, summaries)
    check_what_happened_story(doc, summaries["what-happened"])
    fit = json.loads(run(binary, "--preset", "what-happened", "--fit", "annual_growth_rate", "--summary"))["fit"]
    check_notes(source_dir, summaries, series, fit)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} disagreement(s) in docs/model.md's and the notes' preset figures")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
