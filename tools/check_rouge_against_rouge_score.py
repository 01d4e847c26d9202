#!/usr/bin/env python3
"""Recompute the Swift side's ROUGE with the reference implementation and report the gap.

TriglotEvaluation claims to score English exactly as the PyPI package rouge-score does
(RougeScorer(['rouge1', 'rouge2', 'rougeL'], use_stemmer=True)); this script checks that claim.

Produce the TSV with the skipped-by-default Swift test, then run this script on it:

    TRIGLOT_ROUGE_TSV=/tmp/rouge.tsv swift test --filter RougeScoreCrossCheckTests
    pip install rouge-score
    python3 tools/check_rouge_against_rouge_score.py /tmp/rouge.tsv

The TSV has a header line; its first two columns are candidate and reference, the others are
named <rouge type>_<p|r|f> (or just <rouge type>, read as F1). Exits 1 when the largest absolute
difference exceeds --tolerance.
"""

import argparse
import sys

from rouge_score import rouge_scorer

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
PARTS = {"p": "precision", "r": "recall", "f": "fmeasure"}


def column_meaning(name):
    """(rouge type, Score field) for a score column, e.g. 'rouge2_r' -> ('rouge2', 'recall')."""
    rouge_type, _, part = name.partition("_")
    if rouge_type not in ROUGE_TYPES or part not in ("", *PARTS):
        raise ValueError(f"unknown score column {name!r}")
    return rouge_type, PARTS.get(part, "fmeasure")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", help="TSV written by the Swift cross-check test")
    parser.add_argument("--tolerance", type=float, default=1e-9)
    parser.add_argument("--show", type=int, default=5, help="how many of the worst rows to print")
    args = parser.parse_args()

    # Split on "\n" only: a stray "\r" or U+2028 inside a text must not start a new row.
    with open(args.tsv, encoding="utf-8", newline="") as f:
        header, *rows = [line.split("\t") for line in f.read().split("\n") if line]
    if header[:2] != ["candidate", "reference"]:
        sys.exit("the TSV must start with a header: candidate, reference, score columns")
    columns = [(i, name, *column_meaning(name)) for i, name in enumerate(header) if i >= 2]

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    worst = []  # (difference, row number, column, swift, rouge-score)
    per_column = {name: 0.0 for _, name, _, _ in columns}
    for number, row in enumerate(rows, start=2):
        if len(row) != len(header):
            sys.exit(f"line {number}: {len(row)} fields, header has {len(header)}")
        scores = scorer.score(target=row[1], prediction=row[0])
        for i, name, rouge_type, field in columns:
            swift = float(row[i])
            python = getattr(scores[rouge_type], field)
            difference = abs(swift - python)
            per_column[name] = max(per_column[name], difference)
            worst.append((difference, number, name, swift, python))

    worst.sort(reverse=True)
    largest = worst[0][0] if worst else 0.0
    print(f"{len(rows)} pairs, {len(columns)} scores each")
    for name, difference in per_column.items():
        print(f"  {name:10s} max |swift - rouge-score| = {difference:.3g}")
    print(f"max absolute difference: {largest:.3g} (tolerance {args.tolerance:g})")
    for difference, number, name, swift, python in worst[: args.show]:
        if difference > args.tolerance:
            print(f"  line {number} {name}: swift {swift!r}, rouge-score {python!r}")
    return 0 if largest <= args.tolerance else 1


if __name__ == "__main__":
    sys.exit(main())
