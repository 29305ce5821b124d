-- pgbench script: pgbench -N's simple update plus what every TeamGrains commit added (until the xid
-- positions of migration 0003; see xid-log.sql for today) to keep its change
-- log gapless and in commit order: the one-row position counter (held until commit, so commits that
-- write the log serialize) and the change-log row. run.sh runs it with and without the NOTIFY wake-up.
\set aid random(1, 100000 * :scale)
\set delta random(-5000, 5000)
BEGIN;
UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;
UPDATE bench_log_head SET position = position + 1 WHERE id = 1;
INSERT INTO bench_log (position, payload) SELECT position, 'x' FROM bench_log_head WHERE id = 1;
END;
