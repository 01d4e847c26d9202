import Testing
@testable import TriglotEvaluation

@Suite struct PorterStemmerTests {
    private let original = PorterStemmer(mode: .original)
    private let extended = PorterStemmer(mode: .nltkExtensions)

    // The paper's own examples, step by step; both variants agree on them. Expected stems are
    // NLTK's outputs (nltk 3.10.4) for these words.
    private static let sharedPairs: [(String, String)] = [
        ("caresses", "caress"), ("ponies", "poni"), ("caress", "caress"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"),
        ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"),
        ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"),
        ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"),
        ("happy", "happi"), ("sky", "sky"), ("relational", "relat"), ("conditional", "condit"),
        ("rational", "ration"), ("valenci", "valenc"), ("hesitanci", "hesit"), ("digitizer", "digit"),
        ("conformabli", "conform"), ("radicalli", "radic"), ("differentli", "differ"), ("vileli", "vile"),
        ("analogousli", "analog"), ("vietnamization", "vietnam"), ("predication", "predic"),
        ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"),
        ("sensibiliti", "sensibl"), ("triplicate", "triplic"), ("formative", "form"),
        ("formalize", "formal"), ("electriciti", "electr"), ("electrical", "electr"), ("hopeful", "hope"),
        ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"),
        ("airliner", "airlin"), ("gyroscopic", "gyroscop"), ("adjustable", "adjust"),
        ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"),
        ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"), ("homologou", "homolog"),
        ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"),
        ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"),
        ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
        ("generalizations", "gener"), ("oscillators", "oscil"), ("spied", "spi"), ("fluently", "fluentli"),
        ("syzygy", "syzygi"), ("1990s", "1990"), ("by", "by"),
    ]

    @Test func paperExamplesInBothModes() {
        for (word, stem) in Self.sharedPairs {
            #expect(original.stem(word) == stem, "original: \(word)")
            #expect(extended.stem(word) == stem, "nltk: \(word)")
        }
    }

    // Where the variants part: irregular forms, -ies/-ied on four letters, Y after a vowel,
    // -BLI, -LOGI, two-letter words, and the two-letter *o.
    @Test func variantsDifferWhereNLTKSaysTheyDo() {
        let pairs: [(word: String, original: String, nltk: String)] = [
            ("ties", "ti", "tie"), ("lies", "li", "lie"), ("dying", "dy", "die"), ("news", "new", "news"),
            ("innings", "in", "inning"), ("proceed", "proce", "proceed"), ("enjoy", "enjoi", "enjoy"),
            ("try", "try", "tri"), ("says", "sai", "say"), ("analogi", "analogi", "analog"),
            ("possibly", "possibli", "possibl"), ("owed", "ow", "owe"), ("is", "i", "is"), ("as", "a", "as"),
            ("yyy", "yyi", "yyy"),
        ]
        for pair in pairs {
            #expect(original.stem(pair.word) == pair.original, "original: \(pair.word)")
            #expect(extended.stem(pair.word) == pair.nltk, "nltk: \(pair.word)")
        }
    }

    @Test func lowercasesFirst() {
        #expect(extended.stem("Generalizations") == "gener")
        #expect(original.stem("HOPPING") == "hop")
    }

    @Test func emptyAndShortWordsSurvive() {
        #expect(extended.stem("") == "")
        #expect(original.stem("") == "")
        #expect(extended.stem("a") == "a")
        #expect(original.stem("s") == "")
    }

    @Test func asciiPathMatchesStringPath() {
        for (word, _) in Self.sharedPairs {
            #expect(String(decoding: extended.stem(ascii: Array(word.utf8)), as: UTF8.self) == extended.stem(word))
        }
    }
}
