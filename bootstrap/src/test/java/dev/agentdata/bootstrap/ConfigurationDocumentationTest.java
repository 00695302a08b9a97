package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import dev.agentdata.application.port.out.storage.Setting;

/**
 * README's configuration tables and {@code application.yaml} stay true to the declared settings (the server's and
 * every storage provider's): a new provider's settings fail this test until they are documented.
 */
class ConfigurationDocumentationTest {
    private static final Path README = Path.of("..", "README.md");

    /** The README row of {@code setting}: variable, key, default and meaning as declared. */
    static String row(Setting setting) {
        String fallback = setting.defaultValue().isEmpty() ? "(unset)" : "`" + setting.defaultValue() + "`";
        return "| `" + setting.variable() + "` | `" + setting.key() + "` | " + fallback + " | " + setting.meaning() + " |";
    }

    private static String configurationSection() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Configuration");
        int end = readme.indexOf("\n## ", start + 1);
        assertThat(start).as("README has a Configuration section").isNotNegative();
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void readme_listsEverySettingAsDeclared() throws IOException {
        String section = configurationSection();
        List<Setting> settings = EnvironmentOverrides.settings();

        List<String> missing = settings.stream().map(ConfigurationDocumentationTest::row)
                .filter(row -> !section.contains(row)).toList();

        assertThat(missing).as("README rows that differ from the declarations; the declared rows are:%n%s",
                settings.stream().map(ConfigurationDocumentationTest::row).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void readme_listsNoVariableThatNothingDeclares() throws IOException {
        List<String> declared = EnvironmentOverrides.settings().stream().map(Setting::variable).toList();

        List<String> documented = configurationSection().lines().filter(l -> l.startsWith("| `"))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void applicationYaml_holdsEveryServerKey_andNoStorageDefaultThatDisagreesWithItsDeclaration() {
        Config yaml = Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.classpath("application.yaml")).build();

        for (Setting setting : EnvironmentOverrides.settings()) {
            var value = yaml.get(setting.key()).asString().asOptional().map(String::strip);
            if (EnvironmentOverrides.SERVER_SETTINGS.contains(setting)) {
                assertThat(value).as(setting.key()).contains(setting.defaultValue());
            } else {
                // A provider's keys may be left out (its declared defaults apply), never contradicted.
                value.ifPresent(v -> assertThat(v).as(setting.key()).isEqualTo(setting.defaultValue()));
            }
        }
    }
}
