package dev.agentdata.adapter.postgres.ops;

import java.util.List;

/** A restore into a database that already holds tables, refused because {@code force} was not given. */
public class RestoreRefusedException extends BackupException {
    private final List<String> existingTables;

    public RestoreRefusedException(String database, String schema, List<String> existingTables) {
        super("refusing to restore into " + database + ": schema '" + schema + "' already has tables "
                + existingTables + "; restore into an empty database or pass --force to replace them");
        this.existingTables = List.copyOf(existingTables);
    }

    public List<String> existingTables() {
        return existingTables;
    }
}
