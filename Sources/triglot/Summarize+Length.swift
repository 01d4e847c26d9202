import TriglotSummary

extension Triglot.Summarize {
    /// The length asked for.
    var length: SummaryLength {
        if let sentences { return .sentences(sentences) }
        if let ratio { return .ratio(ratio) }
        if let words { return .words(words) }
        if let chars { return .characters(chars) }
        return .automatic
    }

    /// Why the length asked for is refused, in the words of the option that asked (the library
    /// names the quantity, "a length in words must be at least 1"; the CLI names the option).
    func lengthProblem() -> String? {
        do {
            try length.validate()
            return nil
        } catch {
            let option = sentences != nil ? "--sentences" : ratio != nil ? "--ratio" : words != nil ? "--words" : "--chars"
            guard let must = error.description.range(of: " must ") else { return error.description }
            return "invalid summary length: \(option)\(error.description[must.lowerBound...])"
        }
    }
}
