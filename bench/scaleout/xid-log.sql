-- pgbench script: pgbench -N's simple update plus what every TeamGrains commit adds to its change log
-- on PostgreSQL now: one change-log row whose position is the transaction id * 65536 + ordinal. No row
-- is shared between transactions, so commits do not queue behind one another's WAL flush (followers
-- find the order by reading only below pg_snapshot_xmin). Compare with gapless-log.sql (the former counter).
\set aid random(1, 100000 * :scale)
\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
INSERT INTO bench_xid_log (position, payload) VALUES (pg_current_xact_id()::text::bigint * 65536 + 1, 'x');
END;
