import TriglotText

/// Real text per language for the speed benchmarks, read from the shared data, or the bundled
/// example where the data is absent.
struct BenchCorpus {
    /// Where Vietnamese text comes from: news bodies (VietNews) or UD's treebank (VTB).
    enum VietnameseSource { case vietnews, vtb }

    let data: DataOptions

    /// The documents in `language`: GUM's documents (paragraphs on lines), UD GSDSimp sentences
    /// in documents of 20, and VietNews bodies or VTB sentences in documents of 20.
    func documents(_ language: Language, vietnamese: VietnameseSource) -> [String] {
        var documents: [String] = []
        switch language {
        case .english:
            if let path = data.path("summ-en-gum60/gum_docs_sentences.jsonl") {
                documents = FileSystem.jsonLines(path).map { line in
                    (line["paragraphs"] as? [[String]] ?? []).map { $0.joined(separator: " ") }.joined(separator: "\n")
                }
            }
        case .chinese:
            if let path = data.path("ud-zh-gsdsimp-dev/zh_gsdsimp-ud-dev.conllu") {
                documents = SentenceBoundaryEvaluation.glued(SentenceBoundaryEvaluation.conlluTexts(path), separator: "").map(\.text)
            }
        case .vietnamese:
            switch vietnamese {
            case .vietnews:
                if let path = data.path("summ-vi-vietnews500/vietnews500.jsonl") {
                    // VietNews joins the syllables of a word with "_": written text has spaces.
                    documents = FileSystem.jsonLines(path).map { line in
                        (line["body_sentences"] as? [String] ?? []).joined(separator: " ").replacingOccurrences(of: "_", with: " ")
                    }
                }
            case .vtb:
                if let path = data.path("ud-vi-vtb-dev/vi_vtb-ud-dev.conllu") {
                    let sentences = SentenceBoundaryEvaluation.conlluTexts(path).map(SentenceBoundaryEvaluation.detokenizeVietnamese)
                    documents = SentenceBoundaryEvaluation.glued(sentences, separator: " ").map(\.text)
                }
            }
        }
        if documents.isEmpty {
            let example = "examples/lmc-2022-wang-yi-bui-thanh-son.\(language.code).txt"
            FileSystem.note("using \(example) for \(language.code)")
            documents = [FileSystem.text(example)]
        }
        return documents
    }

    /// `documents` repeated in order until they hold `megabytes` MB of UTF-8.
    static func repeated(_ documents: [String], megabytes: Double) -> [String] {
        let target = Int(megabytes * 1_000_000)
        var result: [String] = []
        var size = 0
        while size < target {
            for document in documents where size < target {
                result.append(document)
                size += document.utf8.count
            }
        }
        return result
    }
}
