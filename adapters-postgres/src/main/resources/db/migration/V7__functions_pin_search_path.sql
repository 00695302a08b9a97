-- The functions resolve the names in their bodies in their own schema, whatever search_path the calling connection has:
-- the server's pool sets none (its statements name their schema), and through a transaction pooler a session setting
-- would not follow the statements anyway. A function's SET clause is no statement of its own.
ALTER FUNCTION "${flyway:defaultSchema}".store_count_runs_added() SET search_path = "${flyway:defaultSchema}";
ALTER FUNCTION "${flyway:defaultSchema}".store_count_runs_removed() SET search_path = "${flyway:defaultSchema}";
ALTER FUNCTION "${flyway:defaultSchema}".execution_cascade_raced() SET search_path = "${flyway:defaultSchema}";
