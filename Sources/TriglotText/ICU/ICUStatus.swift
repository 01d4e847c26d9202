import CICU

/// Whether an ICU status code means failure.
@inline(__always)
func tgFailed(_ status: Int32) -> Bool { tg_failed(status) != 0 }

/// ICU's symbolic name for a status code.
func icuErrorName(_ status: Int32) -> String { String(cString: tg_error_name(status)) }

/// Facts about the ICU library Triglot runs on.
package enum ICU {
    /// ICU's version string, e.g. "72.1".
    package static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        tg_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
