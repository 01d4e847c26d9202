import Testing
import TriglotText
@testable import TriglotNames

/// Export → import gives back every field, for every format.
@Suite struct ExchangeRoundTripTests {
    @Test func theShippedGlossaryIsNotEmpty() {
        #expect(ExchangeFixtures.shipped.count > 400)
        #expect(ExchangeFixtures.shipped.contains { $0.chineseTraditional != nil })
        #expect(ExchangeFixtures.shipped.contains { !($0.aliases[.english] ?? []).isEmpty })
    }

    @Test(arguments: GlossaryFormat.allCases)
    func theShippedGlossaryRoundTrips(format: GlossaryFormat) throws {
        let text = GlossaryExporter.export(ExchangeFixtures.shipped, format: format)
        let read = try GlossaryImporter.read(Array(text.utf8), file: "shipped.\(format.fileExtension)", format: format)
        let expected = ExchangeFixtures.comparable(ExchangeFixtures.shipped)
        #expect(read.count == expected.count)
        for (got, want) in zip(ExchangeFixtures.comparable(read), expected) where got != want {
            Issue.record("\(format): \(got) != \(want)")
            break
        }
    }

    @Test(arguments: GlossaryFormat.allCases)
    func awkwardFieldsRoundTrip(format: GlossaryFormat) throws {
        let text = GlossaryExporter.export(ExchangeFixtures.awkward, format: format)
        let read = try GlossaryImporter.read(Array(text.utf8), file: "awkward", format: format)
        #expect(ExchangeFixtures.comparable(read) == ExchangeFixtures.comparable(ExchangeFixtures.awkward))
    }

    @Test(arguments: GlossaryFormat.allCases)
    func autoDetectionFindsEachFormat(format: GlossaryFormat) throws {
        let text = GlossaryExporter.export(ExchangeFixtures.awkward, format: format)
        let detected = GlossaryFormat.detect(Array(text.utf8))
        #expect(detected == (format == .tbx2 ? .tbx : format))
        let read = try GlossaryImporter.read(Array(text.utf8), file: "x", format: nil)
        #expect(read.count == ExchangeFixtures.awkward.count)
    }

    @Test func originsNameTheImportedFileAndLine() throws {
        let text = GlossaryExporter.export(ExchangeFixtures.awkward, format: .tbx)
        let read = try GlossaryImporter.read(Array(text.utf8), file: "in.tbx", format: .tbx)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("conceptEntry id=\"org-trc\"") }! + 1
        #expect(read[0].origin == "in.tbx:\(line)")
    }

    @Test(arguments: GlossaryFormat.allCases)
    func langsLeavesOutOtherLanguages(format: GlossaryFormat) throws {
        let text = GlossaryExporter.export(ExchangeFixtures.awkward, format: format, languages: [.english, .vietnamese])
        #expect(!text.contains("测河合作"))
        #expect(!text.contains("測試河"))
        #expect(text.contains("Hợp tác Thử - Sông"))
        let read = try GlossaryImporter.read(Array(text.utf8), file: "x", format: format)
        #expect(read.allSatisfy { $0.chinese == nil && $0.chineseTraditional == nil && ($0.aliases[.chinese] ?? []).isEmpty })
    }

    @Test func conceptsWithNoFormLeftAreOmitted() {
        let text = GlossaryExporter.export(ExchangeFixtures.awkward, format: .tsv, languages: [.english])
        #expect(text.contains("title-x"), "TX is an English alias, so title-x stays")
        let chineseOnly = GlossaryExporter.export(ExchangeFixtures.awkward, format: .tmx, languages: [.chinese])
        #expect(chineseOnly.contains("2022-summit"))
        let vietnameseless = Concept(id: "place-x", kind: .place, english: "X", chinese: "某", vietnamese: nil)
        #expect(!GlossaryExporter.export([vietnameseless], format: .tbx, languages: [.vietnamese]).contains("place-x"))
    }
}
