package dev.agentdata.adapter.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;

/** Runs the test class only where {@code pg_dump} and {@code pg_restore} are on the PATH (backups need them). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIf(value = "dev.agentdata.adapter.postgres.TestDatabase#hasPgTools",
        disabledReason = "pg_dump and pg_restore are not on the PATH")
public @interface NeedsPgTools {
}
