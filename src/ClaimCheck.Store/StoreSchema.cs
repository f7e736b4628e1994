using System.Collections.Immutable;

namespace ClaimCheck.Store;

/// <summary>The store's tables, as numbered migrations run in order when a store is opened. The SQL runs unchanged on SQLite and
/// PostgreSQL (TEXT, INTEGER and BIGINT mean the same to both).</summary>
/// <remarks>A released migration is never edited: a change to the schema is a new migration with the next number, and
/// <see cref="Current"/> moves to it. A store whose <c>schema_version</c> is above <see cref="Current"/> was written by a newer
/// version and is refused, untouched.</remarks>
internal static class StoreSchema
{
    /// <summary>What <c>store_meta</c>'s <c>format</c> row holds in every store.</summary>
    public const string Format = "claimcheck-store";

    /// <summary>The migrations, by the schema version each one brings a store to.</summary>
    public static ImmutableArray<(int Version, ImmutableArray<string> Statements)> Migrations { get; } =
    [
        (1,
        [
            "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            // One row per document id: its latest version. content_hash is the SHA-256 of the id, text and metadata as given.
            """
            CREATE TABLE documents (
                id TEXT PRIMARY KEY, version INTEGER NOT NULL, content_hash TEXT NOT NULL,
                outlet TEXT, published TEXT, url TEXT, place TEXT, topic TEXT, text TEXT NOT NULL,
                claim_count INTEGER NOT NULL, first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL)
            """,
            // data is the claim in the store's versioned JSON shape; slot_key is SlotKey.Value, null for a claim never compared.
            "CREATE TABLE claims (id TEXT PRIMARY KEY, document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, slot_key TEXT, data TEXT NOT NULL)",
            "CREATE INDEX claims_by_slot ON claims (slot_key)",
            "CREATE INDEX claims_by_document ON claims (document_id, ordinal)",
            """
            CREATE TABLE findings (
                id TEXT PRIMARY KEY, slot_key TEXT NOT NULL, kind TEXT NOT NULL, topic TEXT NOT NULL, data TEXT NOT NULL,
                first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL)
            """,
            "CREATE INDEX findings_by_slot ON findings (slot_key)",
        ]),
        // Findings keyed by (slot_key, id) instead of the id alone: a finding is only ever looked up within its slot, and the id
        // is a hash, so its own index took each new finding at a random page (most of that index's pages rewritten in every
        // transaction). The slot-first key serves the reads by slot too, so findings_by_slot goes with the old table.
        (2,
        [
            """
            CREATE TABLE findings_by_slot_key (
                id TEXT NOT NULL, slot_key TEXT NOT NULL, kind TEXT NOT NULL, topic TEXT NOT NULL, data TEXT NOT NULL,
                first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL, PRIMARY KEY (slot_key, id))
            """,
            """
            INSERT INTO findings_by_slot_key (id, slot_key, kind, topic, data, first_seen, last_seen)
                SELECT id, slot_key, kind, topic, data, first_seen, last_seen FROM findings
            """,
            "DROP TABLE findings",
            "ALTER TABLE findings_by_slot_key RENAME TO findings",
        ]),
        // Claims keyed by (document_id, ordinal) instead of their id: a claim's id is its document's id, "#" and a number, so every
        // read by id can name the document, and the key replaces both the id's own index and claims_by_document (each claim row
        // wrote four b-trees, now three: the table, this key and claims_by_slot).
        (3,
        [
            """
            CREATE TABLE claims_by_document_key (
                id TEXT NOT NULL, document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, slot_key TEXT, data TEXT NOT NULL,
                PRIMARY KEY (document_id, ordinal))
            """,
            """
            INSERT INTO claims_by_document_key (id, document_id, ordinal, slot_key, data)
                SELECT id, document_id, ordinal, slot_key, data FROM claims
            """,
            "DROP TABLE claims",
            "ALTER TABLE claims_by_document_key RENAME TO claims",
            "CREATE INDEX claims_by_slot ON claims (slot_key)",
        ]),
    ];

    /// <summary>The schema version this code writes and reads.</summary>
    public static int Current => Migrations[^1].Version;
}
