import TriglotText

extension Summarizer {
    /// Summarizes `source` and its translation `target` as pairs of sentences: each side is
    /// scored by `method` on its own, every pairing with body sentences on both sides gets the
    /// mean of its sides' scores (each side's sentences averaged, relative to that side's best),
    /// and pairs are chosen as single sentences are, redundancy judged on both sides. A limit in
    /// words or characters counts the article's side.
    public func summarize(_ source: SummaryDocument, _ target: SummaryDocument, pairings: [SentencePairing],
                          method: any SummarizationMethod = AutoMethod(),
                          length: SummaryLength = .automatic) throws(SummaryError) -> BilingualSummary {
        try length.validate()
        let sides: [AnalyzedDocument]
        do {
            sides = [try AnalyzedDocument(source, terms: try analyser(for: source.language)),
                     try AnalyzedDocument(target, terms: try analyser(for: target.language))]
        } catch {
            throw .text(error)
        }
        // Per side: sentence index → (position among eligible sentences, relative score).
        let lookups = sides.map { side -> [Int: (position: Int, score: Double)] in
            let scores = method.scores(for: side).map(\.score)
            let top = scores.max() ?? 0
            var lookup: [Int: (Int, Double)] = [:]
            for (position, index) in side.eligible.enumerated() { lookup[index] = (position, top > 0 ? scores[position] / top : 0) }
            return lookup
        }
        func side(_ range: Range<Int>, _ lookup: [Int: (position: Int, score: Double)]) -> (positions: [Int], score: Double)? {
            guard !range.isEmpty else { return nil }
            var positions: [Int] = []
            var total = 0.0
            for index in range {
                guard let found = lookup[index] else { return nil }  // a headline or caption
                positions.append(found.position)
                total += found.score
            }
            return (positions, total / Double(range.count))
        }
        var scores: [BilingualSummary.PairScore] = []
        var positions: [[[Int]]] = []  // per eligible pair, per side
        for (index, pairing) in pairings.enumerated() {
            guard let left = side(pairing.source, lookups[0]), let right = side(pairing.target, lookups[1]) else { continue }
            scores.append(.init(index: index, pairing: pairing, score: (left.score + right.score) / 2,
                                sourceScore: left.score, targetScore: right.score))
            positions.append([left.positions, right.positions])
        }
        func similarity(_ a: Int, _ b: Int) -> Double {
            var total = 0.0
            for (number, analysed) in sides.enumerated() {
                var closest = 0.0
                for i in positions[a][number] { for j in positions[b][number] { closest = max(closest, analysed.graph.similarity(i, j)) } }
                total += closest
            }
            return total / 2
        }
        let chosen = SentenceSelector.select(
            scores.map(\.score), budget: length.sentenceBudget(eligible: scores.count), unitBudget: length.unitBudget,
            relevanceWeight: method.relevanceWeight,
            cost: { pair in
                let costs = positions[pair][0].compactMap { length.cost(of: sides[0].analyses[$0], text: source.sentences[sides[0].eligible[$0]].text) }
                return costs.isEmpty ? nil : costs.reduce(0, +)
            },
            similarity: similarity)
        return BilingualSummary(source: source, target: target, method: method.name,
                                selected: chosen.map { scores[$0] }, scores: scores)
    }
}
