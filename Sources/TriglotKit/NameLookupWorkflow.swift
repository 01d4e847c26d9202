import TriglotNames
import TriglotText

/// Names looked up (`triglot names NAME…`, or one per input line): each name's forms in the
/// three languages, from the glossary first, then the dictionaries and transliteration rules.
public struct NameLookupWorkflow {
    /// The resolver the lookups go through.
    public let resolver: NameResolver

    /// A workflow over `resolver`'s glossary, dictionaries and rules.
    public init(resolver: NameResolver) {
        self.resolver = resolver
    }

    /// A workflow over `glossary` (see ``GlossarySet``) and the shipped dictionaries and rules.
    public init(glossary: Glossary, folder: NameFolder) {
        resolver = NameResolver(glossary: glossary, folder: folder)
    }

    /// The forms of `name` (white space around it ignored), read as `policy` says (detected from
    /// its letters unless given), steered by `kind` when known.
    public func run(_ name: String, policy: LanguagePolicy = .detect, kind: NameKind? = nil) -> NameLookup {
        let language: Language? = if case let .given(language) = policy { language } else { nil }
        return resolver.lookup(name, from: language, kind: kind)
    }

}
