package dev.agentdata.adapter.postgres.store;

import static dev.agentdata.adapter.postgres.JsonColumns.instant;
import static dev.agentdata.adapter.postgres.JsonColumns.uuid;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import dev.agentdata.domain.store.ListingContent;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;

/** Column lists and row readers of the store tables. */
final class StoreRows {
    static final String LISTING_COLUMNS = "l.id, l.slug, l.graph_id, l.owner_id, l.active_submission_id, "
            + "l.created_at, l.updated_at";
    static final String SUBMISSION_COLUMNS = "s.id, s.listing_id, l.slug, s.graph_id, s.graph_version, s.version, "
            + "s.name, s.sub_heading, s.description, s.categories, s.status, s.reviewer_id, s.review_comment, "
            + "s.reviewed_at, s.created_at";
    static final String SUBMISSIONS_FROM = " FROM store_submissions s JOIN store_listings l ON l.id = s.listing_id ";
    static final String VIEW_COLUMNS = "l.id, l.slug, s.name, s.sub_heading, s.description, s.categories, "
            + "CASE WHEN u.name IS NOT NULL AND btrim(u.name) <> '' THEN u.name "
            + "WHEN position('@' IN u.email) > 1 THEN split_part(u.email, '@', 1) ELSE u.email END AS creator, "
            + "l.graph_id, s.graph_version, s.version, l.rating, l.review_count, l.run_count, l.updated_at";
    static final String VIEW_FROM = " FROM store_listings l JOIN store_submissions s ON s.id = l.active_submission_id "
            + "LEFT JOIN users u ON u.id = l.owner_id ";
    static final String REVIEW_COLUMNS = "id, listing_id, user_id, score, comments, created_at, updated_at";

    private StoreRows() {
    }

    static StoreListing listing(ResultSet rs) throws SQLException {
        return new StoreListing(uuid(rs, "id"), rs.getString("slug"), uuid(rs, "graph_id"), uuid(rs, "owner_id"),
                uuid(rs, "active_submission_id"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static StoreSubmission submission(ResultSet rs) throws SQLException {
        ListingContent content = new ListingContent(rs.getString("name"), rs.getString("sub_heading"),
                rs.getString("description"), strings(rs.getArray("categories")));
        return new StoreSubmission(uuid(rs, "id"), uuid(rs, "listing_id"), rs.getString("slug"), uuid(rs, "graph_id"),
                rs.getInt("graph_version"), rs.getInt("version"), content,
                SubmissionStatus.fromWireName(rs.getString("status")).orElseThrow(), uuid(rs, "reviewer_id"),
                rs.getString("review_comment"), instant(rs, "reviewed_at"), instant(rs, "created_at"));
    }

    static ListingView view(ResultSet rs) throws SQLException {
        double rating = rs.getDouble("rating");
        Double mean = rs.wasNull() ? null : rating;
        return new ListingView(uuid(rs, "id"), rs.getString("slug"), rs.getString("name"), rs.getString("sub_heading"),
                rs.getString("description"), strings(rs.getArray("categories")), rs.getString("creator"),
                uuid(rs, "graph_id"), rs.getInt("graph_version"), rs.getInt("version"), mean,
                rs.getLong("review_count"), rs.getLong("run_count"), instant(rs, "updated_at"));
    }

    static StoreReview review(ResultSet rs) throws SQLException {
        return new StoreReview(uuid(rs, "id"), uuid(rs, "listing_id"), uuid(rs, "user_id"), rs.getInt("score"),
                rs.getString("comments"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
