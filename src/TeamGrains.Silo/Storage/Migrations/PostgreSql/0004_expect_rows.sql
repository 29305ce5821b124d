-- A writing transaction's last statements (queued writes, version checks, change-log rows) and its
-- COMMIT go to the server as one batch. A statement whose row count decides whether the write may
-- commit (the writer's version compare-and-set, an update that must find its row) is wrapped in a call
-- of this function, which raises when the count is not the expected one: the error aborts the batch
-- before its COMMIT, and the node maps the message (the statement's index) back to its error.
CREATE OR REPLACE FUNCTION teamgrains_expect_rows(actual BIGINT, expected BIGINT, statement_index INT)
RETURNS BIGINT
LANGUAGE plpgsql
AS $$
BEGIN
    IF actual <> expected THEN
        RAISE EXCEPTION USING ERRCODE = 'TG001', MESSAGE = statement_index::text;
    END IF;
    RETURN actual;
END
$$;
