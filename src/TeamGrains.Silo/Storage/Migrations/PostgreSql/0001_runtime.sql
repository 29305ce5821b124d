-- The grain runtime's own tables: grain versions (ETags) and the change log.

CREATE TABLE grain_versions (
    grain_type TEXT   NOT NULL,
    grain_key  TEXT   NOT NULL,
    version    BIGINT NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
);

-- One row: the last change-log position handed out. Updating it inside the writing transaction
-- serializes the tails of writing transactions, so positions are gapless and in commit order.
CREATE TABLE change_log_head (
    id       INT    PRIMARY KEY CHECK (id = 1),
    position BIGINT NOT NULL
);

INSERT INTO change_log_head (id, position) VALUES (1, 0);

CREATE TABLE change_log (
    position     BIGINT      PRIMARY KEY,
    grain_type   TEXT        NOT NULL,
    grain_key    TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    payload      TEXT        NULL,
    committed_at TIMESTAMPTZ NOT NULL
);
