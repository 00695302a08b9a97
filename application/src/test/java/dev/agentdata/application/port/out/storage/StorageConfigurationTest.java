package dev.agentdata.application.port.out.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class StorageConfigurationTest {
    private static final Setting URL = new Setting("THING_URL", "thing.url", "", "where the thing is", SettingFormat.TEXT);
    private static final Setting POOL = new Setting("THING_POOL", "thing.pool", "4", "pool size",
            SettingFormat.POSITIVE_NUMBER);
    private static final Setting KEEP = new Setting("THING_KEEP", "thing.keep", "", "days kept",
            SettingFormat.WHOLE_NUMBER);
    private static final Setting FAST = new Setting("THING_FAST", "thing.fast", "true", "go fast",
            SettingFormat.BOOLEAN);
    private static final Setting SCHEMA = new Setting("THING_SCHEMA", "thing.schema", "", "schema",
            SettingFormat.SQL_IDENTIFIER);

    private static final Setting WAIT = new Setting("THING_WAIT", "thing.wait", "30s", "how long to wait",
            SettingFormat.DURATION);

    @Test
    void durations_readWithTheirUnit_andAnythingElseIsRefusedNamingTheVariable() throws Exception {
        assertThat(StorageConfiguration.of(Map.of()).duration(WAIT)).isEqualTo(Duration.ofSeconds(30));
        assertThat(StorageConfiguration.of(Map.of("thing.wait", "50ms")).duration(WAIT)).isEqualTo(Duration.ofMillis(50));
        assertThat(StorageConfiguration.of(Map.of("thing.wait", "10m")).duration(WAIT)).isEqualTo(Duration.ofMinutes(10));
        assertThat(StorageConfiguration.of(Map.of("thing.wait", " 6H ")).duration(WAIT)).isEqualTo(Duration.ofHours(6));
        assertThat(StorageConfiguration.of(Map.of("thing.wait", "1d")).duration(WAIT)).isEqualTo(Duration.ofDays(1));
        for (String bad : List.of("30", "0s", "-1s", "1.5s", "s", "30 seconds")) {
            assertThatThrownBy(() -> StorageConfiguration.of(Map.of("thing.wait", bad)).duration(WAIT))
                    .as(bad).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("THING_WAIT");
        }
    }

    @Test
    void givenNothingSet_getters_fallBackToTheDefaults() throws Exception {
        StorageConfiguration c = StorageConfiguration.of(Map.of("thing.url", "  "));

        assertThat(c.optionalText(URL)).isEmpty();
        assertThat(c.number(POOL)).isEqualTo(4);
        assertThat(c.optionalNumber(KEEP)).isEqualTo(OptionalInt.empty());
        assertThat(c.flag(FAST)).isTrue();
    }

    @Test
    void givenValues_getters_readThemStripped() throws Exception {
        StorageConfiguration c = StorageConfiguration.of(Map.of("thing.url", " x://h ", "thing.pool", "9",
                "thing.keep", "0", "thing.fast", "FALSE", "thing.schema", "tenant_a"));

        assertThat(c.text(URL)).isEqualTo("x://h");
        assertThat(c.number(POOL)).isEqualTo(9);
        assertThat(c.optionalNumber(KEEP)).isEqualTo(OptionalInt.of(0));
        assertThat(c.flag(FAST)).isFalse();
        assertThat(c.optionalText(SCHEMA)).contains("tenant_a");
    }

    @Test
    void givenMalformedValues_getters_failWithOneLineNamingVariableAndKey() {
        assertThatThrownBy(() -> StorageConfiguration.of(Map.of("thing.pool", "0")).number(POOL))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("THING_POOL (thing.pool) must be at least 1, was 0");
        assertThatThrownBy(() -> StorageConfiguration.of(Map.of("thing.keep", "many")).optionalNumber(KEEP))
                .hasMessage("THING_KEEP (thing.keep) must be a whole number, was 'many'");
        assertThatThrownBy(() -> StorageConfiguration.of(Map.of("thing.fast", "yes")).flag(FAST))
                .hasMessage("THING_FAST (thing.fast) must be true or false, was 'yes'");
        assertThatThrownBy(() -> StorageConfiguration.of(Map.of("thing.schema", "a;drop")).text(SCHEMA))
                .hasMessage("THING_SCHEMA (thing.schema) must be a plain SQL identifier, was 'a;drop'");
    }

    @Test
    void validate_checksEverySettingBeforeAnyoneReadsIt() {
        StorageConfiguration c = StorageConfiguration.of(Map.of("thing.keep", "-2"));

        assertThatThrownBy(() -> c.validate(List.of(URL, POOL, KEEP))).hasMessageStartingWith("THING_KEEP");
    }

    @Test
    void aSetting_mustBeDeclaredWithAValidDefaultAndAnUpperCaseVariable() {
        assertThatThrownBy(() -> new Setting("THING_POOL", "thing.pool", "none", "pool", SettingFormat.WHOLE_NUMBER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the default of THING_POOL must be a whole number, was 'none'");
        assertThatThrownBy(() -> new Setting("thingPool", "thing.pool", "", "pool", SettingFormat.WHOLE_NUMBER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
