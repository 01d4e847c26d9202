import Foundation
import GRDB

/// A translation memory in one SQLite file (WAL mode), safe to share between processes.
///
/// Tables: `unit` (provenance, creation date, a fingerprint so a unit imported twice is stored
/// once), `variant` (one row per language of a unit), `variant_index`, a contentless FTS5 table
/// over each variant's search key (rowid = variant id), `term`, how many variants hold each
/// key term, and `variant_key`, the variants holding each ``MemorySketch`` key and exact key
/// (``KeyPostings``). Search
/// finds its candidates through the sketch keys (``CandidateQuery`` and the word index for
/// queries of one or two terms), puts variants with the query's own text first, and scores
/// them with ``MatchScore``, without a scan.
public final class TranslationMemory: Sendable {
    /// The database file.
    public let path: String
    private let connection: Connection

    /// How the file is open: for writing, or only for reading (see ``ReadOnlyDatabase``).
    private enum Connection: Sendable {
        case writable(DatabasePool)
        case readOnly(ReadOnlyDatabase)
    }

    /// `$XDG_DATA_HOME/triglot/memory.sqlite`, or `~/.local/share/triglot/memory.sqlite`.
    public static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/triglot/memory.sqlite"
    }

    /// Opens the memory at `path`. For writing (the default) a missing file is created, with
    /// its folder; `readOnly` opens an existing memory only to read it, creating nothing, so
    /// that a mistyped path is reported and a read-only file or folder can be searched.
    /// A file that is an SQLite database without the memory's tables is refused untouched.
    /// `notice` is told, before it starts, of work that makes the opening slow: a memory made
    /// by an earlier version getting its search keys (about two minutes per million units).
    public init(path: String = TranslationMemory.defaultPath, readOnly: Bool = false,
                notice: (@Sendable (String) -> Void)? = nil) throws(MemoryError) {
        self.path = path
        guard !path.isEmpty else {
            throw readOnly ? .missing(path: path) : .unwritable(path: path, reason: "no file name given")
        }
        connection = readOnly
            ? .readOnly(try Self.openForReading(path: path))
            : .writable(try Self.openForWriting(path: path, notice: notice))
    }

    /// The memory at `path` for reading, after checking that it is one.
    private static func openForReading(path: String) throws(MemoryError) -> ReadOnlyDatabase {
        // An empty file is what SQLite leaves after opening a missing path: no memory either.
        guard let file = FileSnapshot(path: path), file.isRegularFile, file.size != 0 else { throw .missing(path: path) }
        let database: ReadOnlyDatabase
        let contents: MemorySchema.Contents
        do {
            database = try ReadOnlyDatabase(path: path)
            contents = try database.read(MemorySchema.contents)
        } catch {
            throw failure(error, path: path)
        }
        switch contents {
        case .memory: return database
        case .empty: throw .missing(path: path)
        case .foreign: throw .foreignDatabase(path: path)
        }
    }

    /// The memory at `path` for reading and writing, created when missing or empty.
    private static func openForWriting(path: String, notice: (@Sendable (String) -> Void)?) throws(MemoryError) -> DatabasePool {
        if let file = FileSnapshot(path: path), file.size != 0 {
            // Another program's database is recognized before SQLite opens it for writing:
            // switching it to WAL mode alone would change its header. Whatever keeps this look
            // from succeeding (not a database at all) is reported by the opening below.
            if (try? ReadOnlyDatabase(path: path).read(MemorySchema.contents)) == .foreign {
                throw .foreignDatabase(path: path)
            }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: path, reason: "cannot create the folder \(folder)")
        }
        var configuration = Configuration()
        // Another process may hold the write lock for a whole import; wait for it rather than fail.
        configuration.busyMode = .timeout(600)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Search reads pages all over a large memory: mapped, they cost no read() each.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            // An import writes each of its variants' keys into a B-tree of millions of blocks:
            // 200,000 units went in at 5,040 units/s with 64 MB of cache, 4,460 with SQLite's
            // default 2 MB (one run each).
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            let pool = try Self.open(path: path, configuration: configuration)
            // The schema is made in an IMMEDIATE transaction, so two processes creating the
            // same memory at once take turns (the second finds the tables there); a memory made
            // by an earlier version already has them. The tables are looked for again here, as
            // another program may have made its own since the look above.
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    switch try MemorySchema.contents(of: db) {
                    case .memory:
                        if try MemorySchema.sketchState(db) != .complete {
                            notice?("\(path) was made by an earlier version: making its search keys again (once, about two minutes per million units)")
                            try MemorySchema.addSketches(in: db)
                        }
                    case .empty: try MemorySchema.create(in: db)
                    case .foreign: throw ForeignDatabase()
                    }
                    return .commit
                }
            }
            return pool
        } catch is ForeignDatabase {
            throw .foreignDatabase(path: path)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_PERM {
                throw .unwritable(path: path, reason: error.message ?? "\(error.resultCode)")
            }
            throw .database(path: path, reason: Self.reason(error))
        } catch {
            throw .database(path: path, reason: "\(error)")
        }
    }

    /// Thrown inside the schema transaction to roll it back when the file is not a memory.
    private struct ForeignDatabase: Error {}

    /// The pool at `path`. Two processes creating the same memory at once both switch it to
    /// WAL, and SQLite may answer "database is locked" at once there, without waiting for the
    /// busy timeout: such an opening is tried again for up to about ten seconds.
    private static func open(path: String, configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < 100 {
                attempt += 1
                usleep(useconds_t(20_000 + Int.random(in: 0..<80_000)))
            }
        }
    }

    /// How many units and variants the memory holds.
    public func counts() throws(MemoryError) -> (units: Int, variants: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM variant") ?? 0)
        }
    }

    /// Adds `units` in one transaction: all are stored or, on any failure (or a kill), none.
    /// Units with fewer than one variant are skipped; a unit already stored is not stored again.
    /// Returns how many were new.
    @discardableResult
    public func add(_ units: [TranslationUnit]) throws(MemoryError) -> Int {
        let stamp = ISO8601DateFormatter().string(from: Date())
        guard case let .writable(pool) = connection else { throw .unwritable(path: path, reason: "the memory was opened read-only") }
        return try perform { try pool.write { db in
            let insertUnit = try db.makeStatement(sql: "INSERT OR IGNORE INTO unit (fingerprint, source, created) VALUES (?, ?, ?)")
            let insertVariant = try db.makeStatement(sql: "INSERT INTO variant (unit, lang, text) VALUES (?, ?, ?)")
            let insertIndex = try db.makeStatement(sql: "INSERT INTO variant_index (rowid, key) VALUES (?, ?)")
            let countTerm = try db.makeStatement(sql: "INSERT INTO term (text, units) VALUES (?, ?) ON CONFLICT (text) DO UPDATE SET units = units + excluded.units")
            var termCounts: [String: Int] = [:]
            var keys: [Int64: [Int64]] = [:]
            let formatter = ISO8601DateFormatter()
            var added = 0
            for unit in units where !unit.variants.isEmpty {
                let created = unit.created.map { formatter.string(from: $0) } ?? stamp
                try insertUnit.execute(arguments: [unit.fingerprint, unit.source, created])
                guard db.changesCount == 1 else { continue }
                let unitID = db.lastInsertedRowID
                for variant in unit.variants {
                    try insertVariant.execute(arguments: [unitID, variant.language, variant.text])
                    let terms = CandidateQuery.terms(of: variant.text)
                    for term in terms { termCounts[term, default: 0] += 1 }
                    let variantID = db.lastInsertedRowID
                    try insertIndex.execute(arguments: [variantID, terms.joined(separator: " ")])
                    for key in MemorySketch.keys(terms: terms, text: variant.text) { keys[key, default: []].append(variantID) }
                }
                added += 1
            }
            for (term, count) in termCounts { try countTerm.execute(arguments: [term, count]) }
            try KeyPostings.append(keys, in: db)
            if added >= 1_000, let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit"), added * 10 >= total {
                try MemorySchema.optimizeIndexes(in: db)
            }
            return added
        } }
    }

    /// Every unit, in the order added.
    public func allUnits() throws(MemoryError) -> [TranslationUnit] {
        try read { db in
            var units: [TranslationUnit] = []
            var byID: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, source, created FROM unit ORDER BY id") {
                let id: Int64 = row[0]
                byID[id] = units.count
                units.append(TranslationUnit(id: id, variants: [], source: row[1], created: (row[2] as String?).flatMap(UnitTimestamp.date)))
            }
            let cursor = try Row.fetchCursor(db, sql: "SELECT unit, lang, text FROM variant ORDER BY id")
            while let row = try cursor.next() {
                if let index = byID[row[0]] { units[index].variants.append(Variant(language: row[1], text: row[2])) }
            }
            return units
        }
    }

    /// The best matches for `text` at or above `minimum` percent, best first; only variants in
    /// `language` (and its subtags) when given; at most `candidates` index hits are scored.
    /// `sketches: false` finds candidates through the word index alone, as before sketches.
    public func search(_ text: String, language: String? = nil, minimum: Int = 70, limit: Int = 10,
                       candidates: Int = 150, sketches: Bool = true) throws(MemoryError) -> [MemoryMatch] {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty, limit > 0 else { return [] }
        return try read { db in
            let terms = CandidateQuery.terms(of: query)
            let state = sketches ? try MemorySchema.sketchState(db) : .none
            var found = state == .complete && terms.count >= MemorySketch.minimumTerms
                ? try sketchCandidates(db, terms: terms, language: language, candidates: candidates)
                : try indexCandidates(db, query: query, terms: terms, language: language, candidates: candidates)
            if state == .complete {
                // The query's own text first, wherever the keys ranked it (or missed it).
                let exact = try exactCandidates(db, query: query, language: language, candidates: candidates)
                let ids = Set(exact.map(\.variantID))
                found = exact + found.filter { !ids.contains($0.variantID) }
            }
            var best: [Int64: (Variant, Int)] = [:]
            let scorer = MatchScore.Scorer(query)
            // Once `limit` units are found, a candidate must reach the lowest of them to matter:
            // asking the scorer for that much lets it give up on a poor candidate early. (Kept
            // at most 94: above it, bands lift minor differences over what the cost allows.)
            var top: [Int] = []  // the best `limit` scores, ascending; a unit's earlier score may linger, only lowering the floor
            for candidate in found {
                let floor = top.count >= limit ? max(minimum, min(94, top[0])) : minimum
                guard let score = scorer.percentage(candidate.variant.text, minimum: floor) else { continue }
                if let seen = best[candidate.unitID], seen.1 >= score { continue }
                if best[candidate.unitID] == nil {
                    top.insert(score, at: top.firstIndex { $0 > score } ?? top.count)
                    if top.count > limit { top.removeFirst() }
                }
                best[candidate.unitID] = (candidate.variant, score)
            }
            let ranked = best.sorted { ($0.value.1, -$0.key) > ($1.value.1, -$1.key) }.prefix(limit)
            let unitRow = try db.cachedStatement(sql: "SELECT source, created FROM unit WHERE id = ?")
            let variantRows = try db.cachedStatement(sql: "SELECT lang, text FROM variant WHERE unit = ? ORDER BY id")
            return try ranked.map { unitID, hit in
                let row = try Row.fetchOne(unitRow, arguments: [unitID])
                let variants = try Row.fetchAll(variantRows, arguments: [unitID])
                    .map { Variant(language: $0[0], text: $0[1]) }
                let unit = TranslationUnit(id: unitID, variants: variants, source: row?[0],
                                           created: (row?[1] as String?).flatMap(UnitTimestamp.date))
                return MemoryMatch(unit: unit, matched: hit.0, percentage: hit.1)
            }
        }
    }

    /// A variant worth scoring: its id, its unit's and its text.
    private typealias Candidate = (variantID: Int64, unitID: Int64, variant: Variant)

    /// Up to `candidates` variants sharing the most ``MemorySketch`` keys with a query of
    /// `terms`, most first (newest first among equals), in `language` when given.
    private func sketchCandidates(_ db: Database, terms: [String], language: String?, candidates: Int) throws -> [Candidate] {
        // At most `commonKey` rows, the newest: a key held by more (a pair of words as common
        // as "the" and "of") tells little and its votes are dropped, unless every key is that
        // common (a sentence repeated thousands of times): then its newest rows count.
        var votes: [Int64] = []
        var common: [[Int64]] = []
        for key in MemorySketch.keys(terms: terms) {
            let rows = try KeyPostings.ids(db, key: key, limit: MemorySketch.commonKey)
            if rows.count >= MemorySketch.commonKey { common.append(rows) } else { votes.append(contentsOf: rows) }
        }
        if votes.isEmpty { votes = common.flatMap { $0 } }
        // A variant's votes are a run once sorted (a key lists a variant once), and counts are
        // 1…bands: a bucket per count, filled newest first, beats hashing and sorting them all.
        votes.sort()
        var buckets = [[Int64]](repeating: [], count: MemorySketch.bands + 1)
        var end = votes.count
        while end > 0 {
            var start = end - 1
            while start > 0 && votes[start - 1] == votes[end - 1] { start -= 1 }
            buckets[min(end - start, MemorySketch.bands)].append(votes[start])
            end = start
        }
        return try variants(db, ranked: buckets.reversed().joined(), language: language, candidates: candidates)
    }

    /// Up to `candidates` variants whose text is the query's (their ``MemorySketch/exactKey(of:)``),
    /// newest first, in `language` when given.
    private func exactCandidates(_ db: Database, query: String, language: String?, candidates: Int) throws -> [Candidate] {
        let ids = try KeyPostings.ids(db, key: MemorySketch.exactKey(of: query), limit: MemorySketch.commonKey)
        return try variants(db, ranked: ids, language: language, candidates: candidates)
    }

    /// The first `candidates` of the variants `ranked` that are in `language` (when given), in
    /// that order, with their units' ids and texts.
    private func variants(_ db: Database, ranked: some Sequence<Int64>, language: String?, candidates: Int) throws -> [Candidate] {
        var ranked = ranked.makeIterator()
        let wanted = language?.lowercased()
        var found: [Candidate] = []
        // Rows are read a batch at a time, one statement for all: a statement per row costs
        // more than reading the row. A batch falls short when rows are in other languages.
        while found.count < candidates {
            var batch: [Int64] = []
            while batch.count < candidates - found.count, let id = ranked.next() { batch.append(id) }
            if batch.isEmpty { break }
            var rows: [Int64: (unit: Int64, variant: Variant)] = [:]
            let list = batch.map(String.init).joined(separator: ",")
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, unit, lang, text FROM variant WHERE id IN (\(list))")
            while let row = try cursor.next() {
                let lang: String = row[2]
                let lowered = lang.lowercased()
                if let wanted, lowered != wanted && !lowered.hasPrefix(wanted + "-") { continue }
                rows[row[0]] = (row[1], Variant(language: lang, text: row[3]))
            }
            for id in batch { if let row = rows[id] { found.append((id, row.unit, row.variant)) } }
        }
        return found
    }

    /// Up to `candidates` variants holding the rarest of the query's `terms` (see
    /// ``CandidateQuery``), best ranked first, in `language` when given; the exact text when
    /// no term is in the memory.
    private func indexCandidates(_ db: Database, query: String, terms: [String], language: String?, candidates: Int) throws -> [Candidate] {
        var found: [Candidate] = []
        let languageFilter = language.map { _ in " AND (lower(v.lang) = ? OR lower(v.lang) LIKE ? || '-%')" } ?? ""
        var arguments: [(any DatabaseValueConvertible)?] = []
        let sql: String
        var prefetched: [Row]?
        var counts: [(term: String, units: Int)] = []
        let countTerm = try db.makeStatement(sql: "SELECT units FROM term WHERE text = ?")
        for term in terms { counts.append((term, try Int.fetchOne(countTerm, arguments: [term]) ?? 0)) }
        if let expression = CandidateQuery.expression(terms: counts) {
            sql = """
                SELECT v.id, v.unit, v.lang, v.text FROM variant_index JOIN variant v ON v.id = variant_index.rowid
                WHERE variant_index MATCH ?\(languageFilter) ORDER BY variant_index.rank LIMIT ?
                """
            arguments.append(expression)
            if let loose = CandidateQuery.expression(terms: counts, strict: false), loose != expression {
                var strictArguments = arguments
                if let language { strictArguments.append(language.lowercased()); strictArguments.append(language.lowercased()) }
                strictArguments.append(candidates)
                let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(strictArguments))
                if rows.isEmpty { arguments[0] = loose } else { prefetched = rows }
            }
        } else {
            // No indexed word (only numbers and punctuation, or words never seen): exact matches only.
            sql = "SELECT v.id, v.unit, v.lang, v.text FROM variant v WHERE v.text = ?\(languageFilter) LIMIT ?"
            arguments.append(query)
        }
        if let language { arguments.append(language.lowercased()); arguments.append(language.lowercased()) }
        arguments.append(candidates)
        for row in try prefetched ?? Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
            found.append((row[0], row[1], Variant(language: row[2], text: row[3])))
        }
        return found
    }

    /// The exact answer search approximates: every variant in `language` scored, the best
    /// `limit` at or above `minimum`, best first. For benchmarks: seconds at a million units.
    public func searchByFullScan(_ text: String, language: String, minimum: Int = 70, limit: Int = 10) throws(MemoryError) -> [MemoryMatch] {
        let scorer = MatchScore.Scorer(text)
        return try read { db in
            var scored: [MemoryMatch] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT unit, lang, text FROM variant WHERE lang = ?", arguments: [language])
            while let row = try rows.next() {
                let variant = Variant(language: row[1], text: row[2])
                guard let score = scorer.percentage(variant.text, minimum: minimum) else { continue }
                scored.append(MemoryMatch(unit: TranslationUnit(id: row[0], variants: [variant]), matched: variant, percentage: score))
            }
            return Array(scored.sorted { $0.percentage > $1.percentage }.prefix(limit))
        }
    }

    /// The same scoring without the index: a LIKE scan for the query's longest word, then
    /// scoring. For benchmarks, as the baseline the index is measured against.
    public func searchByScan(_ text: String, minimum: Int = 70, limit: Int = 10) throws(MemoryError) -> [MemoryMatch] {
        let tokens = MatchScore.tokens(text)
        let words = tokens.list.filter { $0.kind == .word }.map { String(tokens.text($0)) }
        let term = words.max { $0.count < $1.count } ?? text
        return try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT unit, lang, text FROM variant WHERE text LIKE ?",
                                        arguments: ["%" + term + "%"])
            let scorer = MatchScore.Scorer(text)
            let scored = rows.compactMap { row -> MemoryMatch? in
                let variant = Variant(language: row[1], text: row[2])
                return scorer.percentage(variant.text, minimum: minimum)
                    .map { MemoryMatch(unit: TranslationUnit(id: row[0], variants: [variant]), matched: variant, percentage: $0) }
            }
            return Array(scored.sorted { $0.percentage > $1.percentage }.prefix(limit))
        }
    }

    /// Runs `body` in a read transaction, with the memory's errors.
    private func read<T>(_ body: (Database) throws -> T) throws(MemoryError) -> T {
        try perform {
            switch connection {
            case let .writable(pool): return try pool.read(body)
            case let .readOnly(database): return try database.read(body)
            }
        }
    }

    private func perform<T>(_ body: () throws -> T) throws(MemoryError) -> T {
        do {
            return try body()
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// The memory's error for a failure of the database at `path`.
    private static func failure(_ error: any Error, path: String) -> MemoryError {
        guard let error = error as? DatabaseError else { return .database(path: path, reason: "\(error)") }
        return .database(path: path, reason: reason(error))
    }

    private static func reason(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: return "not a translation memory (not an SQLite database)"
        case .SQLITE_CORRUPT: return "the database is corrupt; restore it from a backup or export what is readable"
        case .SQLITE_BUSY: return "another process kept the memory locked for too long; retry"
        case .SQLITE_FULL: return "the disk is full"
        default: return error.message ?? "\(error.resultCode)"
        }
    }
}
