/// Sentences far too long to be prose among their document's: a base64 chunk, a 10 KB run
/// without spaces, a table flattened into one line. Their length says nothing about their
/// translation's, and counted as it is, one such sentence skews the length ratio of the whole
/// document pair and prices every bead off (no pair of a 15-sentence article was left 1-1).
enum LengthOutliers {
    /// A sentence is an outlier past this many times its document's median length…
    static let factor = 10.0
    /// …and past this length (characters, Chinese ones weighted as in ``SentenceLength``), so
    /// a document of short lines keeps its one long sentence.
    static let floor = 1500.0

    /// Per sentence of `lengths`, whether it is an outlier.
    static func flags(_ lengths: [Double]) -> [Bool] {
        let limit = max(floor, factor * median(lengths))
        return lengths.map { $0 > limit }
    }

    /// `lengths` with each outlier counted as the median instead: what totals and ratios are
    /// taken over.
    static func tamed(_ lengths: [Double], _ flags: [Bool]) -> [Double] {
        guard flags.contains(true) else { return lengths }
        let typical = median(lengths)
        return zip(lengths, flags).map { $1 ? typical : $0 }
    }

    /// The longest run without white space kept by ``prose(_:)``: longer than any word, URL
    /// aside, and shorter than a base64 line (64 or 76 characters).
    static let longestToken = 48

    /// `text` without its runs of more than ``longestToken`` characters that are neither white
    /// space nor Chinese (which runs without spaces): what an outlier sentence's anchors are
    /// taken from, as the digits of a base64 chunk ("…x4Rq7…") otherwise match a date's
    /// numbers in another sentence by chance.
    static func prose(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func endRun() {
            if run.count <= longestToken { kept.append(contentsOf: run) } else { kept.append(" ") }
            run.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.isHanIdeograph || scalar.isKana {
                endRun()
                kept.append(scalar)
            } else {
                run.append(scalar)
            }
        }
        endRun()
        return String(kept)
    }

    /// The median of `values` (0 for none).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
