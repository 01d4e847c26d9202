import Testing
import TriglotText
@testable import TriglotNames

/// What each writer puts in the file.
@Suite struct ExchangeWriterTests {
    private let trc = ExchangeFixtures.awkward[0]

    @Test func tbxIsTBXBasicWithTermTypesAndEscapes() {
        let text = GlossaryExporter.export([trc], format: .tbx)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        #expect(text.contains("<tbxHeader>\n    <fileDesc>"))
        #expect(text.contains("<conceptEntry id=\"org-trc\">\n        <descrip type=\"subjectField\">organisation</descrip>"))
        #expect(text.contains("<note>Quotes &quot;like this&quot;, &apos;these&apos;, &lt;tags&gt; &amp; ampersands"))
        #expect(text.contains("<admin type=\"source\">Chinese MFA; VNA</admin>"))
        for tag in ["en", "zh-Hans", "zh-Hant", "vi"] { #expect(text.contains("<langSec xml:lang=\"\(tag)\">")) }
        #expect(text.contains("<term>TRC</term>\n            <termNote type=\"termType\">abbreviation</termNote>"))
        #expect(text.contains("<term>Test-River cooperation</term>\n            <termNote type=\"termType\">variant</termNote>"))
        #expect(text.contains("<term>測試河合作</term>\n            <termNote type=\"termType\">fullForm</termNote>"))
        #expect(text.contains("<termNote type=\"partOfSpeech\">properNoun</termNote>"))
        #expect(text.hasSuffix("</body>\n  </text>\n</tbx>\n"))
    }

    @Test func tbxIdsStartWithALetterOrUnderscore() {
        let text = GlossaryExporter.export([ExchangeFixtures.awkward[1]], format: .tbx)
        #expect(text.contains("<conceptEntry id=\"_2022-summit\">"))
    }

    @Test func anEmptyTBXHasNoBody() {
        #expect(GlossaryExporter.export([], format: .tbx).contains("<text/>"))
        #expect(GlossaryExporter.export([], format: .tbx2).contains("<text/>"))
    }

    @Test func tbx2IsTheMartifForm() {
        let text = GlossaryExporter.export([trc], format: .tbx2)
        #expect(text.contains("<martif type=\"TBX\" xml:lang=\"en\">\n  <martifHeader>"))
        #expect(text.contains("<p type=\"XCSURI\">TBXXCSV02.xcs</p>"))
        #expect(text.contains("<termEntry id=\"org-trc\">"))
        #expect(text.contains("<langSet xml:lang=\"zh-Hant\">\n          <tig>\n            <term>測試河合作</term>"))
        #expect(!text.contains("langSec"))
    }

    @Test func tmxHasEveryRequiredHeaderAttributeAndMarksAliases() {
        let text = GlossaryExporter.export([trc], format: .tmx, toolVersion: "9.9")
        #expect(text.contains("<tmx version=\"1.4\">"))
        for attribute in ["creationtool=\"Triglot\"", "creationtoolversion=\"9.9\"", "segtype=\"phrase\"", "o-tmf=\"Triglot glossary\"",
                          "adminlang=\"en\"", "srclang=\"en\"", "datatype=\"plaintext\""] {
            #expect(text.contains(attribute), "\(attribute)")
        }
        #expect(text.contains("<tu tuid=\"org-trc\">\n      <prop type=\"x-kind\">organisation</prop>"))
        #expect(text.contains("<tuv xml:lang=\"zh-Hant\">\n        <seg>測試河合作</seg>"))
        #expect(text.contains("<tuv xml:lang=\"en\">\n        <prop type=\"x-alias\">yes</prop>\n        <seg>TRC</seg>"))
        // Main forms come before every alias.
        let firstAlias = text.range(of: "x-alias")!.lowerBound
        #expect(text.range(of: "Hợp tác sông Thử</seg>")!.lowerBound < firstAlias)
    }

    @Test func tmxUnitsWithoutEnglishNameTheirSourceLanguage() {
        let text = GlossaryExporter.export([ExchangeFixtures.awkward[2]], format: .tmx)
        #expect(text.contains("<tu tuid=\"title-x\" srclang=\"zh-Hans\">"))
    }

    @Test func csvQuotesEveryFieldAndEndsLinesWithCRLF() {
        let text = GlossaryExporter.export([trc], format: .csv)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "\"id\",\"kind\",\"en\",\"zh\",\"zh_hant\",\"vi\",\"en_aliases\",\"zh_aliases\",\"vi_aliases\",\"note\",\"source\"")
        #expect(lines[1].hasPrefix("\"org-trc\",\"organisation\",\"Test River Cooperation\""))
        #expect(lines[1].contains("\"TRC | Test-River cooperation\""))
        #expect(lines[1].contains("\"Quotes \"\"like this\"\", 'these'"))
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func csvLeavesOutColumnsOfOtherLanguages() {
        let text = GlossaryExporter.export([trc], format: .csv, languages: [.english])
        #expect(text.hasPrefix("\"id\",\"kind\",\"en\",\"en_aliases\",\"note\",\"source\"\r\n"))
    }

    @Test func jsonHasEveryFieldWithNullsAndArrays() throws {
        let text = GlossaryExporter.export(ExchangeFixtures.awkward, format: .json)
        #expect(text.hasPrefix("[\n  {\"id\": \"org-trc\", \"kind\": \"organisation\", \"en\": \"Test River Cooperation\""))
        #expect(text.contains("\"en_aliases\": [\"TRC\", \"Test-River cooperation\"]"))
        #expect(text.contains("\"note\": \"Quotes \\\"like this\\\""))
        #expect(text.contains("{\"id\": \"2022-summit\", \"kind\": \"event\", \"en\": \"2022 Summit\", \"zh\": null, \"zh_hant\": null"))
        #expect(text.contains("\"en_aliases\": [], \"zh_aliases\": [\"二〇二二年峰会\"]"))
        #expect(GlossaryExporter.export([], format: .json) == "[]\n")
    }

    @Test func tsvIsTheGlossaryFormat() {
        #expect(GlossaryExporter.export(ExchangeFixtures.shipped, format: .tsv) == GlossaryFile.write(ExchangeFixtures.shipped))
    }
}
