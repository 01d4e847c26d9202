/// Unihan's kMandarin reading of each character (`unihan/mandarin.tsv`, the first where the PRC
/// and Taiwan readings differ), parsed on first use: the everyday reading a transliterator gives.
enum MandarinTable {
    /// Character → its customary reading, with tone marks.
    static let first: [Character: String] = {
        var table: [Character: String] = [:]
        table.reserveCapacity(42_000)
        for line in EmbeddedText.mandarin.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t"), let character = line[..<tab].first else { continue }
            let readings = line[line.index(after: tab)...]
            table[character] = String(readings.prefix { $0 != " " }).nfc
        }
        return table
    }()
}
