import GRDB

/// The tables that make an SQLite file a translation memory, and how to tell such a file from
/// an empty one and from another program's database.
enum MemorySchema {
    /// What an SQLite file holds, as far as the memory is concerned.
    enum Contents: Equatable {
        /// No table, index or view at all: a new file, free to become a memory.
        case empty
        /// The memory's tables (perhaps with more the user added).
        case memory
        /// Other tables: another program's database, never to be written to.
        case foreign
    }

    /// The tables every memory has; see ``TranslationMemory`` for what each holds.
    static let tables: Set<String> = ["unit", "variant", "variant_index", "term"]

    /// The full-text table that held the ``MemorySketch`` keys before ``KeyPostings``: a memory
    /// made by an earlier version may have it, and loses it when its keys are made again.
    static let formerSketchTable = "variant_sketch"

    /// The `user_version` of a memory whose keys are in ``KeyPostings``. Earlier versions
    /// made none (0) or full-text keys (0 or 2).
    static let keysVersion: Int32 = 3

    /// How far a memory's ``MemorySketch`` keys go.
    enum SketchState: Equatable {
        /// No keys in this version's form: a memory made by an earlier version, searched
        /// through the word index until it is next opened for writing.
        case none
        /// Every variant's MinHash keys and exact key, in ``KeyPostings``.
        case complete
    }

    /// What the database of `db` holds.
    static func contents(of db: Database) throws -> Contents {
        // SQLite's own objects (sqlite_sequence, sqlite_stat1) say nothing about who made the file.
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
        if names.isEmpty { return .empty }
        return tables.isSubset(of: names) ? .memory : .foreign
    }

    /// Creates the tables in the empty database of `db`.
    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE unit (
                id INTEGER PRIMARY KEY,
                fingerprint INTEGER NOT NULL UNIQUE,
                source TEXT,
                created TEXT NOT NULL
            );
            CREATE TABLE variant (
                id INTEGER PRIMARY KEY,
                unit INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                lang TEXT NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX variant_by_unit ON variant(unit);
            CREATE VIRTUAL TABLE variant_index USING fts5(key, content='', tokenize='unicode61 remove_diacritics 0');
            CREATE TABLE term (text TEXT PRIMARY KEY, units INTEGER NOT NULL) WITHOUT ROWID;
            """)
        try KeyPostings.create(in: db)
        try db.execute(sql: "PRAGMA user_version = \(keysVersion)")
    }

    /// What the memory of `db` has of its keys.
    static func sketchState(_ db: Database) throws -> SketchState {
        // Asked at each search: cached statements, parsed once per connection.
        guard try Int32.fetchOne(db.cachedStatement(sql: "PRAGMA user_version")) ?? 0 >= keysVersion,
              try Bool.fetchOne(db.cachedStatement(sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = '\(KeyPostings.table)'")) ?? false
        else { return .none }
        return .complete
    }

    /// Gives a memory made by an earlier version the keys of every variant it holds, inside the
    /// caller's transaction: all of them or (on failure) none. Whatever keys it had (in the
    /// former full-text table, or in this one written by an earlier version that did not
    /// record them all) are made again.
    static func addSketches(in db: Database) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS \(formerSketchTable)")
        try db.execute(sql: "DROP TABLE IF EXISTS \(KeyPostings.table)")
        try KeyPostings.create(in: db)
        // A chunk of variants at a time: a million units' keys at once would take gigabytes.
        var pending: [Int64: [Int64]] = [:], variants = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM variant ORDER BY id")
        while let row = try rows.next() {
            let id: Int64 = row[0], text: String = row[1]
            for key in MemorySketch.keys(terms: CandidateQuery.terms(of: text), text: text) { pending[key, default: []].append(id) }
            variants += 1
            if variants % 100_000 == 0 {
                try KeyPostings.append(pending, in: db)
                pending.removeAll(keepingCapacity: true)
            }
        }
        try KeyPostings.append(pending, in: db)
        try db.execute(sql: "PRAGMA user_version = \(keysVersion)")
        try optimizeIndexes(in: db)
    }

    /// Merges the word index into one segment. A large import leaves it in many segments, and
    /// every term a search looks up is looked for in each of them. Seconds at a million units,
    /// so it is done after imports that grow the memory by a tenth or more.
    static func optimizeIndexes(in db: Database) throws {
        try db.execute(sql: "INSERT INTO variant_index(variant_index) VALUES('optimize')")
    }
}
