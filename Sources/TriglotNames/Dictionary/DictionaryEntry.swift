/// One dictionary entry: a name's forms in the three languages and what it is.
public struct DictionaryEntry: Sendable, Equatable {
    /// English (or romanized) forms, best first.
    public let english: [String]
    /// Chinese forms, simplified first, traditional after.
    public let chinese: [String]
    /// Vietnamese forms, NFC, as the source writes them.
    public let vietnamese: [String]
    /// "person", "place" or "organisation"; nil when the source does not say (or says "other").
    public let kind: String?
    /// ISO 3166-1 alpha-2 code of the country the name belongs to, if known ("VN", "CN", "KH"…).
    public let country: String?
    /// A place's generic part when the table gives it (省, 市, 自治区 …).
    public let generic: String?
    /// The table the entry comes from: "iso-codes", "cldr", "cc-cedict" or "geonames".
    public let source: String
    /// A GeoNames city's population, where the table gives it.
    public let population: Int?

    /// An entry with the given forms and facts.
    public init(english: [String], chinese: [String], vietnamese: [String], kind: String?, country: String?,
                generic: String?, source: String, population: Int? = nil) {
        self.english = english
        self.chinese = chinese
        self.vietnamese = vietnamese
        self.kind = kind
        self.country = country
        self.generic = generic
        self.source = source
        self.population = population
    }
}
