#!/usr/bin/env python3
"""Run the README's examples as written and compare what they print with what the README shows.

Every fenced code block whose lines start with `$ triglot …` is an example: the command after
`$ ` runs with the built binary first on PATH, in a fresh folder that holds the repository's
`examples/` (and is HOME, so the default translation memory is made there), one folder per
README, so that later examples see the files earlier ones wrote. The lines after it, up to the
next `$ ` line or the end of the block, are what it prints (standard output and error, in
order); a line `…` stands for any number of lines. A command ending in `# (output abridged)` is
only run, not compared.

Usage: python3 tools/check-readme-examples.py [--bin .build/debug] [README.md]
Exit status: 0 when every example runs and prints what the README shows; 1 otherwise, with a diff.
"""
import argparse
import difflib
import os
import subprocess
import sys
import tempfile


def examples(text):
    """(line number, command, expected output lines or None) for each example."""
    found = []
    in_block = False
    current = None
    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith("```"):
            if in_block and current:
                found.append(current)
            current = None
            in_block = not in_block
            continue
        if not in_block:
            continue
        if line.startswith("$ triglot ") or line.startswith("$ echo ") or line.startswith("$ printf "):
            if current:
                found.append(current)
            command = line[2:]
            abridged = command.endswith("# (output abridged)")
            current = (number, command.replace("# (output abridged)", "").strip(), None if abridged else [])
        elif current is not None and current[2] is not None:
            current[2].append(line)
    return found


def matches(expected, actual):
    """Whether `actual` lines are `expected`, a line "…" standing for any run of lines."""
    if not expected:
        return not actual
    if expected[0] == "…":
        return any(matches(expected[1:], actual[skip:]) for skip in range(len(actual) + 1))
    return bool(actual) and actual[0] == expected[0] and matches(expected[1:], actual[1:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/debug")
    parser.add_argument("readme", nargs="?", default="README.md")
    options = parser.parse_args()
    text = open(options.readme, encoding="utf-8").read()
    root = os.path.dirname(os.path.abspath(options.readme))
    folder = tempfile.mkdtemp(prefix="triglot-readme-")
    os.symlink(os.path.join(root, "examples"), os.path.join(folder, "examples"))
    environment = dict(os.environ, HOME=folder,
                       PATH=os.path.abspath(options.bin) + os.pathsep + os.environ.get("PATH", ""))
    for variable in ("XDG_DATA_HOME", "TRIGLOT_GLOSSARY", "TRIGLOT_DB"):
        environment.pop(variable, None)
    failures = 0
    runs = examples(text)
    for number, command, expected in runs:
        result = subprocess.run(["bash", "-o", "pipefail", "-c", "{ " + command + "\n} 2>&1"], stdout=subprocess.PIPE, text=True,
                                env=environment, cwd=folder)
        if result.returncode != 0:
            failures += 1
            print(f"{options.readme}:{number}: `{command}` exited {result.returncode}: {result.stdout.strip()}")
            continue
        if expected is None:
            continue
        actual = result.stdout.rstrip("\n").split("\n") if result.stdout else []
        while expected and expected[-1] == "":
            expected.pop()
        if not matches(expected, actual):
            failures += 1
            print(f"{options.readme}:{number}: `{command}` prints otherwise than the README shows:")
            for line in difflib.unified_diff(expected, actual, "README", "actual", lineterm="", n=1):
                print("    " + line)
    print(f"README examples: {len(runs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
