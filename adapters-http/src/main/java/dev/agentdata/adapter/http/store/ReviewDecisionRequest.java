package dev.agentdata.adapter.http.store;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.domain.store.ReviewDecision;

/** Body of {@code POST /admin/store/submissions/{id}/review}: {@code approve} or {@code reject}, and a comment. */
public record ReviewDecisionRequest(String decision, String comment) {
    static final Set<String> DECISIONS = Arrays.stream(ReviewDecision.values()).map(ReviewDecision::wireName)
            .collect(Collectors.toUnmodifiableSet());

    ReviewDecision checkedDecision() {
        new BadRequestCollector().required("decision", decision).oneOf("decision", decision, DECISIONS).check();
        return ReviewDecision.fromWireName(decision).orElseThrow();
    }
}
