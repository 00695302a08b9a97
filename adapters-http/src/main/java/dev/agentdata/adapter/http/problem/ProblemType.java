package dev.agentdata.adapter.http.problem;

/** What kind of problem a failure is on the wire: its status, the slug of its {@code type} URI and its title. */
record ProblemType(int status, String slug, String title) {
    static final String TYPE_BASE = "https://agentdata.dev/problems/";

    String uri() {
        return TYPE_BASE + slug;
    }
}
