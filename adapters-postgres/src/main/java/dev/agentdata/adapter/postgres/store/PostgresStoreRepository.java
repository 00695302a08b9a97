package dev.agentdata.adapter.postgres.store;

import static dev.agentdata.adapter.postgres.JsonColumns.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import dev.agentdata.adapter.postgres.UnitOfWorkConnections;
import dev.agentdata.adapter.postgres.SqlSchema;
import dev.agentdata.application.port.out.ListedGraph;
import dev.agentdata.application.port.out.ListingQuery;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.StoreRepository;
import dev.agentdata.domain.store.ListingView;
import dev.agentdata.domain.store.RatingDelta;
import dev.agentdata.domain.store.StoreListing;
import dev.agentdata.domain.store.StoreReview;
import dev.agentdata.domain.store.StoreSubmission;
import dev.agentdata.domain.store.SubmissionStatus;

/** The store in Postgres; pages and the listing search live in {@link SubmissionPageQuery} and {@link ListingSearchQuery}. */
public final class PostgresStoreRepository implements StoreRepository {
    private final UnitOfWorkConnections jdbc;
    private final StoreRows sql;
    private final SubmissionPageQuery submissionPages;
    private final ListingSearchQuery search;

    public PostgresStoreRepository(UnitOfWorkConnections jdbc, SqlSchema schema) {
        this.jdbc = jdbc;
        this.sql = new StoreRows(schema);
        this.submissionPages = new SubmissionPageQuery(jdbc, schema);
        this.search = new ListingSearchQuery(jdbc, schema);
    }

    @Override
    public boolean insertListingIfAbsent(StoreListing l) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.insertListing)) {
                ps.setObject(1, l.id());
                ps.setString(2, l.slug());
                ps.setObject(3, l.graphId());
                ps.setObject(4, l.ownerId());
                ps.setObject(5, l.activeSubmissionId());
                setInstant(ps, 6, l.createdAt());
                setInstant(ps, 7, l.updatedAt());
                ps.setObject(8, l.graphId());
                ps.setObject(9, l.ownerId());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void updateListing(StoreListing l) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.updateListing)) {
                ps.setObject(1, l.activeSubmissionId());
                setInstant(ps, 2, l.updatedAt());
                ps.setObject(3, l.id());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoreListing> findListingBySlug(String slug) {
        return oneListing(sql.listingBySlug, slug);
    }

    @Override
    public Optional<StoreListing> findListingByGraph(UUID graphId) {
        return oneListing(sql.listingByGraph, graphId);
    }

    @Override
    public Optional<StoreListing> lockListing(UUID listingId) {
        return oneListing(sql.lockListing, listingId);
    }

    private Optional<StoreListing> oneListing(String statement, Object key) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(StoreRows.listing(rs)) : Optional.<StoreListing>empty();
                }
            }
        });
    }

    @Override
    public void insertSubmission(StoreSubmission s) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.insertSubmission)) {
                ps.setObject(1, s.id());
                ps.setObject(2, s.graphId());
                ps.setInt(3, s.graphVersion());
                ps.setInt(4, s.version());
                ps.setString(5, s.content().name());
                ps.setString(6, s.content().subHeading());
                ps.setString(7, s.content().description());
                ps.setArray(8, c.createArrayOf("text", s.content().categories().toArray()));
                ps.setString(9, s.status().wireName());
                ps.setObject(10, s.reviewerId());
                ps.setString(11, s.reviewComment());
                setInstant(ps, 12, s.reviewedAt());
                setInstant(ps, 13, s.createdAt());
                ps.setObject(14, s.listingId());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void updateSubmission(StoreSubmission s) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.updateSubmission)) {
                ps.setString(1, s.status().wireName());
                ps.setObject(2, s.reviewerId());
                ps.setString(3, s.reviewComment());
                setInstant(ps, 4, s.reviewedAt());
                ps.setObject(5, s.id());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void updateSubmissionContent(StoreSubmission s) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.updateSubmissionContent)) {
                ps.setString(1, s.content().name());
                ps.setString(2, s.content().subHeading());
                ps.setString(3, s.content().description());
                ps.setArray(4, c.createArrayOf("text", s.content().categories().toArray()));
                ps.setObject(5, s.id());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void deleteSubmission(UUID submissionId) {
        deleteById(sql.deleteSubmission, submissionId);
    }

    @Override
    public void deleteListing(UUID listingId) {
        deleteById(sql.deleteListing, listingId);
    }

    private void deleteById(String statement, UUID id) {
        jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setObject(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoreSubmission> findSubmission(UUID submissionId) {
        List<StoreSubmission> found = submissions(sql.submissionById, submissionId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    public List<StoreSubmission> listVersions(UUID listingId) {
        return submissions(sql.submissionsOfListing, listingId);
    }

    private List<StoreSubmission> submissions(String statement, UUID key) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoreSubmission> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(StoreRows.submission(rs));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public Page<StoreSubmission> listSubmissionsByOwner(UUID ownerId, PageRequest page) {
        return submissionPages.page("s.owner_id = ?", ownerId, page);
    }

    @Override
    public long countSubmissionsByOwner(UUID ownerId) {
        return submissionPages.count("s.owner_id = ?", ownerId);
    }

    @Override
    public Page<StoreSubmission> listSubmissions(Optional<SubmissionStatus> status, PageRequest page) {
        return status.isPresent() ? submissionPages.page("s.status = ?", status.get().wireName(), page)
                : submissionPages.page("TRUE", null, page);
    }

    @Override
    public long countSubmissions(Optional<SubmissionStatus> status) {
        return status.isPresent() ? submissionPages.count("s.status = ?", status.get().wireName())
                : submissionPages.count("TRUE", null);
    }

    @Override
    public Optional<StoreReview> findReview(UUID listingId, UUID userId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.findReview)) {
                ps.setObject(1, listingId);
                ps.setObject(2, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(StoreRows.review(rs)) : Optional.<StoreReview>empty();
                }
            }
        });
    }

    @Override
    public void saveReview(StoreReview r, RatingDelta delta) {
        jdbc.atomically(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.upsertReview)) {
                ps.setObject(1, r.id());
                ps.setObject(2, r.listingId());
                ps.setObject(3, r.userId());
                ps.setInt(4, r.score());
                ps.setString(5, r.comments());
                setInstant(ps, 6, r.createdAt());
                setInstant(ps, 7, r.updatedAt());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(sql.addReviewToListing)) {
                ps.setLong(1, delta.count());
                ps.setLong(2, delta.scoreSum());
                ps.setObject(3, r.listingId());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ListingView> findPublished(String slug) {
        return search.bySlug(slug);
    }

    @Override
    public Page<ListingView> searchPublished(ListingQuery query, PageRequest page) {
        return search.page(query, page);
    }

    @Override
    public long countPublished(ListingQuery query) {
        return search.count(query);
    }

    @Override
    public Optional<ListedGraph> findListedGraph(UUID graphId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.listedGraph)) {
                ps.setObject(1, graphId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ListedGraph>empty();
                    }
                    UUID owner = rs.getObject("owner_id", UUID.class);
                    int version = rs.getInt("graph_version");
                    return Optional.of(new ListedGraph(owner, rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(version)));
                }
            }
        });
    }

    @Override
    public boolean hasListing(UUID graphId) {
        return jdbc.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.hasListing)) {
                ps.setObject(1, graphId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
