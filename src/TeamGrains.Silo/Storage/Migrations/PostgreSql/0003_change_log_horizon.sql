-- Change-log positions stop coming from the one-row counter: every writing transaction used to
-- update change_log_head and held its row lock until its commit's WAL flush, so all commits were
-- serialized. A row's position is now its transaction id and its ordinal in the transaction,
-- xid * 65536 + ordinal (1..65535), with no shared row. Followers read only below the oldest
-- running transaction (pg_snapshot_xmin of their snapshot), where no row can appear any more.
--
-- Upgrade: positions handed out by the counter are below every new position, because a
-- transaction wrote far fewer than 65,536 rows and each took its own xid; the check refuses the
-- upgrade instead of mixing the two orders if that ever fails. Stop every node of the old version
-- first: they write through change_log_head, which this drops.

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM change_log WHERE position >= pg_current_xact_id()::text::bigint * 65536) THEN
        RAISE EXCEPTION 'change_log has positions above the transaction-id horizon; cannot switch to xid positions';
    END IF;
END
$$;

DROP TABLE IF EXISTS change_log_head;
