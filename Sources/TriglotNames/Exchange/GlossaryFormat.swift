/// The formats glossaries are exported to and imported from.
public enum GlossaryFormat: String, CaseIterable, Sendable {
    /// TBX, ISO 30042:2019, TBX-Basic dialect, DCA style (`<tbx>`, `conceptEntry`, `langSec`, `termSec`).
    case tbx
    /// TBX v2 (ISO 30042:2008, `<martif>`, `termEntry`, `langSet`, `tig`), for older tools.
    case tbx2
    /// TMX 1.4b translation memory, one translation unit per concept.
    case tmx
    /// Comma-separated values (RFC 4180) with a header, one row per concept.
    case csv
    /// The glossary format itself (glossaries/FORMAT.md).
    case tsv
    /// A JSON array of objects, one per concept.
    case json

    /// The usual file extension.
    public var fileExtension: String { self == .tbx2 ? "tbx" : rawValue }

    /// The format a file name's extension implies (`.tbx` is read as either TBX version), or nil.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "tbx": self = .tbx
        case "tmx": self = .tmx
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        default: return nil
        }
    }

    /// The format `bytes` look like: XML by its root element, JSON by a leading `[`, and the
    /// glossary format when the first line that is not a comment holds a tab; CSV otherwise.
    public static func detect(_ bytes: [UInt8]) -> GlossaryFormat {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return .tsv }
        if bytes[index] == UInt8(ascii: "[") { return .json }
        if bytes[index] == UInt8(ascii: "<") {
            // The root is the first tag outside comments that does not start with ! or ? (declaration, DOCTYPE).
            var cursor = index
            while cursor < bytes.count {
                if bytes[cursor...].starts(with: "<!--".utf8) {
                    cursor += 4
                    while cursor < bytes.count && !bytes[cursor...].starts(with: "-->".utf8) { cursor += 1 }
                    continue
                }
                if bytes[cursor] == UInt8(ascii: "<"), cursor + 1 < bytes.count,
                   bytes[cursor + 1] != UInt8(ascii: "!"), bytes[cursor + 1] != UInt8(ascii: "?") {
                    let name = bytes[(cursor + 1)...].prefix { ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains($0) }
                    let local = String(decoding: name, as: UTF8.self).split(separator: ":").last ?? ""
                    return local == "tmx" ? .tmx : .tbx
                }
                cursor += 1
            }
            return .tbx
        }
        // LF, CRLF and a lone CR all end lines (empty pieces between CR and LF are dropped).
        for line in bytes[index...].split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) where !line.starts(with: [UInt8(ascii: "#")]) {
            return line.contains(0x09) ? .tsv : .csv
        }
        return .tsv
    }
}
