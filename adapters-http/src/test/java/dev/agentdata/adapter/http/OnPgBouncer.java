package dev.agentdata.adapter.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a subclass of a {@link StorageServer} test class that runs the same tests on Postgres through a real
 * PgBouncer in transaction pooling mode ({@code ?pgbouncer=true}, migrations through {@code DIRECT_URL}); skipped
 * when PgBouncer is not installed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OnPgBouncer {
}
