/// Sentence lengths that compare across scripts: characters other than white space (spacing
/// differs between scripts and corpora; punctuation, measured on the development sets, helps),
/// Chinese characters weighted by how many other characters one of them stands for.
enum SentenceLength {
    /// Han characters (kana counted with them) of `text`, and its other characters but white space.
    static func counts(_ text: String) -> (other: Double, han: Double) {
        var other = 0.0, han = 0.0
        for scalar in text.unicodeScalars {
            // ASCII without Unicode's property tables: most text of most documents.
            if scalar.isASCII {
                if scalar != " " && !("\t"..."\r").contains(scalar) { other += 1 }
                continue
            }
            let properties = scalar.properties
            if scalar.isHanIdeograph || scalar.isKana {
                han += 1
            } else if !properties.isWhitespace {
                // Combining marks are alphabetic too; Vietnamese in NFD would count twice.
                if properties.generalCategory != .nonspacingMark { other += 1 }
            }
        }
        return (other, han)
    }

    /// Lengths of both documents' sentences. When one side writes mostly in Chinese
    /// characters, a character there weighs the other side's Latin characters over its own
    /// Chinese ones, so both documents come out equally long (English runs about 3.5 letters
    /// per Chinese character in news; these documents say how many in their case, outliers
    /// such as a base64 chunk left out: see ``LengthOutliers``).
    static func lengths(source: [String], target: [String]) -> (source: [Double], target: [Double]) {
        let sourceCounts = source.map(counts)
        let targetCounts = target.map(counts)
        let (sourceHan, sourceOther) = typicalTotals(sourceCounts)
        let (targetHan, targetOther) = typicalTotals(targetCounts)
        var weight = 1.0
        if sourceHan > sourceOther, targetOther > targetHan {
            weight = max(1, (targetOther - sourceOther) / sourceHan)
        } else if targetHan > targetOther, sourceOther > sourceHan {
            weight = max(1, (sourceOther - targetOther) / targetHan)
        }
        return (sourceCounts.map { $0.other + $0.han * weight }, targetCounts.map { $0.other + $0.han * weight })
    }

    /// The Han and other characters of a document, an outlier sentence counted as a typical one.
    private static func typicalTotals(_ counts: [(other: Double, han: Double)]) -> (han: Double, other: Double) {
        let outliers = LengthOutliers.flags(counts.map { $0.other + $0.han })
        let typicalHan = LengthOutliers.tamed(counts.map(\.han), outliers), typicalOther = LengthOutliers.tamed(counts.map(\.other), outliers)
        return (typicalHan.reduce(0, +), typicalOther.reduce(0, +))
    }
}
