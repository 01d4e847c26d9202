/// Unihan's kMandarin reading of each character (`unihan/mandarin.tsv`, the first where the PRC
/// and Taiwan readings differ), found where it lies in the table: the everyday reading a
/// transliterator gives.
enum MandarinTable {
    /// Character → its customary reading, with tone marks.
    static let first = CharacterTable<String>(EmbeddedText.mandarin) { _, column in
        String(column.prefix { $0 != " " }).nfc
    }
}
