package dev.agentdata.archfixture.undeclared.bootstrap.cli;

import dev.agentdata.archfixture.undeclared.adapter.sqlite.SqliteGadgetRepository;

/** Fixture: an operator command that needs one database may name its adapter. */
public final class MigrateGadgets {
    private MigrateGadgets() {
    }

    public static void run() {
        new SqliteGadgetRepository().save("migrated");
    }
}
