-- Schema of the compiled reference database. Bump user_version (and SCHEMA_VERSION in
-- src/store/writer.rs) on any change; readers refuse any other version.
PRAGMA user_version = 2;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE source (
    id        TEXT PRIMARY KEY,
    citation  TEXT NOT NULL,
    url       TEXT,
    consulted TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE instrument (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    valid_as_of TEXT,
    source_id   TEXT REFERENCES source(id),
    note        TEXT
) WITHOUT ROWID;

CREATE TABLE image (
    id     INTEGER PRIMARY KEY,
    bytes  BLOB NOT NULL,
    origin TEXT NOT NULL
);

CREATE TABLE entry (
    id                TEXT PRIMARY KEY,
    ord               INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('chemical', 'mixture', 'taxon', 'label')),
    title             TEXT NOT NULL,
    is_family         INTEGER NOT NULL DEFAULT 0,
    parent_id         TEXT REFERENCES entry(id),
    rank              TEXT,
    summary           TEXT,
    note              TEXT,
    refrigerant       TEXT,
    safety_class      TEXT,
    formula           TEXT,
    odp_low           REAL,
    odp_high          REAL,
    gwp100            REAL,
    physical_form     TEXT,
    safety            TEXT,
    label_image_id    INTEGER REFERENCES image(id),
    label_meaning     TEXT,
    label_how_to_read TEXT
) WITHOUT ROWID;

CREATE TABLE entry_source (
    entry_id  TEXT NOT NULL REFERENCES entry(id),
    ord       INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;

CREATE TABLE name (
    entry_id TEXT NOT NULL REFERENCES entry(id),
    ord      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    lang     TEXT NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('preferred', 'synonym', 'trade', 'common',
                                           'scientific', 'abbreviation', 'designation')),
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;

-- CAS RN, EC number, UN number (with shipping name and class) and HS subheading.
CREATE TABLE identifier (
    entry_id      TEXT NOT NULL REFERENCES entry(id),
    ord           INTEGER NOT NULL,
    scheme        TEXT NOT NULL CHECK (scheme IN ('cas', 'ec', 'un', 'hs')),
    value         TEXT NOT NULL,
    shipping_name TEXT,
    class         TEXT,
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;
CREATE INDEX identifier_value ON identifier (scheme, value);

CREATE TABLE listing (
    entry_id       TEXT NOT NULL REFERENCES entry(id),
    ord            INTEGER NOT NULL,
    instrument     TEXT NOT NULL REFERENCES instrument(id),
    list           TEXT NOT NULL,
    grp            TEXT,
    annotation     TEXT,
    in_force       TEXT,
    inherited_from TEXT REFERENCES entry(id),
    source_id      TEXT REFERENCES source(id),
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;

CREATE TABLE component (
    mixture_id   TEXT NOT NULL REFERENCES entry(id),
    ord          INTEGER NOT NULL,
    component_id TEXT NOT NULL REFERENCES entry(id),
    mass_pct     REAL NOT NULL,
    PRIMARY KEY (mixture_id, ord)
) WITHOUT ROWID;

CREATE TABLE exclusion (
    entry_id   TEXT NOT NULL REFERENCES entry(id),
    ord        INTEGER NOT NULL,
    instrument TEXT NOT NULL,
    note       TEXT,
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;

-- Short texts attached to an entry: hazards, what to check, red flags.
CREATE TABLE entry_text (
    entry_id TEXT NOT NULL REFERENCES entry(id),
    ord      INTEGER NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('hazard', 'check', 'red_flag')),
    text     TEXT NOT NULL,
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;

-- Parts and products a taxon is traded as, with how to recognise each.
CREATE TABLE product (
    entry_id  TEXT NOT NULL REFERENCES entry(id),
    ord       INTEGER NOT NULL,
    part      TEXT NOT NULL,
    recognise TEXT NOT NULL,
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;

-- What an entry can be mistaken for, with how to tell them apart.
CREATE TABLE lookalike (
    entry_id   TEXT NOT NULL REFERENCES entry(id),
    ord        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    tell_apart TEXT NOT NULL,
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;

CREATE TABLE label_link (
    label_id TEXT NOT NULL REFERENCES entry(id),
    ord      INTEGER NOT NULL,
    entry_id TEXT NOT NULL REFERENCES entry(id),
    PRIMARY KEY (label_id, ord)
) WITHOUT ROWID;

CREATE TABLE photo (
    entry_id  TEXT NOT NULL REFERENCES entry(id),
    ord       INTEGER NOT NULL,
    image_id  INTEGER NOT NULL REFERENCES image(id),
    caption   TEXT NOT NULL,
    credit    TEXT NOT NULL,
    licence   TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source(id),
    origin    TEXT NOT NULL,
    PRIMARY KEY (entry_id, ord)
) WITHOUT ROWID;
