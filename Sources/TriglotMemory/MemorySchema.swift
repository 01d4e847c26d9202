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
    }
}
