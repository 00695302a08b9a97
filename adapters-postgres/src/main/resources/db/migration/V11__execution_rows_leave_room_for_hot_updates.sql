-- A graph execution's row is updated about five times in its lifecycle (issue 9): its status twice, and its stats and
-- event_seq once per node execution added or moved. Those stats updates change no indexed column, so Postgres can
-- make them HOT (no new entry in any of the table's eight indexes) when the new row version fits on the same page.
-- With the default fillfactor (100) pages are packed full by the inserts and most of them could not. Existing pages
-- keep their layout; new ones keep 20% free.
ALTER TABLE graph_executions SET (fillfactor = 80);
