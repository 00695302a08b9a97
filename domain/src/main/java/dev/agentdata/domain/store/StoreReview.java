package dev.agentdata.domain.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;

/** One user's rating of one listing (a second review by the same user replaces the first, keeping its id). */
public record StoreReview(UUID id, UUID listingId, UUID userId, int score, String comments, Instant createdAt,
                          Instant updatedAt) {
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENTS = 2000;

    public StoreReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(listingId, "listing_id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(createdAt, "created_at");
        Objects.requireNonNull(updatedAt, "updated_at");
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be 1..5, was " + score);
        }
    }

    /** @throws ValidationException when the score is outside 1..5 or the comments are too long */
    public static void validate(int score, String comments) {
        List<Violation> v = new ArrayList<>();
        if (score < MIN_SCORE || score > MAX_SCORE) {
            v.add(new Violation("score", "must be between " + MIN_SCORE + " and " + MAX_SCORE));
        }
        if (comments != null && comments.length() > MAX_COMMENTS) {
            v.add(new Violation("comments", "must be at most " + MAX_COMMENTS + " characters"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    public StoreReview replacedWith(int newScore, String newComments, Instant now) {
        return new StoreReview(id, listingId, userId, newScore, newComments, createdAt, now);
    }
}
