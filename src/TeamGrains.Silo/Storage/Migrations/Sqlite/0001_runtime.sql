-- The grain runtime's own tables: grain versions (ETags) and the change log.

CREATE TABLE grain_versions (
    grain_type TEXT    NOT NULL,
    grain_key  TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
) WITHOUT ROWID;

-- One row: the last change-log position handed out (updated inside each writing transaction).
CREATE TABLE change_log_head (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    position INTEGER NOT NULL
);

INSERT INTO change_log_head (id, position) VALUES (1, 0);

CREATE TABLE change_log (
    position     INTEGER PRIMARY KEY,
    grain_type   TEXT    NOT NULL,
    grain_key    TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    payload      TEXT    NULL,
    committed_at TEXT    NOT NULL
);
