-- The store: listings (one per graph, unique slug), their submissions (versions under admin review) and reviews.
-- rating, review_count and run_count are counters on the listing, maintained in the writing transaction, so a
-- listing page reads them without aggregating reviews or executions.

CREATE TABLE store_listings (
    id                   uuid        PRIMARY KEY,
    slug                 text        NOT NULL
        CONSTRAINT store_listings_slug_format CHECK (slug ~ '^[a-z0-9-]{3,60}$'),
    graph_id             uuid        NOT NULL,
    owner_id             uuid        NOT NULL,
    active_submission_id uuid,
    review_count         bigint      NOT NULL DEFAULT 0 CONSTRAINT store_listings_review_count_check CHECK (review_count >= 0),
    score_sum            bigint      NOT NULL DEFAULT 0,
    rating               double precision
        GENERATED ALWAYS AS (CASE WHEN review_count > 0 THEN score_sum::double precision / review_count END) STORED,
    run_count            bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT store_listings_slug_key UNIQUE (slug),
    CONSTRAINT store_listings_graph_key UNIQUE (graph_id)
);
-- Published listings in the two browse orders (keyset on (key, id)).
CREATE INDEX store_listings_recent ON store_listings (updated_at DESC, id DESC) WHERE active_submission_id IS NOT NULL;
CREATE INDEX store_listings_rating ON store_listings (COALESCE(rating, 0) DESC, id DESC) WHERE active_submission_id IS NOT NULL;
-- From a matching (text-searched) submission to its listing.
CREATE INDEX store_listings_active_submission ON store_listings (active_submission_id);

-- owner_id copies the listing's (which never changes) so "my submissions" pages by index.
-- The foreign key to the graph version has no cascade: a listed graph cannot be deleted.
CREATE TABLE store_submissions (
    id             uuid        PRIMARY KEY,
    listing_id     uuid        NOT NULL
        CONSTRAINT store_submissions_listing_fkey REFERENCES store_listings (id) ON DELETE CASCADE,
    owner_id       uuid        NOT NULL,
    graph_id       uuid        NOT NULL,
    graph_version  integer     NOT NULL,
    version        integer     NOT NULL CONSTRAINT store_submissions_version_positive CHECK (version >= 1),
    name           text        NOT NULL,
    sub_heading    text        NOT NULL DEFAULT '',
    description    text        NOT NULL DEFAULT '',
    categories     text[]      NOT NULL DEFAULT '{}',
    status         text        NOT NULL
        CONSTRAINT store_submissions_status_check CHECK (status IN ('pending', 'approved', 'rejected')),
    reviewer_id    uuid,
    review_comment text,
    reviewed_at    timestamptz,
    created_at     timestamptz NOT NULL,
    search         tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('english'::regconfig, name), 'A')
                       || setweight(to_tsvector('english'::regconfig, sub_heading), 'B')
                       || setweight(to_tsvector('english'::regconfig, description), 'C')) STORED,
    CONSTRAINT store_submissions_version_key UNIQUE (listing_id, version),
    CONSTRAINT store_submissions_graph_fkey FOREIGN KEY (graph_id, graph_version) REFERENCES graphs (id, version)
);
-- fastupdate off: the store is read far more than written, and a pending list would make the planner shun the index.
CREATE INDEX store_submissions_search ON store_submissions USING gin (search) WITH (fastupdate = off);
CREATE INDEX store_submissions_categories ON store_submissions USING gin (categories);
CREATE INDEX store_submissions_newest ON store_submissions (created_at DESC, id DESC);
CREATE INDEX store_submissions_by_status ON store_submissions (status, created_at DESC, id DESC);
CREATE INDEX store_submissions_by_owner ON store_submissions (owner_id, created_at DESC, id DESC);
CREATE INDEX store_submissions_graph ON store_submissions (graph_id, graph_version);

ALTER TABLE store_listings ADD CONSTRAINT store_listings_active_submission_fkey
    FOREIGN KEY (active_submission_id) REFERENCES store_submissions (id);

CREATE TABLE store_reviews (
    id         uuid        NOT NULL CONSTRAINT store_reviews_id_key UNIQUE,
    listing_id uuid        NOT NULL
        CONSTRAINT store_reviews_listing_fkey REFERENCES store_listings (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL,
    score      integer     NOT NULL CONSTRAINT store_reviews_score_range CHECK (score BETWEEN 1 AND 5),
    comments   text,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT store_reviews_pkey PRIMARY KEY (listing_id, user_id)
);

-- run_count follows the executions of the listed graph (any version) by users other than its creator, in the
-- statement that inserts or deletes them (statement-level, so a bulk insert costs one join, not one update per row);
-- a listing counts the runs that exist when it is created.
CREATE FUNCTION store_count_runs_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_listings l SET run_count = l.run_count + c.n
    FROM (SELECT e.graph_id, count(*) AS n FROM added e
          JOIN store_listings x ON x.graph_id = e.graph_id AND x.owner_id <> e.user_id GROUP BY e.graph_id) c
    WHERE l.graph_id = c.graph_id;
    RETURN NULL;
END
$$;
CREATE FUNCTION store_count_runs_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_listings l SET run_count = l.run_count - c.n
    FROM (SELECT e.graph_id, count(*) AS n FROM removed e
          JOIN store_listings x ON x.graph_id = e.graph_id AND x.owner_id <> e.user_id GROUP BY e.graph_id) c
    WHERE l.graph_id = c.graph_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER graph_executions_store_runs_added AFTER INSERT ON graph_executions
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION store_count_runs_added();
CREATE TRIGGER graph_executions_store_runs_removed AFTER DELETE ON graph_executions
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION store_count_runs_removed();
