-- As gapless-log.sql, plus the NOTIFY each TeamGrains commit sends to wake other nodes' followers
-- (a notifying commit takes PostgreSQL's global notify lock).
\set aid random(1, 100000 * :scale)
\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
UPDATE bench_log_head SET position = position + 1 WHERE id = 1;
INSERT INTO bench_log (position, payload) SELECT position, 'x' FROM bench_log_head WHERE id = 1;
SELECT pg_notify('bench_log', '');
END;
