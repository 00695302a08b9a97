package dev.agentdata.bootstrap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import io.helidon.config.Config;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.OpenedStorage;
import dev.agentdata.application.port.out.storage.Setting;
import dev.agentdata.application.port.out.storage.StorageConfiguration;
import dev.agentdata.application.port.out.storage.StorageContext;
import dev.agentdata.application.port.out.storage.StorageOpenException;
import dev.agentdata.application.port.out.storage.StorageProvider;

/**
 * The storage providers on the class path, found with {@link ServiceLoader}: choosing one by kind, building its view of
 * the configuration and opening it, with every failure turned into a one-line {@link StartupException}.
 */
public final class StorageProviders {
    private static final List<StorageProvider> INSTALLED = load();

    private StorageProviders() {
    }

    /** The installed providers, by kind. */
    public static List<StorageProvider> installed() {
        return INSTALLED;
    }

    /** The provider of {@code kind}; an unknown kind is a configuration error listing the installed ones. */
    public static StorageProvider select(String kind) {
        String wanted = kind.strip().toLowerCase(Locale.ROOT);
        return INSTALLED.stream().filter(p -> p.kind().equals(wanted)).findFirst()
                .orElseThrow(() -> new StartupException("STORAGE must be one of " + kinds() + ", was '" + kind + "'"));
    }

    /** Every installed provider's settings, in provider order. */
    public static List<Setting> settings() {
        List<Setting> all = new ArrayList<>();
        INSTALLED.forEach(p -> all.addAll(p.settings()));
        return List.copyOf(all);
    }

    /** {@code provider}'s view of {@code config}: the raw value of each setting it declares. */
    public static StorageConfiguration configuration(Config config, StorageProvider provider) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Setting setting : provider.settings()) {
            config.get(setting.key()).asString().ifPresent(v -> values.put(setting.key(), v));
        }
        return StorageConfiguration.of(values);
    }

    /** Checks every installed provider's settings, chosen or not, so a malformed value never waits for its day. */
    public static void validate(Config config) {
        for (StorageProvider provider : INSTALLED) {
            try {
                configuration(config, provider).validate(provider.settings());
            } catch (InvalidSettingException e) {
                throw new StartupException(e.getMessage(), e);
            }
        }
    }

    /**
     * The variables of the other providers that are set although {@code chosen} does not read them (e.g.
     * {@code BACKUP_INTERVAL_HOURS} with memory storage), for a warning at start-up.
     */
    public static List<String> unusedVariables(Config config, StorageProvider chosen) {
        List<String> unused = new ArrayList<>();
        for (Setting setting : settings()) {
            boolean read = chosen.settings().stream().anyMatch(s -> s.variable().equals(setting.variable()));
            String value = config.get(setting.key()).asString().orElse("").strip();
            boolean set = !value.isEmpty() && !value.equals(setting.defaultValue());
            if (!read && set && !unused.contains(setting.variable())) {
                unused.add(setting.variable());
            }
        }
        return List.copyOf(unused);
    }

    /** Opens the chosen storage: exit code 2 for a setting it cannot use, 3 when the storage cannot be opened. */
    public static OpenedStorage open(StorageSettings settings, StorageContext context) {
        try {
            return settings.provider().open(settings.configuration(), context);
        } catch (InvalidSettingException e) {
            throw new StartupException(e.getMessage(), e);
        } catch (StorageOpenException e) {
            throw new StartupException(e.getMessage(), Main.STORAGE_ERROR, e);
        }
    }

    private static String kinds() {
        return INSTALLED.stream().map(StorageProvider::kind).collect(Collectors.joining(", "));
    }

    private static List<StorageProvider> load() {
        List<StorageProvider> providers = new ArrayList<>();
        ServiceLoader.load(StorageProvider.class, StorageProviders.class.getClassLoader()).forEach(providers::add);
        providers.sort(Comparator.comparing(StorageProvider::kind));
        for (int i = 1; i < providers.size(); i++) {
            if (providers.get(i).kind().equals(providers.get(i - 1).kind())) {
                throw new IllegalStateException("two storage providers of kind " + providers.get(i).kind() + ": "
                        + providers.get(i - 1).getClass().getName() + " and " + providers.get(i).getClass().getName());
            }
        }
        return List.copyOf(providers);
    }
}
