import Testing
@testable import TriglotSummary

@Suite struct ByteTableTests {
    private func find(_ table: ByteTable, _ text: String) -> Int32? {
        Array(text.utf8).withUnsafeBufferPointer { table.find($0) }
    }

    @Test func numbersByteStringsInOrderAndFindsThemAgain() {
        var table = ByteTable(capacity: 2)
        var numbers: [String: Int32] = [:]
        // Enough entries to grow the table several times, some sharing prefixes.
        for word in (0..<5000).map({ "w\($0)" }) + ["Sơn", "Son", "sơn", ""] {
            numbers[word] = Array(word.utf8).withUnsafeBufferPointer { table.insert($0) }
        }
        #expect(table.count == 5004)
        for (word, number) in numbers { #expect(find(table, word) == number) }
        #expect(find(table, "w5000") == nil)
        #expect(find(table, "So") == nil)
    }

    @Test func termIndexGivesDenseIndicesInOrderOfFirstSight() {
        var index = TermIndex(capacity: 1)
        let keys: [UInt64] = [42, 7, 42, 1 << 63 | 5, 7, 0]
        let indices = keys.map { index.index(of: $0) }
        #expect(indices.map(\.index) == [0, 1, 0, 2, 1, 3])
        #expect(indices.map(\.added) == [true, true, false, true, false, true])
        #expect(index.count == 4)
        #expect(index.find(1 << 63 | 5) == 2)
        #expect(index.find(8) == nil)
        for key in 100..<3000 { _ = index.index(of: UInt64(key)) }
        #expect(index.find(2999) == Int32(4 + 2899))
        #expect(index.find(42) == 0)
    }
}
