/// Bilingual sentence and name alignment (being written).
enum TriglotAlignPlaceholder {}
