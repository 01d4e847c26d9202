import Foundation
import GRDB
import Testing
@testable import TriglotMemory

/// The key table: ids in blocks of gaps, appended across transactions, read newest first.
@Suite struct KeyPostingsTests {
    private func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in try KeyPostings.create(in: db) }
        return queue
    }

    @Test func varintsRoundTripEveryWidth() {
        var random = SystemRandomNumberGenerator()
        var ids: [Int64] = [1_000]
        for shift in [0, 6, 7, 13, 14, 20, 21, 35, 50, 61] {
            ids.append(ids.last! + 1 + Int64(UInt64.random(in: 0..<(1 << UInt64(shift)), using: &random)))
        }
        var gaps: [UInt8] = []
        for (previous, id) in zip(ids, ids.dropFirst()) { KeyPostings.appendVarint(UInt64(id - previous), to: &gaps) }
        var decoded = [ids[0]]
        KeyPostings.decode(Data(gaps), from: ids[0]) { decoded.append($0) }
        #expect(decoded == ids)
        var one: [UInt8] = []
        KeyPostings.appendVarint(127, to: &one)
        KeyPostings.appendVarint(128, to: &one)
        #expect(one == [0x7F, 0x80, 0x01])
    }

    @Test func idsComeBackNewestFirstAcrossBlocksAndAppends() throws {
        let queue = try database()
        // Two keys, ids added in three transactions: the last block of a key is continued,
        // full blocks are followed by new ones.
        var expected: [Int64: [Int64]] = [7: [], -9: []]
        var next: Int64 = 1
        for batch in [3, 700, 2] {
            var pending: [Int64: [Int64]] = [:]
            for _ in 0..<batch {
                let key: Int64 = next % 3 == 0 ? -9 : 7
                pending[key, default: []].append(next)
                expected[key]!.append(next)
                next += Int64(1 + next % 400)  // gaps of one and two bytes
            }
            try queue.write { db in try KeyPostings.append(pending, in: db) }
        }
        try queue.read { db in
            for (key, ids) in expected {
                #expect(try KeyPostings.ids(db, key: key, limit: 10_000) == Array(ids.reversed()))
                #expect(try KeyPostings.ids(db, key: key, limit: 5) == Array(ids.reversed().prefix(5)))
            }
            #expect(try KeyPostings.ids(db, key: 8, limit: 10).isEmpty)
            // Blocks stay within their size, and a key's ids take few rows.
            let sizes = try Int.fetchAll(db, sql: "SELECT length(gaps) FROM \(KeyPostings.table)")
            #expect(sizes.allSatisfy { $0 < KeyPostings.blockBytes + 10 })
            #expect(sizes.count <= 12)
        }
    }

    /// SQLite gives a new row the id of the newest one once that is deleted (by hand: the memory
    /// never deletes), so an id may come at or below those a key holds: the key's blocks are
    /// made again, each id once, rather than the add failing on a duplicate block.
    @Test func anIdAtOrBelowTheKeysLastIsMergedIn() throws {
        let queue = try database()
        try queue.write { db in try KeyPostings.append([1: Array(stride(from: 10, through: 2_000, by: 10))], in: db) }
        try queue.write { db in try KeyPostings.append([1: [2_000, 2_005], 2: [8, 3, 8]], in: db) }
        let (newest, all, other) = try queue.read { db in
            (try KeyPostings.ids(db, key: 1, limit: 3), try KeyPostings.ids(db, key: 1, limit: 10_000), try KeyPostings.ids(db, key: 2, limit: 10))
        }
        #expect(newest == [2_005, 2_000, 1_990])
        #expect(all.count == 201 && Set(all).count == 201)
        #expect(other == [8, 3])
    }
}
