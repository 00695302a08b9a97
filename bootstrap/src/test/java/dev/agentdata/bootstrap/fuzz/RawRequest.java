package dev.agentdata.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A request written byte for byte to a socket (raw percent-escapes, non-ASCII header bytes), one answer read back. */
final class RawRequest {
    private RawRequest() {
    }

    static FuzzClient.Response send(String base, FuzzClient.Request request, Duration timeout) {
        URI server = URI.create(base);
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
            socket.setSoTimeout((int) timeout.toMillis());
            StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\n");
            head.append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
            head.append("Connection: close\r\n");
            request.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            byte[] body = request.body() == null ? new byte[0] : request.body();
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            byte[] answer = readAll(socket.getInputStream());
            return parse(answer, System.nanoTime() - start);
        } catch (SocketTimeoutException e) {
            return new FuzzClient.Response(0, Map.of(), "", System.nanoTime() - start, "timed out after " + timeout);
        } catch (IOException e) {
            return new FuzzClient.Response(0, Map.of(), "", System.nanoTime() - start, "I/O (raw): " + e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static FuzzClient.Response parse(byte[] answer, long nanos) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new FuzzClient.Response(0, Map.of(), "", nanos, "not an HTTP answer: "
                    + text.substring(0, Math.min(200, text.length())));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
        }
        byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
        if (headers.containsKey("content-length")) {
            body = Arrays.copyOf(body, Math.min(body.length, Integer.parseInt(headers.get("content-length"))));
        }
        return new FuzzClient.Response(Integer.parseInt(lines[0].substring(9, 12)), headers,
                new String(body, StandardCharsets.UTF_8), nanos, null);
    }
}
