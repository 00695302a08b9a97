package dev.agentdata.adapter.postgres.replica;

import static dev.agentdata.application.port.out.storage.SettingFormat.DURATION;
import static dev.agentdata.application.port.out.storage.SettingFormat.TEXT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.agentdata.adapter.postgres.PostgresSettings;
import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;

/**
 * The streaming replicas that may answer reads of a caller's own data ({@code DATABASE_READ_URL}, URLs separated by
 * spaces, each in any form {@code DATABASE_URL} accepts) and how far behind one may be before it is skipped
 * ({@code DB_READ_MAX_LAG}). No URL: no replica, and nothing of this runs.
 */
public record ReplicaSettings(List<PostgresSettings> replicas, Duration maxLag) {
    public static final Setting DATABASE_READ_URL = new Setting("DATABASE_READ_URL", "db.read-url", "",
            "streaming replicas that may answer GETs of the caller's own graphs, executions and credits (URLs "
                    + "separated by spaces, forms as `DATABASE_URL`); unset: the primary answers every read", TEXT);
    public static final Setting DB_READ_MAX_LAG = new Setting("DB_READ_MAX_LAG", "db.read-max-lag", "10s",
            "a replica further behind the primary than this, or down, is skipped and the primary answers", DURATION);
    public static final List<Setting> SETTINGS = List.of(DATABASE_READ_URL, DB_READ_MAX_LAG);

    public ReplicaSettings {
        replicas = List.copyOf(replicas);
        Objects.requireNonNull(maxLag, "maxLag");
    }

    /** No replica: every read goes to the primary. */
    public static ReplicaSettings none() {
        return new ReplicaSettings(List.of(), Duration.ofSeconds(10));
    }

    /**
     * The replicas {@code configuration} names, each with the primary's schema, pool size and timeouts (a replica
     * serves the same tables); an unreadable URL names {@code DATABASE_READ_URL}.
     */
    public static ReplicaSettings from(StorageConfiguration configuration, PostgresSettings primary)
            throws InvalidSettingException {
        configuration.validate(SETTINGS);
        List<PostgresSettings> replicas = new ArrayList<>();
        for (String url : configuration.text(DATABASE_READ_URL).split("\\s+")) {
            if (url.isBlank()) {
                continue;
            }
            try {
                PostgresSettings replica = PostgresSettings.fromUrl(url);
                replicas.add(new PostgresSettings(replica.jdbcUrl(), replica.user(), replica.password(),
                        primary.schema(), primary.poolSize(), primary.connectTimeoutSeconds(),
                        primary.poolTimeoutSeconds(), primary.statementTimeout()));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(DATABASE_READ_URL.name() + " holds a URL that is not usable: "
                        + e.getMessage(), e);
            }
        }
        return new ReplicaSettings(replicas, configuration.duration(DB_READ_MAX_LAG));
    }

    /** Whether a replica is configured; without one the storage costs nothing more than before. */
    public boolean configured() {
        return !replicas.isEmpty();
    }
}
