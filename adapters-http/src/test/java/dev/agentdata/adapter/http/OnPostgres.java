package dev.agentdata.adapter.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a subclass of a {@link StorageServer} test class that runs the same tests on Postgres instead of memory. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OnPostgres {
}
