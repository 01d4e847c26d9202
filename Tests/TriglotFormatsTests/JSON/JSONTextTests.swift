import Foundation
import Testing
@testable import TriglotFormats

@Suite struct JSONTextTests {
    /// The escaping as RFC 8259 and JavaScript state it, scalar by scalar.
    private func reference(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let digits = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    @Test func escapesAsTheStandardsSay() {
        #expect(JSONText.quoted("a \"b\" \\ c\n\u{1}\u{1f}") == #""a \"b\" \\ c\n\u0001\u001f""#)
        #expect(JSONText.quoted("line\u{2028}para\u{2029}end") == #""line\u2028para\u2029end""#)
        #expect(JSONText.quoted("河内 — Hà Nội “quoted” €") == "\"河内 — Hà Nội “quoted” €\"")
        #expect(JSONText.quoted("") == "\"\"")
        #expect(JSONText.quoted("<script>".dropFirst()) == "\"script>\"")
    }

    @Test func randomTextIsEscapedAsScalarByScalar() throws {
        var random = SystemRandomNumberGenerator()
        // Characters around every escape, U+2000–U+202F (E2 80 xx) among them, and the rest of UTF-8's lengths.
        let pool: [Unicode.Scalar] = (0...0x7F).compactMap(Unicode.Scalar.init)
            + (0x2000...0x202F).compactMap(Unicode.Scalar.init)
            + ["é", "ệ", "王", "€", "\u{1F600}", "\u{E000}", "\u{FFFD}"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &random) { text.unicodeScalars.append(pool.randomElement(using: &random)!) }
            let quoted = JSONText.quoted(text)
            #expect(quoted == reference(text))
            // And JSON reads it back as it was.
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            #expect(decoded == [text])
        }
    }

    @Test func fixedDecimalsAreWhatStringFormatWrites() {
        var random = SystemRandomNumberGenerator()
        // Ties at every number of places (0.125, 2.5), magnitudes from 1e-9 to 1e300, signs, zero.
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.00005, 1e300, -1e300, .greatestFiniteMagnitude, 1e-9]
        for _ in 0..<3_000 {
            let exponent = Double.random(in: -9...300, using: &random)
            values.append((Bool.random(using: &random) ? 1 : -1) * Double.random(in: 1..<10, using: &random) * pow(10, exponent))
            values.append(Double(Int.random(in: -100_000...100_000, using: &random)) / 1024)
        }
        for value in values {
            for places in [0, 1, 2, 3, 4, 6, 17] {
                #expect(JSONText.fixed(value, places: places) == String(format: "%.\(places)f", value), "\(value) at \(places)")
            }
        }
    }
}
