/// Placement of Vietnamese tone marks. The same syllable is written with the mark on different
/// vowels (hoà/hòa, thuỷ/thủy, khoẻ/khỏe); matching needs one placement.
enum VietnameseTone {
    /// Combining tone marks: grave, acute, tilde, hook above, dot below.
    static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
    /// Combining marks that change a vowel's quality: circumflex, breve, horn.
    static let qualityMarks: Set<UInt32> = [0x0302, 0x0306, 0x031B]

    /// The decomposed syllable with its one tone mark moved to the traditional position:
    /// a vowel with a quality mark first (the last such, as in ươ); otherwise the last vowel
    /// of a closed syllable; otherwise the first of two vowels or the middle of three.
    static func canonicalPlacement(_ syllable: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let tones = syllable.filter { toneMarks.contains($0.value) }
        guard tones.count == 1, let tone = tones.first else { return syllable }
        let bare = syllable.filter { !toneMarks.contains($0.value) }

        // Vowel letters with their quality marks, as (index in `bare`, has quality mark).
        var vowels: [(index: Int, quality: Bool)] = []
        var firstVowelRunEnd = -1
        for (index, scalar) in bare.enumerated() {
            if isVowel(scalar) {
                if firstVowelRunEnd >= 0 && index > firstVowelRunEnd { break }
                vowels.append((index, false))
                firstVowelRunEnd = index + 1
            } else if qualityMarks.contains(scalar.value), !vowels.isEmpty, firstVowelRunEnd == index {
                vowels[vowels.count - 1].quality = true
                firstVowelRunEnd = index + 1
            } else if !vowels.isEmpty {
                break
            }
        }
        guard !vowels.isEmpty else { return syllable }
        // "qu" and "gi" before another vowel: the u or i belongs to the consonant.
        if vowels.count > 1, vowels[0].index == 1, !vowels[0].quality {
            let initial = lower(bare[0]), glide = lower(bare[1])
            if (initial == "q" && glide == "u") || (initial == "g" && glide == "i") { vowels.removeFirst() }
        }
        let closed = firstVowelRunEnd < bare.count
        let carrier: Int
        if let marked = vowels.last(where: { $0.quality }) {
            carrier = marked.index
        } else if closed {
            carrier = vowels[vowels.count - 1].index
        } else {
            carrier = vowels[vowels.count == 3 ? 1 : 0].index
        }
        var result = bare
        var insertAt = carrier + 1
        while insertAt < result.count && qualityMarks.contains(result[insertAt].value) { insertAt += 1 }
        result.insert(tone, at: insertAt)
        return result
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Character {
        Character(scalar).lowercased().first ?? Character(scalar)
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y": return true
        default: return false
        }
    }
}
