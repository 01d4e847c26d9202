/// Runs of sentences to split again by another language's rules than the document's.
///
/// A first split by the document's rules breaks a sentence of another language at that
/// language's abbreviations ("Mr." / "Smith met Ms." / "Lan." in a Vietnamese article); the
/// pieces too short to show a language are then taken with the clear piece beside them.
enum LanguageRegions {
    /// One run: sentence indices of the first split, and the rules to split them by.
    struct Region: Equatable {
        let sentences: Range<Int>
        let rules: Language
    }

    /// The runs, in order and apart, given each sentence's clear rules language (nil when the
    /// sentence is too short to tell): a run is sentences of one language other than
    /// `documentRules`, with the unclear sentences just before and after it.
    static func find(_ languages: [Language?], documentRules: Language) -> [Region] {
        var regions: [Region] = []
        var index = 0
        while index < languages.count {
            guard let rules = languages[index], rules != documentRules else {
                index += 1
                continue
            }
            var start = index
            let floor = regions.last?.sentences.upperBound ?? 0
            while start > floor && languages[start - 1] == nil { start -= 1 }
            var end = index + 1
            while end < languages.count && (languages[end] == nil || languages[end] == rules) { end += 1 }
            regions.append(Region(sentences: start..<end, rules: rules))
            index = end
        }
        return regions
    }
}
