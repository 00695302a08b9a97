package dev.agentdata.adapter.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a real server over the real services, on memory storage, or on Postgres when the
 * (sub)class is also marked {@link OnPostgres}; injects {@link Http}, the webclient and the {@code WebServer}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ExtendWith(StorageServerExtension.class)
@interface StorageServer {
    /** The HTTP settings: the production defaults, or {@link HttpApiTestServer}'s small limit and fixed clock. */
    Settings value() default Settings.DEFAULTS;

    /** Services see the fixed instant {@link FakeUseCases#NOW} instead of the system clock. */
    boolean fixedClock() default false;

    /** Which HTTP settings the API runs with. */
    enum Settings { DEFAULTS, TEST_SERVER }
}
