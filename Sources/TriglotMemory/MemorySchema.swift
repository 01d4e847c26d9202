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

    /// The table of ``MemorySketch`` keys, which memories made before it lack until they are
    /// next opened for writing (``addSketches(in:)``).
    static let sketchTable = "variant_sketch"

    /// What a memory's sketch table holds, as its `user_version` records it: memories whose
    /// table predates exact keys have version 0 (see ``SketchState``).
    static let exactKeysVersion: Int32 = 2

    /// How far a memory's ``MemorySketch`` keys go.
    enum SketchState: Equatable {
        /// No sketch table: a memory made before sketches, searched through the word index.
        case none
        /// MinHash keys without exact keys: a memory made before those, still searched
        /// through its keys.
        case withoutExactKeys
        /// Every variant's MinHash keys and exact key.
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
        try createSketchTable(in: db)
    }

    /// What the memory of `db` has of the sketch table and its keys.
    static func sketchState(_ db: Database) throws -> SketchState {
        guard try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = ?", arguments: [sketchTable]) ?? false
        else { return .none }
        let version = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        return version >= exactKeysVersion ? .complete : .withoutExactKeys
    }

    /// Gives a memory made before sketches, or before exact keys, a new sketch table with the
    /// keys of every variant it holds, inside the caller's transaction: all of them or (on
    /// failure) none. A contentless table cannot have a key added to a row, so an older table
    /// is made again.
    static func addSketches(in db: Database) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS \(sketchTable)")
        try createSketchTable(in: db)
        let insert = try db.makeStatement(sql: "INSERT INTO \(sketchTable) (rowid, key) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM variant ORDER BY id")
        while let row = try rows.next() {
            let text: String = row[1]
            try insert.execute(arguments: [row[0] as Int64, MemorySketch.indexText(terms: CandidateQuery.terms(of: text), text: text)])
        }
        try optimizeIndexes(in: db)
    }

    /// Merges each full-text index into one segment. A large import leaves an index in many
    /// segments, and every key a search looks up is looked for in each of them: merged, a
    /// search at a million units reads its keys in about two thirds of the time. Seconds at a
    /// million units, so it is done after imports that grow the memory by a tenth or more.
    static func optimizeIndexes(in db: Database) throws {
        for table in ["variant_index", sketchTable] {
            try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES('optimize')")
        }
    }

    /// Detail `none` keeps only which variants hold a key, all that search reads. The version
    /// says the keys include exact keys.
    private static func createSketchTable(in db: Database) throws {
        try db.execute(sql: "CREATE VIRTUAL TABLE \(sketchTable) USING fts5(key, content='', columnsize=0, detail=none, tokenize='ascii')")
        try db.execute(sql: "PRAGMA user_version = \(exactKeysVersion)")
    }
}
