-- As xid-log.sql, plus the NOTIFY each TeamGrains commit sends to wake other nodes' followers
-- (a notifying commit takes PostgreSQL's global notify lock).
\set aid random(1, 100000 * :scale)
\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
INSERT INTO bench_xid_log (position, payload) VALUES (pg_current_xact_id()::text::bigint * 65536 + 1, 'x');
SELECT pg_notify('bench_log', '');
END;
