package dev.agentdata.adapter.postgres.store;

import static dev.agentdata.adapter.postgres.JsonColumns.instant;
import static dev.agentdata.adapter.postgres.JsonColumns.uuid;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.domain.store.ListingContent;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;

/** Column lists, statements (resolved once per schema) and row readers of the store tables. */
final class StoreRows {
    static final String LISTING_COLUMNS = "l.id, l.slug, l.graph_id, l.owner_id, l.active_submission_id, "
            + "l.created_at, l.updated_at";
    static final String SUBMISSION_COLUMNS = "s.id, s.listing_id, l.slug, s.graph_id, s.graph_version, s.version, "
            + "s.name, s.sub_heading, s.description, s.categories, s.status, s.reviewer_id, s.review_comment, "
            + "s.reviewed_at, s.created_at";
    static final String SUBMISSIONS_FROM =
            " FROM {schema}.store_submissions s JOIN {schema}.store_listings l ON l.id = s.listing_id ";
    static final String VIEW_COLUMNS = "l.id, l.slug, s.name, s.sub_heading, s.description, s.categories, "
            + "CASE WHEN u.name IS NOT NULL AND btrim(u.name) <> '' THEN u.name "
            + "WHEN position('@' IN u.email) > 1 THEN split_part(u.email, '@', 1) ELSE u.email END AS creator, "
            + "l.graph_id, s.graph_version, s.version, l.rating, l.review_count, l.run_count, l.updated_at";
    static final String VIEW_FROM = " FROM {schema}.store_listings l"
            + " JOIN {schema}.store_submissions s ON s.id = l.active_submission_id"
            + " LEFT JOIN {schema}.users u ON u.id = l.owner_id ";
    static final String REVIEW_COLUMNS = "id, listing_id, user_id, score, comments, created_at, updated_at";

    final String insertListing;
    final String updateListing;
    final String listingBySlug;
    final String listingByGraph;
    final String lockListing;
    final String insertSubmission;
    final String updateSubmission;
    final String updateSubmissionContent;
    final String deleteSubmission;
    final String deleteListing;
    final String submissionById;
    final String submissionsOfListing;
    final String findReview;
    final String upsertReview;
    final String addReviewToListing;
    final String listedGraph;
    final String hasListing;

    StoreRows(SqlSchema schema) {
        insertListing = schema.sql("INSERT INTO {schema}.store_listings "
                + "(id, slug, graph_id, owner_id, active_submission_id, created_at, updated_at, run_count) "
                + "SELECT ?, ?, ?, ?, ?, ?, ?, count(*) FROM {schema}.graph_executions e "
                + "WHERE e.graph_id = ? AND e.user_id <> ? ON CONFLICT DO NOTHING");
        updateListing = schema.sql("UPDATE {schema}.store_listings SET active_submission_id = ?, updated_at = ? WHERE id = ?");
        String listing = "SELECT " + LISTING_COLUMNS + " FROM {schema}.store_listings l ";
        listingBySlug = schema.sql(listing + "WHERE l.slug = ?");
        listingByGraph = schema.sql(listing + "WHERE l.graph_id = ?");
        lockListing = schema.sql(listing + "WHERE l.id = ? FOR UPDATE");
        insertSubmission = schema.sql("INSERT INTO {schema}.store_submissions (id, listing_id, owner_id, "
                + "graph_id, graph_version, version, name, sub_heading, description, categories, status, "
                + "reviewer_id, review_comment, reviewed_at, created_at) SELECT ?, l.id, l.owner_id, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM {schema}.store_listings l WHERE l.id = ?");
        updateSubmission = schema.sql("UPDATE {schema}.store_submissions SET status = ?, reviewer_id = ?, "
                + "review_comment = ?, reviewed_at = ? WHERE id = ?");
        updateSubmissionContent = schema.sql("UPDATE {schema}.store_submissions SET name = ?, sub_heading = ?, "
                + "description = ?, categories = ? WHERE id = ?");
        deleteSubmission = schema.sql("DELETE FROM {schema}.store_submissions WHERE id = ?");
        deleteListing = schema.sql("DELETE FROM {schema}.store_listings WHERE id = ?");
        String submissions = "SELECT " + SUBMISSION_COLUMNS + SUBMISSIONS_FROM;
        submissionById = schema.sql(submissions + "WHERE s.id = ?");
        submissionsOfListing = schema.sql(submissions + "WHERE s.listing_id = ? ORDER BY s.version");
        findReview = schema.sql("SELECT " + REVIEW_COLUMNS + " FROM {schema}.store_reviews WHERE listing_id = ? AND user_id = ?");
        upsertReview = schema.sql("INSERT INTO {schema}.store_reviews (" + REVIEW_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (listing_id, user_id) DO UPDATE SET "
                + "score = EXCLUDED.score, comments = EXCLUDED.comments, updated_at = EXCLUDED.updated_at");
        addReviewToListing = schema.sql("UPDATE {schema}.store_listings SET review_count = review_count + ?, "
                + "score_sum = score_sum + ? WHERE id = ?");
        listedGraph = schema.sql("SELECT l.owner_id, s.graph_version FROM {schema}.store_listings l"
                + " LEFT JOIN {schema}.store_submissions s ON s.id = l.active_submission_id WHERE l.graph_id = ?");
        hasListing = schema.sql("SELECT 1 FROM {schema}.store_listings WHERE graph_id = ?");
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
