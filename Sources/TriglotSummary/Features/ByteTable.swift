import Foundation

/// An open-addressing hash table from byte strings to small integers (their order of insertion).
/// The summarizer looks up every token by its bytes; Swift's Dictionary would need a String per
/// token and hashes it with Unicode normalisation, which cost more than everything else.
struct ByteTable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var arena: [UInt8] = []
    private var mask: Int

    /// The number of byte strings held.
    var count: Int { hashes.count }

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// FNV-1a over the bytes, then a multiply to spread the low bits used for the slot.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash &* 0x9E37_79B9_7F4A_7C15
    }

    /// The number of `bytes`, or nil when they are not in the table.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if hashes[Int(entry)] == hash && lengths[Int(entry)] == bytes.count && matches(Int(entry), bytes) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `bytes` (which must not be in the table) and returns their number.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes)
        let number = Int32(hashes.count)
        hashes.append(hash)
        starts.append(arena.count)
        lengths.append(bytes.count)
        arena.append(contentsOf: bytes)
        place(number, hash: hash)
        return number
    }

    private mutating func place(_ number: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let start = starts[entry]
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, bytes.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (number, hash) in hashes.enumerated() { place(Int32(number), hash: hash) }
    }
}

/// An open-addressing hash table from 64-bit terms to dense indices (0, 1, 2… in order of
/// insertion), for numbering a document's terms without hashing through Swift's Hasher.
struct TermIndex {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// The number of terms held.
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The index of `key`, adding it when new; `added` tells which.
    @inline(__always)
    mutating func index(of key: UInt64) -> (index: Int32, added: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        var position = slot(key)
        while values[position] >= 0 {
            if keys[position] == key { return (values[position], false) }
            position = (position + 1) & mask
        }
        keys[position] = key
        values[position] = Int32(count)
        count += 1
        return (Int32(count - 1), true)
    }

    /// The index of `key`, or nil.
    func find(_ key: UInt64) -> Int32? {
        var position = slot(key)
        while values[position] >= 0 {
            if keys[position] == key { return values[position] }
            position = (position + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
            var position = slot(key)
            while values[position] >= 0 { position = (position + 1) & mask }
            keys[position] = key
            values[position] = value
        }
    }
}
