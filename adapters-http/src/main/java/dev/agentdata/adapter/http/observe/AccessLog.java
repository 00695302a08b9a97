package dev.agentdata.adapter.http.observe;

import java.lang.System.Logger.Level;

/**
 * The access log: one key=value line per request in {@code agentdata.access}, for routed requests and for those
 * Helidon refused before routing alike, each with its request id.
 */
public final class AccessLog {
    /** The access log's logger name (silence it with {@code agentdata.access.level=OFF}). */
    public static final String LOGGER = "agentdata.access";
    /** Longer paths are cut: a 10 KB request line must not become a 10 KB log line. */
    static final int MAX_PATH = 256;
    private static final System.Logger ACCESS = System.getLogger(LOGGER);

    private AccessLog() {
    }

    public static void write(String method, String path, String route, int status, long nanos, String requestId,
                             String user) {
        if (ACCESS.isLoggable(Level.INFO)) {
            ACCESS.log(Level.INFO, line(method, path, route, status, nanos, requestId, user));
        }
    }

    static String line(String method, String path, String route, int status, long nanos, String requestId,
                       String user) {
        return "method=" + printable(method) + " path=" + printable(path) + " route=" + route + " status=" + status
                + " ms=" + milliseconds(nanos) + " request_id=" + requestId
                + " user=" + user;
    }

    /** {@code nanos} in milliseconds with one decimal, rounded half up (as {@code %.1f}, without a Formatter per line). */
    static String milliseconds(long nanos) {
        long tenths = (Math.max(0, nanos) + 50_000) / 100_000;
        return (tenths / 10) + "." + (tenths % 10);
    }

    /** What a client sent, as one token without spaces or control characters, cut to {@link #MAX_PATH}. */
    private static String printable(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "-";
        }
        String cut = raw.length() > MAX_PATH ? raw.substring(0, MAX_PATH) + "..." : raw;
        StringBuilder sb = new StringBuilder(cut.length());
        cut.chars().forEach(c -> sb.append(c > ' ' && c < 0x7F ? (char) c : '?'));
        return sb.toString();
    }
}
