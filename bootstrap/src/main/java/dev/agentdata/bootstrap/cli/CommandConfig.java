package dev.agentdata.bootstrap.cli;

import java.lang.reflect.Method;

import io.helidon.config.Config;

/** The configuration of the running command line, taken from the parent command's {@code config()}. */
final class CommandConfig {
    private CommandConfig() {
    }

    static Config of(Object parent) {
        if (parent != null) {
            try {
                Method m = parent.getClass().getMethod("config");
                if (Config.class.isAssignableFrom(m.getReturnType())) {
                    return (Config) m.invoke(parent);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("parent command has no usable config()", e);
            }
        }
        return Config.create();
    }
}
