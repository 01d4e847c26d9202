import Testing
import TriglotText
@testable import TriglotSummary

@Suite struct EventSummarizerTests {
    /// An English report whose last sentence (a fact with two numbers and a named river) comes
    /// late, after sentences that say more about the meeting itself.
    static let english = [
        "Ministers from six Mekong countries met in Bagan on Monday to review their cooperation.",
        "The ministers discussed trade, farming and public health at the meeting in Bagan.",
        "They praised the meeting's hosts and the progress of the cooperation in recent years.",
        "They agreed to open 12 new hydrological stations on the Mekong River by 2025.",
    ]

    /// A Chinese report of the same event that leads with the late fact.
    static let chinese = ["湄公河六国将在2025年前新建12个水文站。", "会议气氛友好。"]

    static func report(_ name: String, _ sentences: [String], _ language: Language,
                       concepts: [Int: Set<String>] = [:], dateline: Dateline? = nil) -> EventReport {
        EventReport(name: name, document: Document(sentences: sentences, language: language), concepts: concepts, dateline: dateline)
    }

    @Test func confirmationByAnotherLanguageRaisesASentence() throws {
        let alone = try EventSummarizer().summarize([Self.report("a.en", Self.english, .english)], length: .sentences(2))
        #expect(!alone.sentences.map(\.source.sentence).contains(3))
        let river: Set<String> = ["place-mekong-river"]
        let reports = [Self.report("a.en", Self.english, .english, concepts: [3: river]),
                       Self.report("b.zh", Self.chinese, .chinese, concepts: [0: river])]
        let event = try EventSummarizer().summarize(reports, to: .english, length: .sentences(2))
        let confirmed = try #require(event.sentences.first { $0.source.sentence == 3 })
        #expect(confirmed.confirmation > 0.5)
        // The Chinese sentence is cited as a source, never chosen: the summary is in English.
        #expect(confirmed.confirmedBy.map(\.name) == ["b.zh"])
        #expect(confirmed.confirmedBy.first?.sentence == 0)
        #expect(event.sentences.allSatisfy { $0.source.name == "a.en" })
    }

    @Test func theSameFactFromTwoReportsIsChosenOnce() throws {
        let second = [
            "Six Mekong countries agreed on Monday to open 12 new hydrological stations on the Mekong River by 2025.",
            "The talks in Bagan lasted two hours.",
        ]
        let reports = [Self.report("a.en", Self.english, .english), Self.report("c.en", second, .english)]
        let event = try EventSummarizer().summarize(reports, length: .sentences(3))
        let stations = event.texts.filter { $0.contains("hydrological stations") }
        #expect(stations.count == 1)
        let chosen = try #require(event.sentences.first { $0.text.contains("hydrological stations") })
        #expect(!chosen.confirmedBy.isEmpty)
    }

    @Test func theDefaultLanguageIsTheMostReportsOne() throws {
        let reports = [Self.report("b.zh", Self.chinese, .chinese), Self.report("a.en", Self.english, .english),
                       Self.report("c.en", Array(Self.english.prefix(2)), .english)]
        #expect(EventSummarizer.majorityLanguage(reports) == .english)
        #expect(try EventSummarizer().summarize(reports).language == .english)
        #expect(throws: SummaryError.noReportIn(.vietnamese)) {
            try EventSummarizer().summarize(reports, to: .vietnamese)
        }
    }

    @Test func datelinesOrderTheSummary() throws {
        let later = Self.report("later.en", ["Ministers signed a water data agreement in Bagan on Tuesday."], .english,
                                dateline: Dateline(month: 7, day: 5))
        let earlier = Self.report("earlier.en", ["Ministers arrived in Bagan for the Mekong meeting on Monday."], .english,
                                  dateline: Dateline(month: 7, day: 4))
        let event = try EventSummarizer().summarize([later, earlier], length: .sentences(2))
        #expect(event.sentences.map(\.source.name) == ["earlier.en", "later.en"])
    }

    @Test func datelinesAreRead() {
        #expect(Dateline.parse("BAGAN, Myanmar, July 4 -- Ministers met.") == Dateline(month: 7, day: 4))
        #expect(Dateline.parse("缅甸蒲甘7月4日电 —— 外长会见。") == Dateline(month: 7, day: 4))
        #expect(Dateline.parse("BAGAN, Myanmar, ngày 4/7 – Bộ trưởng gặp.") == Dateline(month: 7, day: 4))
        #expect(Dateline.parse("Ministers met on July 4 in Bagan.") == nil)
        // The closing mark starts within 60 characters; the earliest mark ends the dateline.
        #expect(Dateline.parse(String(repeating: "A", count: 53) + " July 4 -- x") == Dateline(month: 7, day: 4))
        #expect(Dateline.parse(String(repeating: "A", count: 54) + " July 4 -- x") == nil)
        #expect(Dateline.parse("HANOI, Jan. 5 - Talks — July 9 -- x") == Dateline(month: 1, day: 5))
        #expect(Dateline.parse("HANOI, Talks -- Jan. 5 - x") == nil)
    }

    @Test func numbersAreKeysInEveryScript() {
        #expect(EventKeys(text: "On July 4, 1,500 people came.", concepts: []).keys == ["#4", "#1500"])
        #expect(EventKeys(text: "7月4日，1500人", concepts: ["x"]).keys == ["#7", "#4", "#1500", "x"])
        #expect(EventKeys(text: "ngày 4/7, 1.500 người", concepts: []).keys == ["#4", "#7", "#1500"])
        let one = EventKeys(text: "4 and 7", concepts: [])
        #expect(one.agreement(with: EventKeys(text: "7, 4, 9", concepts: [])) == 1)
        #expect(one.agreement(with: EventKeys(text: "4 only", concepts: [])) == 0)
    }

    @Test func numberedKeysAgreeAsTheKeysDo() {
        let texts = ["4 and 7", "7, 4, 9", "4 only", "On July 4, 1,500 people came, 7 of them", "9 9 4 7 1500", ""]
        let keys = texts.enumerated().map { EventKeys(text: $0.element, concepts: $0.offset % 2 == 0 ? ["x", "y"] : ["y"]) }
        var numbers: [String: Int32] = [:]
        let numbered = keys.map { $0.keys.map { key in numbers[key] ?? { numbers[key] = Int32(numbers.count); return Int32(numbers.count - 1) }() }.sorted() }
        for a in keys.indices {
            for b in keys.indices {
                #expect(EventKeys.agreement(numbered[a], numbered[b]) == keys[a].agreement(with: keys[b]), "\(texts[a]) / \(texts[b])")
            }
        }
    }
}
