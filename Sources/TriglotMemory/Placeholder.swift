/// The translation memory (being written).
enum TriglotMemoryPlaceholder {}
