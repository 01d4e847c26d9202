#!/usr/bin/env python3
"""Peer figure for `triglot-bench match-speed`: pyahocorasick's leftmost-longest scan
(Automaton.iter_long) over the same folded patterns and text as Triglot's matcher.

Usage: pyahocorasick_speed.py PATTERNS TEXT ORIGINAL_BYTES REPETITIONS
PATTERNS has one folded pattern per line; TEXT is the folded text (UTF-8). Prints one line:
"build_seconds scan_megabytes_per_second matches", the speed in megabytes of the original
(unfolded) text per second, the fastest of REPETITIONS scans; exits 3 when pyahocorasick is
missing.
"""
import sys
import time

try:
    import ahocorasick
except ImportError:
    print("pyahocorasick is not installed (pip install pyahocorasick)", file=sys.stderr)
    sys.exit(3)


def main():
    patterns_path, text_path, original_bytes, repetitions = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(patterns_path, encoding="utf-8") as f:
        patterns = [line.rstrip("\n") for line in f if line.rstrip("\n")]
    with open(text_path, encoding="utf-8") as f:
        text = f.read()
    start = time.perf_counter()
    automaton = ahocorasick.Automaton()
    for index, pattern in enumerate(patterns):
        automaton.add_word(pattern, index)
    automaton.make_automaton()
    build = time.perf_counter() - start
    best = float("inf")
    count = 0
    for _ in range(max(1, repetitions)):
        start = time.perf_counter()
        count = 0
        for _end, _value in automaton.iter_long(text):
            count += 1
        best = min(best, time.perf_counter() - start)
    print(f"{build:.4f} {original_bytes / 1e6 / best:.2f} {count}")


if __name__ == "__main__":
    main()
