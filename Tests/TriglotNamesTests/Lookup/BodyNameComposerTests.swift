import Testing
import TriglotText
@testable import TriglotNames

/// Names of bodies, events and documents composed from the body lexicon, in every direction;
/// persons and places are left to the rules.
@Suite struct BodyNameComposerTests {
    /// One name in the three languages.
    struct Triple: Sendable, CustomTestStringConvertible {
        let chinese: String
        let vietnamese: String
        let english: String
        var testDescription: String { english }

        func form(in language: Language) -> String {
            switch language {
            case .chinese: return chinese
            case .vietnamese: return vietnamese
            case .english: return english
            }
        }
    }

    static let names: [Triple] = [
        Triple(chinese: "越老友好协会", vietnamese: "Hội Hữu nghị Việt Nam - Lào", english: "Vietnam-Laos Friendship Association"),
        Triple(chinese: "十月革命", vietnamese: "Cách mạng Tháng Mười", english: "October Revolution"),
        Triple(chinese: "老挝人民革命党", vietnamese: "Đảng Nhân dân Cách mạng Lào", english: "Lao People's Revolutionary Party"),
        Triple(chinese: "柬埔寨外交部", vietnamese: "Bộ Ngoại giao Campuchia", english: "Ministry of Foreign Affairs of Cambodia"),
        Triple(chinese: "中老铁路", vietnamese: "đường sắt Trung Quốc - Lào", english: "China-Laos Railway"),
        Triple(chinese: "古巴共产党", vietnamese: "Đảng Cộng sản Cuba", english: "Communist Party of Cuba"),
        Triple(chinese: "中越联合声明", vietnamese: "Tuyên bố chung Trung Quốc - Việt Nam", english: "China-Vietnam Joint Statement"),
        Triple(chinese: "越老经济论坛", vietnamese: "Diễn đàn Kinh tế Việt Nam - Lào", english: "Vietnam-Laos Economic Forum"),
        Triple(chinese: "东盟－中国博览会", vietnamese: "Hội chợ ASEAN - Trung Quốc", english: "ASEAN-China Expo"),
        Triple(chinese: "越南国家银行", vietnamese: "Ngân hàng Nhà nước Việt Nam", english: "State Bank of Vietnam"),
    ]

    /// A composer over an empty glossary: the countries come from the lexicon alone.
    private static func composer() throws -> BodyNameComposer {
        BodyNameComposer(glossary: try Glossary.load([], folder: try NameFolder()))
    }

    /// A resolver over a glossary of one person, so that dictionaries, composition and rules answer.
    private static func resolver() throws -> NameResolver {
        let folder = try NameFolder()
        let text = GlossaryFile.columns.joined(separator: "\t") + "\n"
            + "person-bui-thanh-son\tperson\tBui Thanh Son\t裴青山\t\tBùi Thanh Sơn\t\t\t\t\tVNA\n"
        return NameResolver(glossary: try Glossary.load([("t.tsv", text)], folder: folder), folder: folder)
    }

    @Test(arguments: names) func composesEveryDirection(_ name: Triple) throws {
        let composer = try Self.composer()
        for source in Language.allCases {
            let composed = try #require(composer.compose(name.form(in: source), source), "\(source): \(name.form(in: source))")
            for target in Language.allCases where target != source {
                let form = try #require(composed.forms[target]?.first)
                #expect(form.text == name.form(in: target), "\(source) → \(target)")
                #expect(form.source == "composed")
                #expect(form.confidence <= 0.7)
            }
        }
    }

    @Test func theResolverComposesWhatGlossaryAndDictionariesLack() throws {
        let resolver = try Self.resolver()
        let found = resolver.lookup("越老友好协会")
        #expect(found.best(in: .vietnamese)?.text == "Hội Hữu nghị Việt Nam - Lào")  // was "Việt Trung Hữu Hảo Hiếp Hội"
        #expect(found.best(in: .english)?.text == "Vietnam-Laos Friendship Association")  // was "Yuelaoyouhaoxiehui"
        #expect(found.origin?.kind == .organisation)
        #expect(resolver.lookup("Cách mạng Tháng Mười").best(in: .english)?.text == "October Revolution")  // was "Cach mang Thang Muoi"
        #expect(resolver.lookup("Hội Hữu nghị Việt Nam - Lào").best(in: .english)?.text
                == "Vietnam-Laos Friendship Association")  // was "Hoi Huu nghi Viet Nam - Lao"
        #expect(resolver.lookup("Lao People's Revolutionary Party").best(in: .chinese)?.text == "老挝人民革命党")
    }

    @Test func variantsAreRead() throws {
        let composer = try Self.composer()
        // Traditional characters, a short Vietnamese pair, a curly apostrophe, "Bank of China".
        #expect(composer.compose("越老友好協會", .chinese)?.forms[.english]?.first?.text == "Vietnam-Laos Friendship Association")
        #expect(composer.compose("Hội Hữu nghị Việt - Lào", .vietnamese)?.forms[.chinese]?.first?.text == "越老友好协会")
        #expect(composer.compose("Lao People’s Revolutionary Party", .english)?.forms[.vietnamese]?.first?.text
                == "Đảng Nhân dân Cách mạng Lào")
        #expect(composer.compose("Bank of China", .english)?.forms[.vietnamese]?.first?.text == "Ngân hàng Trung Quốc")
        #expect(composer.compose("Ministry of Foreign Affairs of the Philippines", .english)?.forms[.chinese]?.first?.text == "菲律宾外交部")
    }

    @Test func glossaryPlacesAreCountries() throws {
        let folder = try NameFolder()
        let text = GlossaryFile.columns.joined(separator: "\t") + "\n"
            + "place-hanoi\tplace\tHanoi\t河内\t\tHà Nội\t\t\t\t\tVNA\n"
        let composer = BodyNameComposer(glossary: try Glossary.load([("t.tsv", text)], folder: folder))
        let composed = try #require(composer.compose("河内国家大学", .chinese))
        #expect(composed.forms[.vietnamese]?.first?.text == "Đại học Quốc gia Hà Nội")
        #expect(composed.forms[.english]?.first?.text == "Hanoi National University")
    }

    @Test func personsAndPlacesAreNotComposed() throws {
        let composer = try Self.composer()
        for (name, language) in [("张东强", Language.chinese), ("福州", .chinese), ("Nguyễn Văn An", .vietnamese), ("李建党", .chinese),
                                 ("Hội An", .vietnamese), ("Fuzhou", .english), ("Zhang Dongqiang", .english)] {
            #expect(composer.compose(name, language) == nil, "\(name)")
        }
        let resolver = try Self.resolver()
        for name in ["张东强", "福州", "Nguyễn Văn An"] {
            let found = resolver.lookup(name)
            #expect(found.origin?.kind != .organisation, "\(name)")
            #expect(Language.allCases.allSatisfy { found.forms[$0]?.allSatisfy { $0.source != "composed" } ?? true }, "\(name)")
        }
    }

    @Test func onlyWholeNamesAreComposed() throws {
        let composer = try Self.composer()
        // A short form stands only beside another country: 中部 is the central region, not a ministry.
        #expect(composer.compose("中部", .chinese) == nil)
        // A word the lexicon lacks (驻华) leaves the name to the rules.
        #expect(composer.compose("越南驻华大使馆", .chinese) == nil)
        #expect(composer.compose("Friendship Association of Atlantis", .english) == nil)
        // A one-word head alone is not a name.
        #expect(composer.compose("Bank", .english) == nil)
        #expect(composer.compose("Hội", .vietnamese) == nil)
        #expect(composer.compose("Quốc hội", .vietnamese)?.forms[.chinese]?.first?.text == "国会")
    }

    @Test func aPersonKindIsNeverComposed() throws {
        let found = try Self.resolver().lookup("十月革命", kind: .person)
        #expect(found.forms[.english]?.allSatisfy { $0.source != "composed" } ?? true)
    }

    @Test func composedFormsFillWhatADictionaryEntryLacks() throws {
        // CC-CEDICT has 中国银行 in English only; the composed Vietnamese leads the Hán-Việt reading.
        let found = try Self.resolver().lookup("中国银行")
        #expect(found.best(in: .english)?.text == "Bank of China")
        #expect(found.best(in: .vietnamese)?.text == "Ngân hàng Trung Quốc")
    }

    @Test func theLexiconIsWellFormed() {
        let lexicon = BodyLexicon.shared
        #expect(lexicon.heads.count >= 100)
        #expect(lexicon.modifiers.contains { $0.role == .country && $0.chinese.first == "越南" })
        #expect(lexicon.shortChinese["Vietnam"] == "越")
        for word in lexicon.heads + lexicon.modifiers {
            #expect(word.vietnamese.allSatisfy { $0 == $0.nfc })
        }
    }
}
