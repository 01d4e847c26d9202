#!/usr/bin/env python3
"""Aligns documents with NLTK's Gale-Church (nltk.translate.gale_church.align_blocks), for
`triglot-bench align`. Input file: two lines per document, the source then the target sentence
lengths, space-separated. Output: one line per document, its beads in vecalign notation
separated by " | ". NLTK returns sentence links without deletions, so beads are rebuilt as the
connected groups of links, and sentences with no link become 1-0 or 0-1 beads."""
import sys

from nltk.translate.gale_church import align_blocks


def beads(n, m, links):
    # Links come in order; consecutive links sharing a sentence belong to one bead.
    groups = []
    for i, j in links:
        if groups and (i in groups[-1][0] or j in groups[-1][1]):
            groups[-1][0].add(i)
            groups[-1][1].add(j)
        else:
            groups.append(({i}, {j}))
    out, si, tj = [], 0, 0
    for src, tgt in groups:
        while si < min(src):
            out.append(([si], [])); si += 1
        while tj < min(tgt):
            out.append(([], [tj])); tj += 1
        out.append((sorted(src), sorted(tgt)))
        si, tj = max(src) + 1, max(tgt) + 1
    out += [([i], []) for i in range(si, n)] + [([], [j]) for j in range(tj, m)]
    return out


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    for k in range(0, len(lines) - 1, 2):
        source = [int(x) for x in lines[k].split()]
        target = [int(x) for x in lines[k + 1].split()]
        try:
            links = align_blocks(source, target) if source and target else []
        except Exception as error:  # NLTK fails on some inputs; say so rather than guess
            print("error " + str(error).replace("\n", " "))
            continue
        found = beads(len(source), len(target), links)
        print(" | ".join("[%s]:[%s]" % (", ".join(map(str, s)), ", ".join(map(str, t))) for s, t in found))


if __name__ == "__main__":
    main()
