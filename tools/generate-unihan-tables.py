#!/usr/bin/env python3
"""Generate Triglot's lean Unihan tables.

Reads the Unihan database files (Unicode Character Database) from where they
are installed -- by default Debian's `unicode-data` package, which puts them
in /usr/share/unicode/ as Unihan_*.txt.bz2 -- and writes small TSV tables into
Sources/TriglotNames/Resources/unihan/:

  vietnamese.tsv           char <TAB> readings      (kVietnamese)
  mandarin.tsv             char <TAB> readings      (kMandarin)
  variants.tsv             simplified <TAB> traditional...  (kTraditionalVariant)
  simplified-variants.tsv  traditional <TAB> simplified...  (kSimplifiedVariant)
  frequency.tsv            char <TAB> rank          (kFrequency, 1 = most frequent)
  standard-mandarin.tsv    char <TAB> readings      (kTGHZ2013, ordered by kHanyuPinlu)

Only these fields are read and only characters that have the field are
written. The output is deterministic: rows are sorted by code point, and the
headers carry only facts read from the Unihan files and the command line.

Standard library only. Usage:

  python3 tools/generate-unihan-tables.py [--unihan DIR] [--out DIR]

DIR may hold Unihan_*.txt, Unihan_*.txt.bz2 / .gz, or Unihan.zip.

The Unihan data is (c) Unicode, Inc., used under the Unicode licence whose
text is copied next to the tables as LICENSE-UNICODE.txt (from
/usr/share/doc/unicode-data/copyright, the licence part); the tables are a
modified (extracted and reformatted) form of the Unihan data files.
"""

import argparse
import bz2
import gzip
import io
import os
import re
import sys
import unicodedata
import zipfile

DEFAULT_UNIHAN_DIR = "/usr/share/unicode"
DEFAULT_LICENSE_SOURCE = "/usr/share/doc/unicode-data/copyright"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT_DIR = os.path.join(REPO_ROOT, "Sources", "TriglotNames", "Resources", "unihan")

# field -> Unihan file that holds it
FIELD_FILES = {
    "kVietnamese": "Unihan_Readings.txt",
    "kMandarin": "Unihan_Readings.txt",
    "kTraditionalVariant": "Unihan_Variants.txt",
    "kSimplifiedVariant": "Unihan_Variants.txt",
    "kFrequency": "Unihan_DictionaryLikeData.txt",
    "kTGHZ2013": "Unihan_Readings.txt",
    "kHanyuPinlu": "Unihan_Readings.txt",
}

LICENSE_LINE = (
    "Derived from the Unicode Character Database (Unihan); © Unicode, Inc.; "
    "Unicode License — see LICENSE-UNICODE.txt"
)
LICENSE_NAME_LINE = (
    "(The licence is the Unicode, Inc. License Agreement - Data Files and "
    "Software, as shipped with this data by Debian's unicode-data package.)"
)
MODIFIED_LINE = (
    "This file is a modified Unihan data file: the field above was extracted, "
    "filtered to characters that have it, and reformatted as TSV."
)


class UnihanSource:
    """Finds and opens Unihan files in a directory (plain, .bz2, .gz or Unihan.zip)."""

    def __init__(self, directory):
        self.directory = directory
        self._zip = None
        zpath = os.path.join(directory, "Unihan.zip")
        if os.path.isfile(zpath):
            self._zip = zipfile.ZipFile(zpath)

    def open_text(self, name):
        for suffix, opener in (
            ("", lambda p: open(p, "rb")),
            (".bz2", bz2.open),
            (".gz", gzip.open),
        ):
            path = os.path.join(self.directory, name + suffix)
            if os.path.isfile(path):
                return io.TextIOWrapper(opener(path), encoding="utf-8"), path
        if self._zip is not None:
            for member in self._zip.namelist():
                if os.path.basename(member) == name:
                    raw = self._zip.open(member)
                    return (io.TextIOWrapper(raw, encoding="utf-8"),
                            os.path.join(self.directory, "Unihan.zip") + ":" + member)
        raise FileNotFoundError(
            f"{name} (or .bz2/.gz, or inside Unihan.zip) not found in {self.directory}"
        )


def read_fields(source, filename, wanted):
    """Returns ({field: {codepoint: value}}, header_info) for one Unihan file."""
    data = {f: {} for f in wanted}
    header = {"file": filename, "version": None, "date": None, "path": None}
    stream, path = source.open_text(filename)
    header["path"] = path
    with stream:
        for line in stream:
            line = line.rstrip("\n").rstrip("\r")
            if line.startswith("#"):
                m = re.match(r"#\s*Unicode version:\s*(\S+)", line)
                if m and header["version"] is None:
                    header["version"] = m.group(1)
                m = re.match(r"#\s*Date:\s*(.+?)\s*$", line)
                if m and header["date"] is None:
                    header["date"] = m.group(1)
                continue
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) < 3 or parts[1] not in data:
                continue
            cp = int(parts[0][2:], 16)
            data[parts[1]][cp] = parts[2].strip()
    return data, header


def codepoints_to_chars(value):
    """'U+957F U+9577<kSource' -> ['长', '長'] (source annotations dropped)."""
    out = []
    for token in value.split():
        token = token.split("<", 1)[0]
        if not token.startswith("U+"):
            raise ValueError(f"unexpected variant value {value!r}")
        ch = chr(int(token[2:], 16))
        if ch not in out:
            out.append(ch)
    return out


def nfc(text):
    return unicodedata.normalize("NFC", text)


def sorted_keys(field_data):
    """Code points of a field, sorted, without CJK compatibility ideographs.

    A compatibility ideograph (U+F900..U+FAFF, U+2F800..U+2FA1F) is not NFC:
    it normalizes to a unified ideograph, and Swift compares strings by
    canonical equivalence, so keeping it would give a second, clashing key.
    """
    return [cp for cp in sorted(field_data) if nfc(chr(cp)) == chr(cp)]


def write_table(path, header_lines, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write(("# " + h).rstrip() + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    return len(rows)


def common_header(title, field, meta, command, columns):
    lines = [title]
    lines.append(f"Columns: {columns}")
    lines.append(f"Source: Unihan field {field}, from {meta['file']} "
                 f"(Unicode version: {meta['version']}; Date: {meta['date']})")
    lines.append(f"Generated by: {command}")
    lines.append(LICENSE_LINE)
    lines.append(LICENSE_NAME_LINE)
    lines.append(MODIFIED_LINE)
    lines.append("Every key is NFC: CJK compatibility ideographs are left out.")
    lines.append("Do not edit by hand: change the generator and run it again.")
    return lines


def extract_license(text):
    """Keeps the licence part of Debian's unicode-data copyright file."""
    for marker in ("EXHIBIT 1", "UNICODE, INC. LICENSE AGREEMENT", "UNICODE LICENSE V3"):
        i = text.find(marker)
        if i >= 0:
            return text[i:].strip() + "\n"
    raise ValueError("no Unicode licence text found in the licence source")



def variant_rows(fields, field):
    """(character, its variants) for the characters with a variant other than themselves;
    the list is kept whole, the character included when it is one of its own variants."""
    rows = []
    for cp in sorted_keys(fields[field]):
        ch = chr(cp)
        targets = codepoints_to_chars(fields[field][cp])
        if any(t != ch for t in targets):
            rows.append((ch, " ".join(targets)))
    return rows

def dictionary_readings(value):
    """'044.070:chéng 333.080:shèng' -> ['chéng', 'shèng'] (kTGHZ2013 / kXHC1983 form:
    locations, a colon, comma-separated readings; first appearance kept)."""
    out = []
    for entry in value.split():
        for reading in entry.split(":", 1)[1].split(","):
            reading = nfc(reading)
            if reading and reading not in out:
                out.append(reading)
    return out


def pinlu_counts(value):
    """'shèng(54) chéng(43)' -> {'shèng': 54, 'chéng': 43} (kHanyuPinlu)."""
    counts = {}
    for m in re.finditer(r"(\S+?)\((\d+)\)", value or ""):
        counts[nfc(m.group(1))] = int(m.group(2))
    return counts


def standard_rows(fields):
    """(character, readings) from kTGHZ2013, most frequent first by kHanyuPinlu (readings
    it does not count keep kTGHZ2013's order, after the counted ones)."""
    rows = []
    for cp in sorted_keys(fields["kTGHZ2013"]):
        readings = dictionary_readings(fields["kTGHZ2013"][cp])
        counts = pinlu_counts(fields["kHanyuPinlu"].get(cp))
        order = sorted(range(len(readings)), key=lambda i: (-counts.get(readings[i], -1), i))
        if readings:
            rows.append((chr(cp), " ".join(readings[i] for i in order)))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unihan", default=DEFAULT_UNIHAN_DIR,
                    help=f"directory holding the Unihan files (default {DEFAULT_UNIHAN_DIR})")
    ap.add_argument("--out", default=DEFAULT_OUT_DIR,
                    help="output directory (default Sources/TriglotNames/Resources/unihan)")
    ap.add_argument("--license-source", default=DEFAULT_LICENSE_SOURCE,
                    help=f"file holding the Unicode licence text (default {DEFAULT_LICENSE_SOURCE})")
    args = ap.parse_args(argv)

    command = f"python3 tools/generate-unihan-tables.py --unihan {args.unihan}"

    source = UnihanSource(args.unihan)
    by_file = {}
    for field, fname in FIELD_FILES.items():
        by_file.setdefault(fname, []).append(field)
    fields, meta = {}, {}
    for fname, wanted in by_file.items():
        try:
            data, header = read_fields(source, fname, wanted)
        except FileNotFoundError as e:
            sys.exit(f"error: {e} (install Debian's unicode-data, or pass --unihan DIR)")
        if header["version"] is None:
            sys.exit(f"error: no 'Unicode version' line in the header of {header['path']}")
        for field in wanted:
            fields[field] = data[field]
            meta[field] = header
    versions = {h["version"] for h in meta.values()}
    if len(versions) != 1:
        sys.exit(f"error: Unihan files disagree on the Unicode version: {sorted(versions)}")

    os.makedirs(args.out, exist_ok=True)

    def reading_rows(field):
        """Characters with their readings of `field`, space-separated, in Unihan's order, NFC."""
        rows = []
        for cp in sorted_keys(fields[field]):
            readings = nfc(fields[field][cp]).split()
            if readings:
                rows.append((chr(cp), " ".join(readings)))
        return rows

    def frequency_rows():
        return [(chr(cp), fields["kFrequency"][cp]) for cp in sorted_keys(fields["kFrequency"])
                if fields["kFrequency"][cp].isdigit()]

    # One entry per table: file, title, field as named in the header, the field whose header
    # gives the provenance, the columns, further header lines, and the rows.
    tables = [
        ("vietnamese.tsv", "Vietnamese readings (quốc ngữ; Hán-Việt and Nôm) of Han characters.",
         "kVietnamese", "kVietnamese", "char <TAB> readings (space-separated, in Unihan's order, NFC)",
         [], reading_rows("kVietnamese")),
        ("mandarin.tsv", "Mandarin readings (Hanyu Pinyin with tone marks) of Han characters.",
         "kMandarin", "kMandarin", "char <TAB> readings (space-separated, in Unihan's order, NFC)",
         ["kMandarin gives the customary reading: one value, or two when the",
          "reading customary in the PRC (first) differs from the one customary",
          "in Taiwan (second). It does not list every reading of a polyphonic",
          "character."],
         reading_rows("kMandarin")),
        ("variants.tsv", "Traditional forms of simplified characters.",
         "kTraditionalVariant", "kTraditionalVariant",
         "simplified <TAB> traditional forms (space-separated, Unihan's order)",
         ["Only characters with at least one traditional form that differs from",
          "the character itself. The list is kept whole, so a character that is",
          "also its own traditional form (后 -> 后 後) still lists itself."],
         variant_rows(fields, "kTraditionalVariant")),
        ("simplified-variants.tsv", "Simplified forms of traditional characters.",
         "kSimplifiedVariant", "kSimplifiedVariant",
         "traditional <TAB> simplified forms (space-separated, Unihan's order)",
         ["Only characters with at least one simplified form that differs from",
          "the character itself; the list is kept whole. Read it right to left",
          "to find further traditional candidates for a simplified character."],
         variant_rows(fields, "kSimplifiedVariant")),
        ("frequency.tsv", "Rough frequency class of Han characters.",
         "kFrequency", "kFrequency", "char <TAB> rank (1 = most frequent ... 5 = least frequent)",
         ["kFrequency is a rough frequency class (1-5) from Usenet traffic in",
          "traditional Chinese; characters without a class are not listed."],
         frequency_rows()),
        ("standard-mandarin.tsv",
         "Standard Mandarin readings of the PRC's Table of General Standard Chinese Characters.",
         "kTGHZ2013 (ordered by kHanyuPinlu)", "kTGHZ2013",
         "char <TAB> readings (space-separated, Hanyu Pinyin with tone marks, NFC)",
         ["kTGHZ2013 lists every reading the 通用规范汉字字典 (2013) gives a character of",
          "the 2013 Table of General Standard Chinese Characters (8,105 characters), so",
          "it tells which readings the current PRC standard keeps (帧 zhēn, not the",
          "older zhèng kMandarin still gives). Readings are ordered most frequent first",
          "by kHanyuPinlu (counts in 现代汉语频率词典); readings it does not count follow",
          "in kTGHZ2013's (alphabetical, page) order. Neutral-tone readings are kept."],
         standard_rows(fields)),
    ]
    counts = {}
    for name, title, field_label, field, columns, notes, rows in tables:
        counts[name] = write_table(
            os.path.join(args.out, name),
            common_header(title, field_label, meta[field], command, columns) + notes,
            rows)

    # LICENSE-UNICODE.txt
    with open(args.license_source, encoding="utf-8") as f:
        license_text = extract_license(f.read())
    with open(os.path.join(args.out, "LICENSE-UNICODE.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("The tables in this folder are derived from the Unicode Character\n"
                "Database (Unihan), © Unicode, Inc., as shipped by Debian's\n"
                f"unicode-data package (Unicode version {versions.pop()}). Its licence,\n"
                f"copied from {args.license_source}, follows.\n\n")
        f.write(license_text)

    for name, n in counts.items():
        print(f"{name}: {n} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
