package dev.agentdata.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1Config;

import dev.agentdata.application.port.out.storage.InvalidSettingException;
import dev.agentdata.application.port.out.storage.SettingFormat;

/**
 * What the web server holds every connection to: how long it waits for a request's bytes, how many connections it
 * keeps, how large the request headers may be.
 * <p>
 * Event streams ({@code text/event-stream}) are long by design and none of these may cut them: the read timeout
 * covers a request only until its headers are in (a GET has no body), or until its answer starts, and the rate
 * limits count a request once, when it is admitted. A future limit on whole responses must exempt them here.
 *
 * @param readTimeout     a request whose headers and body have not all arrived this long after its request line is
 *                        closed ({@link RequestReadDeadlines}), and so is a connection idle this long
 * @param maxConnections  connections beyond this many are not accepted until one closes (they wait in the listen
 *                        backlog), so threads and file descriptors stay bounded
 * @param maxHeaderBytes  larger request headers are answered 431
 * @param maxBodyMemoryBytes request bodies over 64 KiB being read at once add up to at most this (the HTTP adapter's
 *                        body memory budget): past it they wait, then get a 503
 */
public record ServerLimits(Duration readTimeout, int maxConnections, int maxHeaderBytes, long maxBodyMemoryBytes) {
    public static final ServerLimits DEFAULTS = new ServerLimits(Duration.ofSeconds(30), 10_000, 16 * 1024,
            32L * 1024 * 1024);
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*(b|kib|mib)?");

    public ServerLimits {
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new StartupException("SERVER_READ_TIMEOUT must be positive, was " + readTimeout);
        }
        if (maxConnections < 1) {
            throw new StartupException("SERVER_MAX_CONNECTIONS must be positive, was " + maxConnections);
        }
        if (maxHeaderBytes < 1024) {
            throw new StartupException("SERVER_MAX_HEADER_SIZE must be at least 1KiB, was " + maxHeaderBytes + " bytes");
        }
        if (maxBodyMemoryBytes < 1024 * 1024) {
            throw new StartupException("SERVER_MAX_BODY_MEMORY must be at least 1MiB, was " + maxBodyMemoryBytes
                    + " bytes");
        }
    }

    /** Reads the settings' values as configured (e.g. {@code 30s}, {@code 10000}, {@code 16KiB}, {@code 32MiB}). */
    static ServerLimits parse(String readTimeout, String maxConnections, String maxHeaderSize, String maxBodyMemory) {
        try {
            return new ServerLimits(SettingFormat.duration("SERVER_READ_TIMEOUT", readTimeout),
                    whole("SERVER_MAX_CONNECTIONS", maxConnections), bytes("SERVER_MAX_HEADER_SIZE", maxHeaderSize),
                    bytes("SERVER_MAX_BODY_MEMORY", maxBodyMemory));
        } catch (InvalidSettingException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    /** Puts these limits on the server being built. */
    void applyTo(WebServerConfig.Builder server) {
        Duration sweep = readTimeout.dividedBy(4).compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1)
                : readTimeout.dividedBy(4).plusMillis(1);
        RequestReadDeadlines deadlines = RequestReadDeadlines.start(readTimeout, sweep);
        server.maxTcpConnections(maxConnections)
                .idleConnectionTimeout(readTimeout)
                .idleConnectionPeriod(sweep)
                // this HTTP/1.1 configuration replaces the discovered one: two would both claim each connection
                .protocolsDiscoverServices(false)
                .addProtocol(Http1Config.builder()
                        .maxHeadersSize(maxHeaderBytes)
                        .addReceiveListener(deadlines.receiving())
                        .addSendListener(deadlines.sending())
                        .build());
    }

    private static int whole(String variable, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new StartupException(variable + " must be a whole number, was '" + raw + "'");
        }
    }

    /** {@code 16KiB}, {@code 1MiB}, {@code 16384} (bytes). */
    static int bytes(String variable, String raw) {
        Matcher m = SIZE.matcher(raw.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new StartupException(variable + " must be a size such as 16KiB, 1MiB or 16384, was '" + raw + "'");
        }
        long n = Long.parseLong(m.group(1));
        long size = switch (m.group(2) == null ? "b" : m.group(2)) {
            case "kib" -> n * 1024;
            case "mib" -> n * 1024 * 1024;
            default -> n;
        };
        if (size > Integer.MAX_VALUE) {
            throw new StartupException(variable + " is too large: " + raw);
        }
        return (int) size;
    }
}
