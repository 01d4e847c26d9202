import Testing
import TriglotText
@testable import TriglotNames

/// A name matches the concept whose form it is exactly (diacritics kept) before any concept it
/// matches only with diacritics folded away, in lookups and in running text; the validator
/// lets forms differ by diacritics alone, never by less.
@Suite struct ExactBeforeFoldedTests {
    private let folder = try! NameFolder()
    private static let header = GlossaryFile.columns.joined(separator: "\t")
    private static let shipped = try! Glossary.load([(ShippedGlossary.name, ShippedGlossary.text)], folder: try! NameFolder(),
                                                    trusted: true)

    private func load(_ rows: String) throws -> Glossary {
        try Glossary.load([("test.tsv", "\(Self.header)\n\(rows)\n")], folder: folder)
    }

    /// The problems a glossary of `rows` has.
    private func problems(_ rows: String) -> [String] {
        do { _ = try load(rows); return [] } catch let NamesError.invalidGlossary(problems) {
            return problems.map(\.description)
        } catch { return ["\(error)"] }
    }

    // MARK: The validator

    @Test func formsDifferingOnlyByDiacriticsAreAllowed() throws {
        let glossary = try load("""
            person-qin-gang\tperson\tQin Gang\t秦刚\t\tTần Cương\t\t\t\t\t
            place-xinjiang\tplace\tXinjiang\t新疆\t\tTân Cương\t\t\t\t\t
            """)
        #expect(glossary.concepts.count == 2)
    }

    @Test(arguments: [
        // The same form twice, then the same once case, tone-mark placement, spacing, hyphens
        // or traditional characters are ignored: a lookup could never tell them apart.
        "Tân Cương", "TÂN CƯƠNG", "Tân  Cương", "TânCương", "Tân-Cương",
    ])
    func formsALookupCannotTellApartAreRefused(form: String) {
        let found = problems("""
            place-xinjiang\tplace\tXinjiang\t新疆\t\tTân Cương\t\t\t\t\t
            place-other\tplace\tElsewhere\t别处\t\t\(form)\t\t\t\t\t
            """)
        #expect(found.contains { $0.hasPrefix("test.tsv:3: form '\(form)' also names 'place-xinjiang'") }, "\(found)")
    }

    @Test func tonePlacementAndTraditionalCharactersStillCollide() {
        let tone = problems("""
            place-hoa-binh\tplace\tHoa Binh\t和平\t\tHòa Bình\t\t\t\t\t
            place-other\tplace\tElsewhere\t别处\t\tHoà Bình\t\t\t\t\t
            """)
        #expect(tone.contains { $0.hasPrefix("test.tsv:3: form 'Hoà Bình' also names 'place-hoa-binh'") }, "\(tone)")
        let traditional = problems("""
            person-qin-gang\tperson\tQin Gang\t秦刚\t\tTần Cương\t\t\t\t\t
            person-other\tperson\tSomeone\t某人\t\tAi Đó\t\t秦剛\t\t\t
            """)
        #expect(traditional.contains { $0.hasPrefix("test.tsv:3: form '秦剛' also names 'person-qin-gang'") }, "\(traditional)")
    }

    // MARK: Lookups

    @Test func theShippedGlossaryTellsQinGangFromXinjiang() throws {
        let glossary = Self.shipped
        let qin = glossary.matches(named: "Tần Cương", folder: folder)
        #expect(qin.map(\.concept.id) == ["person-qin-gang"])
        #expect(qin.map(\.matchedBy) == [.exact])
        let xinjiang = glossary.matches(named: "Tân Cương", folder: folder)
        #expect(xinjiang.map(\.concept.id) == ["place-xinjiang"])
        #expect(xinjiang.map(\.matchedBy) == [.exact])
        // Case, tone-mark placement and spacing do not make a match folded.
        #expect(glossary.match(named: "TẦN CƯƠNG", folder: folder)?.matchedBy == .exact)
        #expect(glossary.match(named: "tân-cương", folder: folder)?.concept.id == "place-xinjiang")
        // Without diacritics the name is either: both come, folded, in glossary order.
        let either = glossary.matches(named: "Tan Cuong", folder: folder)
        #expect(either.map(\.concept.id) == ["person-qin-gang", "place-xinjiang"])
        #expect(either.allSatisfy { $0.matchedBy == .folded })
        #expect(either.map(\.form) == ["Tần Cương", "Tân Cương"])
        #expect(glossary.concepts(named: "Tân Cương", folder: folder).map(\.id) == ["place-xinjiang"])
    }

    @Test func aFoldedMatchSaysWhichFormItReached() throws {
        let glossary = Self.shipped
        let exact = try #require(glossary.match(named: "Bui Thanh Son", folder: folder))
        #expect(exact.matchedBy == .exact && exact.form == "Bui Thanh Son")
        let misspelt = try #require(glossary.match(named: "Bùi Thanh Sởn", folder: folder))
        #expect(misspelt.concept.id == "person-bui-thanh-son")
        #expect(misspelt.matchedBy == .folded && misspelt.form == "Bùi Thanh Sơn")
    }

    /// Every form of every shipped concept finds its own concept first, exactly, and no other
    /// concept, even where another concept has a form that folds alike.
    @Test func everyFormFindsItsOwnConceptExactlyFirst() throws {
        let glossary = Self.shipped
        var shared = 0
        var byKey: [String: Set<String>] = [:]
        for concept in glossary.concepts {
            for (form, _) in concept.allForms { byKey[folder.lookupKey(form), default: []].insert(concept.id) }
        }
        for concept in glossary.concepts {
            for (form, _) in concept.allForms {
                let matches = glossary.matches(named: form, folder: folder)
                #expect(matches.map(\.concept.id) == [concept.id], "\(form)")
                #expect(matches.first?.matchedBy == .exact, "\(form)")
                if byKey[folder.lookupKey(form)]!.count > 1 { shared += 1 }
            }
        }
        // Tần Cương and Tân Cương at least: the property is not checked in a vacuum.
        #expect(shared >= 2)
    }

    // MARK: Spacing

    @Test(arguments: [("Vietnam", "place-vietnam"), ("Viet Nam", "place-vietnam"), ("VietNam", "place-vietnam"),
                      ("Hochiminh", "person-ho-chi-minh"), ("Ho Chi Minh", "person-ho-chi-minh"),
                      ("Hochiminh City", "place-ho-chi-minh-city"), ("Ha Noi", "place-hanoi"), ("HaNoi", "place-hanoi")])
    func lookupsIgnoreSpacingInsideAName(query: String, id: String) {
        #expect(Self.shipped.matches(named: query, folder: folder).map(\.concept.id) == [id])
    }

    @Test func textMatchingKeepsSpacesAsWordBoundaries() {
        // Lookups ignore spacing, running text does not: "Hochiminh" is no form, and a name
        // never starts or ends inside a word.
        let matcher = NameMatcher(glossary: Self.shipped)
        let text = "Viet Nam, Vietnam, Hochiminh, HCM City."
        let found = matcher.matches(in: text).map { Self.shipped.concepts[$0.value].id }
        #expect(found == ["place-vietnam", "place-vietnam", "place-ho-chi-minh-city"])
        #expect(NameMatcher(patterns: [(folder.key("Ho Chi Minh"), 0)]).matches(in: "Hochiminh").isEmpty)
    }

    // MARK: Running text

    @Test func theMatcherPrefersTheExactConceptInText() throws {
        let glossary = Self.shipped
        let matcher = NameMatcher(glossary: glossary)
        let text = "Ông Tần Cương thăm Tân Cương; TÂN CƯƠNG, Tan Cuong."
        let matches = matcher.matches(in: text)
        #expect(matches.map { glossary.concepts[$0.value].id }
                == ["person-qin-gang", "place-xinjiang", "place-xinjiang", "person-qin-gang"])
        #expect(matches.map(\.matchedBy) == [.exact, .exact, .exact, .folded])
    }

    /// Property: wherever concepts share a folded key, each one's own form, in running text,
    /// goes to that concept exactly.
    @Test func inTextEveryFormSharingAFoldedKeyGoesToItsOwnConcept() throws {
        let glossary = Self.shipped
        let matcher = NameMatcher(glossary: glossary)
        var owners: [String: Set<Int>] = [:]
        for (key, concept) in glossary.keyedForms { owners[key, default: []].insert(concept) }
        var checked = 0
        for (position, concept) in glossary.concepts.enumerated() {
            for (form, _) in concept.allForms where owners[folder.key(form)]!.count > 1 {
                let matches = matcher.matches(in: "« " + form + " »")
                #expect(matches.map(\.value) == [position], "\(form)")
                #expect(matches.map(\.matchedBy) == [.exact], "\(form)")
                checked += 1
            }
        }
        #expect(checked >= 2)
    }

    @Test func plainPatternsAreExactWithoutDiacritics() {
        let matcher = NameMatcher(patterns: [(folder.key("Bùi Thanh Sơn"), 0)])
        #expect(matcher.matches(in: "Bui Thanh Son").map(\.matchedBy) == [.exact])
        #expect(matcher.matches(in: "Bùi Thanh Sơn").map(\.matchedBy) == [.folded])
    }

    // MARK: The resolver

    @Test func theResolverFindsQinGangByHisVietnameseName() {
        let resolver = NameResolver(glossary: Self.shipped, folder: folder)
        #expect(resolver.lookup("Tần Cương").concept?.id == "person-qin-gang")
        #expect(resolver.lookup("Tân Cương").concept?.id == "place-xinjiang")
        #expect(resolver.lookup("秦刚").best(in: .vietnamese)?.text == "Tần Cương")
    }
}
