#!/usr/bin/env python3
"""Old against new in one run: two builds of a Google Benchmark program, alternated.

Runs OLD and NEW in turn, ROUNDS times (old, new, old, new, ...), each with
--benchmark_repetitions=5, and prints for every benchmark both have the median over the rounds of
each round's median CPU time, and old/new: the median of the rounds' ratios and their range (above
1: new is faster). Alternating spreads the load of a shared machine over both alike; the range,
not one ratio, says whether a difference is more than that load.

    tests/benchmarks/interleaved_ratio.py OLD NEW --filter REGEX [--rounds 5]
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile


def medians(program, bench_filter):
    """One run of @p program: each benchmark's median CPU time and its coefficient of variation."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        try:
            run = subprocess.run([program, f"--benchmark_filter={bench_filter}", "--benchmark_repetitions=5",
                                  "--benchmark_report_aggregates_only=true", f"--benchmark_out={out.name}",
                                  "--benchmark_out_format=json"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        except OSError as error:
            sys.exit(f"{program} cannot be run: {error.strerror}")
        text = open(out.name).read()
        if run.returncode != 0 or not text:
            sys.exit(f"{program} ran no benchmark matching '{bench_filter}': "
                     + (run.stderr.strip().splitlines() or ["no output"])[-1])
        report = json.loads(text)
    found = {}
    for b in report["benchmarks"]:
        entry = found.setdefault(b["run_name"], {"unit": b["time_unit"]})
        entry[b.get("aggregate_name")] = b["cpu_time"]
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--filter", required=True, help="--benchmark_filter for both")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.rounds < 1:
        sys.exit(f"--rounds {args.rounds} is not valid: the valid range is 1 or more")

    rounds = []
    for r in range(args.rounds):
        rounds.append((medians(args.old, args.filter), medians(args.new, args.filter)))
        print(f"round {r + 1} of {args.rounds} done", file=sys.stderr)
    names = [n for n in rounds[0][0] if all(n in old and n in new for old, new in rounds)]
    if not names:
        sys.exit(f"no benchmark matching '{args.filter}' is in both programs")
    print("| benchmark | old | new | old/new (range) | most cv |")
    print("|---|---|---|---|---|")
    for name in names:
        old = [o[name]["median"] for o, _ in rounds]
        new = [n[name]["median"] for _, n in rounds]
        ratios = [o / n for o, n in zip(old, new)]
        cv = max(max(o[name]["cv"], n[name]["cv"]) for o, n in rounds)
        unit = rounds[0][0][name]["unit"]
        print(f"| {name} | {statistics.median(old):.4g} {unit} | {statistics.median(new):.4g} {unit} "
              f"| {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f}) | {cv:.1%} |")


if __name__ == "__main__":
    main()
