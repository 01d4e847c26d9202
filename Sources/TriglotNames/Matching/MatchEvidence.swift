import TriglotText

/// Whether a glossary match found in running text is the name, judged from how it is written.
/// Folding away case and diacritics finds "Bui Thanh Son" and "BAGAN", but in Vietnamese it
/// also finds common words: "ảnh" (photo) is not "Anh" (Britain), "tác" is not "TAC", and
/// "nhân dân" (the people) is not the newspaper Nhân Dân. So in text, a match with diacritics
/// must carry the diacritics of one of the concept's forms, and a match without capitals must
/// be of a concept with a form without capitals. Chinese is taken as found.
public enum MatchEvidence {
    /// Whether `written` (as it is in the text) plausibly names `concept`; `exactKeys`, a cache
    /// of the exact keys worked out, for a caller judging many matches.
    public static func isPlausible(_ written: String, names concept: Concept, exactKeys: ExactKeyCache? = nil) -> Bool {
        let scalars = written.unicodeScalars
        if scalars.contains(where: \.isHanIdeograph) { return true }
        let forms = concept.allForms.map(\.form).filter { !$0.unicodeScalars.contains(where: \.isHanIdeograph) }
        if !scalars.contains(where: { $0.properties.isUppercase })
            && forms.allSatisfy({ $0.unicodeScalars.contains(where: { $0.properties.isUppercase }) }) {
            return false
        }
        if scalars.contains(where: { !$0.isASCII && $0.properties.isAlphabetic }) {
            let key = exactKeys?.key(written) ?? strictKey(written)
            return forms.contains { (exactKeys?.key($0) ?? strictKey($0)) == key }
        }
        return true
    }

    /// Case and tone-mark placement folded, diacritics kept, separators as NameFolder has them.
    private static func strictKey(_ text: String) -> String {
        NameFolder.exactKey(text)
    }
}
