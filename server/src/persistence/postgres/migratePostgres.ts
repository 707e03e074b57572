import type pg from 'pg';

/** The advisory lock every instance takes while it migrates, so that instances starting together take turns. */
export const MIGRATION_LOCK_KEY = 7_301_998_452_001;

/**
 * The text search configuration of the library: English stemming, with accents folded first. Like the SQLite
 * store's porter tokenizer it keeps common words such as "the", so that they, and words they begin, can be found.
 */
export const LIBRARY_SEARCH_CONFIG = 'debrief_english';

const SCHEMA = `
  CREATE EXTENSION IF NOT EXISTS unaccent;
  DO $$
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = '${LIBRARY_SEARCH_CONFIG}_stem') THEN
      CREATE TEXT SEARCH DICTIONARY ${LIBRARY_SEARCH_CONFIG}_stem (TEMPLATE = snowball, Language = english);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${LIBRARY_SEARCH_CONFIG}') THEN
      CREATE TEXT SEARCH CONFIGURATION ${LIBRARY_SEARCH_CONFIG} (COPY = english);
      ALTER TEXT SEARCH CONFIGURATION ${LIBRARY_SEARCH_CONFIG}
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH unaccent, ${LIBRARY_SEARCH_CONFIG}_stem;
      ALTER TEXT SEARCH CONFIGURATION ${LIBRARY_SEARCH_CONFIG}
        ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;
    END IF;
  END
  $$;

  CREATE TABLE IF NOT EXISTS doc_heads (
    doc_name TEXT PRIMARY KEY,
    seq BIGINT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS doc_snapshots (
    doc_name TEXT PRIMARY KEY,
    snapshot BYTEA NOT NULL,
    seq BIGINT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS doc_log (
    doc_name TEXT NOT NULL,
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (doc_name, seq)
  );

  CREATE TABLE IF NOT EXISTS meetings (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    incident_summary TEXT NOT NULL,
    occurred_at TEXT,
    severity TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    facilitator_token_hash TEXT NOT NULL,
    participant_token_hash TEXT NOT NULL,
    observer_token_hash TEXT NOT NULL,
    sealed_share_tokens TEXT,
    schema_version INTEGER
  );

  CREATE TABLE IF NOT EXISTS lesson_votes (
    meeting_id TEXT NOT NULL,
    ballot_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    votes INTEGER NOT NULL CHECK (votes > 0),
    PRIMARY KEY (meeting_id, ballot_id, card_id)
  );
  CREATE INDEX IF NOT EXISTS lesson_votes_by_card ON lesson_votes (meeting_id, card_id);

  CREATE TABLE IF NOT EXISTS held_check_ins (
    meeting_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    name TEXT NOT NULL,
    note TEXT,
    mood INTEGER,
    passed BOOLEAN NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
  );

  CREATE TABLE IF NOT EXISTS meeting_participants (
    meeting_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
  );

  CREATE TABLE IF NOT EXISTS check_out_ratings (
    meeting_id TEXT NOT NULL,
    owner_hash TEXT NOT NULL,
    worth INTEGER NOT NULL CHECK (worth BETWEEN 1 AND 5),
    PRIMARY KEY (meeting_id, owner_hash)
  );

  CREATE TABLE IF NOT EXISTS alert_feeds (
    meeting_id TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL UNIQUE,
    sealed_secret TEXT NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS alert_feed_notices (
    meeting_id TEXT NOT NULL,
    notice_key TEXT NOT NULL,
    PRIMARY KEY (meeting_id, notice_key)
  );

  CREATE TABLE IF NOT EXISTS webhook_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    last_error TEXT,
    failed_at BIGINT
  );
  CREATE INDEX IF NOT EXISTS webhook_outbox_pending ON webhook_outbox (id) WHERE failed_at IS NULL;
  CREATE TABLE IF NOT EXISTS webhook_notices (
    notice_key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE IF NOT EXISTS library_entries (
    meeting_id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    severity TEXT NOT NULL,
    occurred_at TEXT,
    services TEXT NOT NULL,
    path TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    text_title TEXT NOT NULL,
    text_summary TEXT NOT NULL,
    text_timeline TEXT NOT NULL,
    text_lessons TEXT NOT NULL,
    text_actions TEXT NOT NULL,
    search TSVECTOR NOT NULL
  );
  CREATE INDEX IF NOT EXISTS library_entries_search ON library_entries USING GIN (search);
  CREATE TABLE IF NOT EXISTS library_services (
    meeting_id TEXT NOT NULL,
    service TEXT NOT NULL,
    PRIMARY KEY (meeting_id, service)
  );
  CREATE INDEX IF NOT EXISTS library_services_by_service ON library_services (service);
  CREATE TABLE IF NOT EXISTS library_actions (
    meeting_id TEXT NOT NULL,
    action_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    owner TEXT,
    due_date TEXT,
    status TEXT NOT NULL,
    PRIMARY KEY (meeting_id, action_id)
  );

  CREATE TABLE IF NOT EXISTS board_images (
    meeting_id TEXT PRIMARY KEY,
    svg TEXT NOT NULL
  );
`;

/**
 * Creates every table, index and search setting the stores need, leaving what exists alone. Each instance runs it
 * at start-up; the advisory lock makes instances that start together run it one after another.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(SCHEMA);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
