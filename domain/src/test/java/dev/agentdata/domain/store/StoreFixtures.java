package dev.agentdata.domain.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Small builders for store tests. */
final class StoreFixtures {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID GRAPH = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private StoreFixtures() {
    }

    static StoreListing listing() {
        return StoreListing.create(UUID.randomUUID(), "my-agent", GRAPH, OWNER, T0);
    }

    static StoreSubmission pending(StoreListing listing, int version) {
        return StoreSubmission.pending(UUID.randomUUID(), listing, 1, version,
                new ListingContent("Agent", "Does things", "Long text", List.of("writing")), T0);
    }
}
