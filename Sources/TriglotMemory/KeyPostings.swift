import Foundation
import GRDB

/// Which variants hold each ``MemorySketch`` key: the `variant_key` table, one row per block of
/// a key's variant ids, in increasing order, the gaps between them as varints.
///
/// A search reads twelve keys of up to ``MemorySketch/commonKey`` variants each. Kept as words
/// of a full-text index (the table before this one), each id cost a step of SQLite's virtual
/// machine and a round trip through text: a third of a search at a million units. Here a key is
/// one B-tree seek and a few blobs of about a hundred ids each, decoded in place.
///
/// Ids grow (a variant's id is above every earlier one), so adding appends to a key's last
/// block, or starts a new one when that is full.
enum KeyPostings {
    /// The table, its key and block start the primary key (`WITHOUT ROWID`: the blocks of a key
    /// lie together, in order).
    static let table = "variant_key"

    /// A block takes no more ids once its gaps fill this many bytes: small enough to stay within
    /// a B-tree page, large enough that a common key is a few rows.
    static let blockBytes = 256

    /// Creates the empty table.
    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE \(table) (key INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,
                                   gaps BLOB NOT NULL, PRIMARY KEY (key, first)) WITHOUT ROWID
            """)
    }

    /// Adds each key's ids (in increasing order) to the table; ids it holds already are kept once.
    static func append(_ pending: [Int64: [Int64]], in db: Database) throws {
        let lastBlock = try db.cachedStatement(sql: "SELECT first, last, gaps FROM \(table) WHERE key = ? ORDER BY first DESC LIMIT 1")
        let update = try db.cachedStatement(sql: "UPDATE \(table) SET last = ?, gaps = ? WHERE key = ? AND first = ?")
        // In key order, so that consecutive writes touch neighbouring pages.
        for key in pending.keys.sorted() {
            var ids = pending[key]![...]
            guard zip(ids, ids.dropFirst()).allSatisfy({ $0 < $1 }) else {
                try rewrite(key, adding: ids, in: db)  // never from this module: kept whole all the same
                continue
            }
            if let row = try Row.fetchOne(lastBlock, arguments: [key]) {
                let first: Int64 = row[0], last: Int64 = row[1]
                guard let next = ids.first, next > last else {
                    // An id at or below one the key holds: SQLite reuses the id of the newest
                    // row once it is deleted (by hand: the memory never deletes).
                    try rewrite(key, adding: ids, in: db)
                    continue
                }
                var gaps: [UInt8] = try row.withUnsafeData(atIndex: 2) { $0.map { Array($0) } ?? [] }
                if gaps.count < blockBytes {
                    var end = last
                    fill(&gaps, end: &end, from: &ids)
                    try update.execute(arguments: [end, Data(gaps), key, first])
                }
            }
            try insertBlocks(key, ids, in: db)
        }
    }

    /// Writes `ids` (increasing) as new blocks of `key`.
    private static func insertBlocks(_ key: Int64, _ ids: ArraySlice<Int64>, in db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO \(table) (key, first, last, gaps) VALUES (?, ?, ?, ?)")
        var ids = ids
        while let first = ids.first {
            ids = ids.dropFirst()
            var gaps: [UInt8] = [], end = first
            fill(&gaps, end: &end, from: &ids)
            try insert.execute(arguments: [key, first, end, Data(gaps)])
        }
    }

    /// Moves ids (increasing, above `end`) from the front of `ids` into the block whose `gaps`
    /// end at `end`, until the block is full.
    private static func fill(_ gaps: inout [UInt8], end: inout Int64, from ids: inout ArraySlice<Int64>) {
        while gaps.count < blockBytes, let id = ids.first {
            appendVarint(UInt64(id - end), to: &gaps)
            end = id
            ids = ids.dropFirst()
        }
    }

    /// Makes the blocks of `key` again with the ids it holds and `adding`, each once, in order.
    private static func rewrite(_ key: Int64, adding: ArraySlice<Int64>, in db: Database) throws {
        var all = Set(adding)
        for row in try Row.fetchAll(db, sql: "SELECT first, gaps FROM \(table) WHERE key = ?", arguments: [key]) {
            let first: Int64 = row[0]
            all.insert(first)
            try row.withUnsafeData(atIndex: 1) { decode($0, from: first) { all.insert($0) } }
        }
        try db.execute(sql: "DELETE FROM \(table) WHERE key = ?", arguments: [key])
        try insertBlocks(key, all.sorted()[...], in: db)
    }

    /// Up to `limit` ids holding `key`, the newest first: the last blocks only are read.
    static func ids(_ db: Database, key: Int64, limit: Int) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: "SELECT first, gaps FROM \(table) WHERE key = ? ORDER BY first DESC")
        var ids: [Int64] = [], block: [Int64] = []
        let rows = try Row.fetchCursor(statement, arguments: [key])
        while ids.count < limit, let row = try rows.next() {
            let first: Int64 = row[0]
            block.removeAll(keepingCapacity: true)
            block.append(first)
            try row.withUnsafeData(atIndex: 1) { decode($0, from: first) { block.append($0) } }
            ids.append(contentsOf: block.reversed().prefix(limit - ids.count))
        }
        return ids
    }

    /// Calls `body` with each id of a block's `gaps` after its first id `first`.
    static func decode(_ gaps: Data?, from first: Int64, _ body: (Int64) -> Void) {
        guard let gaps else { return }
        gaps.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var id = first, value: UInt64 = 0, shift: UInt64 = 0
            for byte in bytes {
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 {
                    id &+= Int64(bitPattern: value)
                    body(id)
                    value = 0
                    shift = 0
                } else {
                    shift += 7
                }
            }
        }
    }

    /// LEB128: seven bits a byte, the high bit set on all but the last.
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}
