/// A name in the source and its form in the target, found in aligned sentences.
public struct NamePair: Equatable, Sendable {
    /// Where a pair comes from.
    public enum Rule: String, Sendable {
        /// Both forms belong to one glossary concept.
        case glossary
        /// The English form is the pinyin of the Chinese one (Zhang Dongqiang ↔ 张东强).
        case pinyin
        /// The Vietnamese form is the Hán-Việt reading of the Chinese one (Bùi Thanh Sơn ↔ 裴青山).
        case hanViet = "han-viet"
        /// The English form is the Vietnamese one without diacritics (Bui Thanh Son ↔ Bùi Thanh Sơn).
        case unaccented
        /// Through Chinese: the Vietnamese form reads, in Hán-Việt, characters whose pinyin is the
        /// English form (Trương Đông Cường ↔ 张东强 ↔ Zhang Dongqiang).
        case throughChinese = "through-chinese"
        /// The English form is the Hán-Việt reading of the Chinese one without diacritics: a
        /// Vietnamese person written in Chinese (Nguyen Duy Ngoc ↔ 阮维玉).
        case hanVietUnaccented = "han-viet-unaccented"
    }

    /// The name as written in the source.
    public let source: String
    /// The name as written in the target.
    public let target: String
    /// The rule that paired them.
    public let rule: Rule
    /// The glossary concept: for known pairs, and for a proposal that gives a concept the form
    /// it lacks in one language.
    public let conceptID: String?
    /// How sure the pairing is, from 0 to 1: 1 for glossary pairs, the rule's confidence raised
    /// by every further sentence pair that shows it.
    public let score: Double
    /// The beads (indices into the alignment) whose sentences hold the pair.
    public let beads: [Int]
    /// For a pair matched through Chinese, the Chinese characters that tie its two forms.
    public let via: String?

    /// A pair of `source` and `target` found by `rule` in `beads`.
    public init(source: String, target: String, rule: Rule, conceptID: String?, score: Double, beads: [Int], via: String? = nil) {
        self.source = source
        self.target = target
        self.rule = rule
        self.conceptID = conceptID
        self.score = score
        self.beads = beads
        self.via = via
    }

    /// How often the pair occurs, one per bead.
    public var count: Int { beads.count }
    /// Whether the glossary knows the pair.
    public var isKnown: Bool { rule == .glossary }
}
