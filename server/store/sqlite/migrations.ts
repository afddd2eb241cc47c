/**
 * The SQLite schema, one step per version: step n (1-based) takes a database at user_version n-1 to n.
 * Steps are only ever appended; a step that has shipped is never edited, since databases in the field
 * already ran it.
 */
export const migrations: readonly string[] = [
  // 1: the catalog. A version row per import that changed something; a record row per (kind, key) ever
  // seen, stamped with the version that last changed it. A removed record stays as a tombstone (body
  // NULL, deleted 1), so a device that still holds it learns of the removal from a delta.
  `
  CREATE TABLE catalog_versions (
    version INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    source TEXT NOT NULL,
    counts_json TEXT NOT NULL
  ) STRICT;

  CREATE TABLE catalog_records (
    kind TEXT NOT NULL CHECK (kind IN ('entities', 'lifeEvents', 'services', 'forms')),
    key TEXT NOT NULL,
    body TEXT,
    position INTEGER NOT NULL,
    changed_version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    PRIMARY KEY (kind, key),
    CHECK ((deleted = 1) = (body IS NULL))
  ) STRICT;

  CREATE INDEX catalog_records_by_change ON catalog_records (changed_version);
  `,
  // 2: spots, enrollment codes (only their SHA-256: the code itself is a secret until used), devices with
  // their public signing keys, and the nonces of signed calls. The hub's sealing keys are not here: they
  // live in files beside the database (keys/), so a copy of the database cannot open any request.
  `
  CREATE TABLE spots (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fixed', 'mobile', 'solidarity')),
    municipality TEXT NOT NULL,
    service_ids_json TEXT,
    idle_lock_seconds INTEGER NOT NULL,
    hidden_lock_seconds INTEGER NOT NULL,
    allow_pin INTEGER NOT NULL CHECK (allow_pin IN (0, 1)),
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    spot_id TEXT NOT NULL REFERENCES spots (id),
    public_jwk TEXT NOT NULL,
    label TEXT,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    last_seen_at TEXT
  ) STRICT;

  CREATE TABLE enroll_codes (
    code_hash TEXT PRIMARY KEY,
    spot_id TEXT NOT NULL REFERENCES spots (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT REFERENCES devices (id),
    CHECK ((used_at IS NULL) = (device_id IS NULL))
  ) STRICT;

  CREATE TABLE nonces (
    nonce TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT REFERENCES devices (id)
  ) STRICT;

  CREATE INDEX nonces_by_expiry ON nonces (expires_at);
  `,
  // 3: a removed record keeps the body it had (removed_body), its tombstone still telling devices to forget
  // it. A request sealed against a form version a later import removed (it waited days in a van's outbox)
  // is judged by that form and its service's fee rules. Records removed before this step have lost theirs.
  // Pruning history, if it ever comes, must keep the removed bodies of services and forms.
  `
  ALTER TABLE catalog_records ADD COLUMN removed_body TEXT;
  `,
  // 4: the requests devices delivered (issue 5). The id is the idempotency key, forever; the sealed JWE is
  // kept as it came (at rest a request stays encrypted: the database holds no key to open it). The hub's
  // reference is a sequence per year (ref_year, ref_number), unique, written as hub_ref. The receipt is
  // signed after the row is written (signing is asynchronous, a transaction here is not), and kept once:
  // every later answer for the request is that receipt.
  `
  CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices (id),
    spot_id TEXT NOT NULL REFERENCES spots (id),
    service_id TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    digest TEXT NOT NULL,
    sealed TEXT NOT NULL,
    ref_year INTEGER NOT NULL,
    ref_number INTEGER NOT NULL CHECK (ref_number > 0),
    hub_ref TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    receipt TEXT,
    UNIQUE (ref_year, ref_number)
  ) STRICT;

  CREATE INDEX requests_by_device ON requests (device_id, received_at);
  `,
];
