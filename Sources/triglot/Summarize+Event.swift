import ArgumentParser
import TriglotKit
import TriglotNames
import TriglotSummary
import TriglotText

/// `summarize --event`: the options of one summary of several reports of an event.
struct EventOptions: ParsableArguments {
    @Flag(help: "Summarize the files (English, Chinese or Vietnamese) as reports of one event: one summary, facts several reports confirm first, each told once.")
    var event = false

    @Option(help: "With --event: the summary's language, its sentences taken from reports in it (default: the language most reports are in).")
    var to: EventLanguage?

    @Flag(help: "With --event: follow each name's first mention with its forms in the other two languages, where the glossary knows them.")
    var names = false

    /// `--to`'s values.
    enum EventLanguage: String, ExpressibleByArgument, CaseIterable {
        case en, zh, vi
        var language: Language { Language(rawValue: rawValue)! }
    }

    /// Refuses what --event cannot take, and its options without it.
    func validate(files: [String], parallel: Bool, jsonl: Bool, format: Triglot.Summarize.Format, title: String?, method: String) throws {
        guard event else {
            if to != nil || names { throw ValidationError("--to and --names are used with --event") }
            return
        }
        // With --jsonl the reports come as clusters on standard input (files are refused there).
        if files.isEmpty && !jsonl { throw ValidationError("--event takes the reports as files, or clusters with --jsonl") }
        if parallel || format == .html || title != nil || method != "auto" {
            throw ValidationError("--event reads each report's headline and scores as the default method does; drop --parallel, --format html, --title and --method")
        }
    }
}

extension Triglot.Summarize {
    /// `--event A B C…`: one summary of the reports, printed as text (one sentence per line),
    /// Markdown (a list with each sentence's sources) or JSON; with --jsonl, one JSON line per
    /// cluster on standard input (``EventBatchTask``).
    func summarizeEvent() throws {
        if batch.jsonl {
            let glossary: Glossary
            do { glossary = try glossaries.load(folder: try NameFolder()) } catch let error as TriglotTextError { throw CLIError.text(error) }
            return try batch.run(EventBatchTask(length: length, glossary: glossary, policy: lang.policy, to: event.to?.language,
                                                names: event.names), limit: limit)
        }
        let inputs = files.map { InputSource(path: $0) }
        let reports = try inputs.map { (name: $0.displayName, text: try $0.read()) }
        let summary: EventSummary
        var names: EventBriefNames?
        do {
            let glossary = try glossaries.load(folder: try NameFolder())
            summary = try EventSummaryWorkflow(length: length, glossary: glossary).run(reports, policy: lang.policy, to: event.to?.language)
            if event.names { names = EventBriefNames(summary, glossary: glossary) }
        } catch let error as KitError {
            throw CLIError.kit(error)
        } catch let error as TriglotTextError {
            throw CLIError.text(error)
        }
        let texts = names?.glossed(summary) ?? summary.texts
        var output = Output()
        switch format {
        case .text:
            for text in texts { output.write(SummaryPrinter.oneLine(text) + "\n") }
        case .markdown:
            output.write("## Event summary (\(summary.language.code), \(summary.reports.count) reports)\n\n")
            for (text, sentence) in zip(texts, summary.sentences) {
                let sources = ([sentence.source] + sentence.confirmedBy).map { "\($0.name) #\($0.sentence)" }
                output.write("- \(SummaryPrinter.oneLine(text)) _(\(sources.joined(separator: "; ")))_\n")
            }
        case .json:
            output.write(EventSummaryJSON.object(summary, names: names).document)
        case .html:
            break
        }
        output.flush()
    }
}
