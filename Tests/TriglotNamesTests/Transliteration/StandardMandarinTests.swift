import Testing
import TriglotText
@testable import TriglotNames

/// ICU's readings corrected by the 2013 PRC standard (Unihan kTGHZ2013,
/// `unihan/standard-mandarin.tsv`), and the curated rows that keep names right where the
/// standard alone would not (蕃, 町, 珲, 訾).
@Suite struct StandardMandarinTests {
    @Test func theTableListsEveryStandardReadingMostFrequentFirst() {
        // kHanyuPinlu counts shèng 54, chéng 43; kTGHZ2013's own (page) order is chéng, shèng.
        #expect(HanTables.shared.standardMandarin["盛"] == ["shèng", "chéng"])
        #expect(HanTables.shared.standardMandarin["帧"] == ["zhēn"])
    }

    @Test(arguments: [
        ("zhèng", "帧", "zhēn"),  // a reading the standard dropped: its reading instead
        ("luō", "罗", "luó"),     // the same letters in another tone: the tone corrected
        ("zi", "子", "zǐ"),       // neutral tone: the full reading
        ("shèng", "盛", "shèng"), // a reading the standard lists is kept
        ("zhe", "著", "zhù"),     // no reading with the same letters: the most frequent one
        ("qián", "乾", "qián"),   // a traditional character is outside the standard's table
    ])
    func readingsTheStandardDoesNotListAreReplaced(icu: String, character: Character, expected: String) {
        #expect(HanTables.shared.standardReading(icu, of: character) == expected)
    }

    @Test func tonesAreComparedWithoutTheirMarks() {
        #expect(HanTables.toneless("luō") == "luo")
        #expect(HanTables.toneless("lǜ") == "lü")
    }

    @Test(arguments: [("李帧", "Li Zhen"), ("阚泽", "Kan Ze"), ("王珩", "Wang Heng"), ("罗贯中", "Luo Guanzhong")])
    func personalNamesReadAsTheStandardReadsThem(name: String, expected: String) throws {
        #expect(try PinyinRomanizer().romanize(name, personal: true).text == expected)
    }

    @Test func aTraditionalCharacterTakesItsSimplifiedFormsStandardReadingOnlyWhenTheyReadAlike() throws {
        let romanizer = try PinyinRomanizer()
        #expect(romanizer.readings("李幀", personal: true)[1] == "zhēn")  // ICU reads 幀 and 帧 alike
        #expect(romanizer.readings("張乾", personal: true)[1] == "qián")  // 乾 is not 干 gān here
    }

    @Test func namesTheStandardAloneWouldMisread() throws {
        let romanizer = try PinyinRomanizer()
        // 訾: the standard keeps only zǐ; the surname is Zī.
        #expect(romanizer.readings("訾明", personal: true)[0] == "zī")
        // The standard keeps only bō (吐蕃) for 蕃; names keep fān.
        #expect(romanizer.romanize("陈蕃", personal: true).text == "Chen Fan")
        #expect(romanizer.romanize("吐蕃", personal: false).text == "Tubo")
        // The standard keeps only dīng for 町 and hún for 珲; Japanese names and 瑷珲 keep theirs.
        #expect(romanizer.romanize("室町", personal: false).text == "Shiting")
        #expect(romanizer.romanize("畹町", personal: false).text == "Wanding")
        #expect(romanizer.romanize("瑷珲", personal: false).text == "Aihui")
        #expect(romanizer.romanize("珲春", personal: false).text == "Hunchun")
    }
}
