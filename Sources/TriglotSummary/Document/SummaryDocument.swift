import TriglotText

/// A document to summarize: the ``Document`` every workflow shares (the name it had when it
/// lived here).
public typealias SummaryDocument = Document
