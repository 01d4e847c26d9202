import TriglotAlign

extension Triglot.Align {
    /// The help's discussion: how sentences and names are paired, the formats, learning.
    static let discussion = """
        Sentences are paired by a Gale–Church dynamic programme (beads 1-1, 1-0, 0-1,
        2-1, 1-2, 2-2, 3-1, 1-3, 2-3, 3-2, 4-1, 1-4) over lengths fair across scripts, strengthened by anchors that
        survive translation: numbers, glossary names, transliterated names (pinyin,
        Hán-Việt, Vietnamese without diacritics), punctuation, common words from a
        small English–Vietnamese–Chinese list and, between other Latin-script
        languages, identical words and cognates.

        Formats: tsv (bead, score, source sentences, target sentences; sentences of a
        bead joined by a space), json (one object per bead, with sentence indices),
        tmx (TMX 1.4, one <tu> per bead that has both sides), beads (one bead per line as
        vecalign and Bleualign write them: [0, 1]:[0], [3]:[] for a sentence with no
        counterpart; 0-based sentence indices), html (one self-contained page, no
        script: one row per bead side by side, glossary names underlined with their
        English, Chinese and Vietnamese forms on hover or keyboard focus, and each bead's
        name pairs, known and proposed marked apart; names are always paired).

        With --names, the name pairs of the aligned sentences follow: those the glossary
        knows, then proposals it lacks (English ↔ Chinese by pinyin, Vietnamese ↔ Chinese
        by Hán-Việt, English ↔ Vietnamese without diacritics), each with its score, rule
        and the beads it occurs in (indices into the bead list). A proposal that names a
        concept gives that glossary concept the form it lacks in one language (its other
        forms spell the name by the rule shown).

        With --learn FILE, the proposals scoring at least --threshold (default \(GlossaryLearner.defaultThreshold)) are
        added to the user glossary FILE (created if missing) as new concepts of --kind
        (default person), checked against the shipped glossary and the --glossary files,
        and the file is replaced atomically; a proposal whose form the glossary already
        has is skipped; a proposal for a concept of FILE adds the form to its line (one
        for a concept of another glossary is skipped). With --interactive, each proposal is asked about on the terminal
        (every proposal, unless --threshold is given). What was added is reported on
        standard error. FILE's own concepts count as known, as with --glossary FILE, so
        running the same command again adds nothing twice; pass the file with --glossary
        to other commands to use it.

        Examples:
          triglot align examples/lmc-2022-wang-yi-bui-thanh-son.en.txt examples/lmc-2022-wang-yi-bui-thanh-son.zh.txt
          triglot align a.en.txt a.vi.txt --names --format json
          triglot align --format html a.en.txt a.zh.txt > alignment.html
          triglot align --lines --langs de,fr --format beads test0.de test0.fr
          triglot align a.en.txt a.zh.txt --names --learn my-names.tsv
          triglot align --jsonl --names < pairs.jsonl > alignments.jsonl
        """
}
