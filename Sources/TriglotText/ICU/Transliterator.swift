import CICU

/// An ICU transform, any ID ICU knows ("Han-Latin", "Latin-ASCII", "Any-NFC", compound IDs
/// such as "Han-Latin; Latin-ASCII"). Not thread-safe: give each thread its own.
public final class Transliterator {
    /// The transform ID as given.
    public let id: String
    private let handle: OpaquePointer

    /// Opens transform `id`, in reverse when `reverse` is true.
    public init(_ id: String, reverse: Bool = false) throws(TriglotTextError) {
        var status: Int32 = 0
        let units = Array(id.utf16)
        let opened = units.withUnsafeBufferPointer {
            tg_transform_open($0.baseAddress, Int32($0.count), reverse ? 1 : 0, &status)
        }
        guard !tgFailed(status), let opened else {
            throw .unknownTransform(id: id, status: icuErrorName(status))
        }
        self.id = id
        handle = opened
    }

    deinit { tg_transform_close(handle) }

    /// The transformed text.
    public func transform(_ text: String) throws(TriglotTextError) -> String {
        var units = Array(text.utf16)
        let length = units.count
        // Transforms such as Han-Latin lengthen text; start with room and retry when short.
        var capacity = max(16, length * 4)
        while true {
            var buffer = units
            buffer.append(contentsOf: repeatElement(0, count: capacity - length))
            var status: Int32 = 0
            var used = Int32(length)
            let needed = buffer.withUnsafeMutableBufferPointer {
                tg_transform_apply(handle, $0.baseAddress, &used, Int32(capacity), &status)
            }
            if Int(needed) > capacity {
                capacity = Int(needed) + 16
                continue
            }
            try checkICU(status, "utrans_transUChars(\(id))")
            units = Array(buffer.prefix(Int(used)))
            return String(decoding: units, as: UTF16.self)
        }
    }
}
