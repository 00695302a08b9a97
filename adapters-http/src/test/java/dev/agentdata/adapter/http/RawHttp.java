package dev.agentdata.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends a request byte for byte over a socket, as no well-behaved client would (invalid UTF-8, raw percent-encodings,
 * huge request lines or headers, broken request lines), and reads the one answer.
 */
final class RawHttp {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** An answer: status, headers by lower-case name, the body, and what the server sent after it. */
    record Answer(int status, Map<String, String> headers, String body, String after) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code method target HTTP/1.1} with {@code headers} (Host and Connection: close added) and {@code body}. */
    Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "127.0.0.1:" + port);
        all.put("Connection", "close");
        all.putAll(headers);
        if (body != null) {
            all.put("Content-Length", Integer.toString(body.length));
        }
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return send(request.toByteArray());
    }

    /** Exactly {@code request}, and its answer. */
    Answer send(byte[] request) {
        return send(request, false);
    }

    /** Exactly {@code request}, its answer, and whatever else the server sends until it closes the connection. */
    Answer sendUntilClosed(byte[] request) {
        return send(request, true);
    }

    private Answer send(byte[] request, boolean untilClosed) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            Answer answer = read(socket.getInputStream());
            if (!untilClosed) {
                return answer;
            }
            String after = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(answer.status(), answer.headers(), answer.body(), after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One response: its head, then a body of Content-Length bytes, chunked, or up to the end of the stream. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before the end of the head: " + head);
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).trim().split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(in);
        } else {
            body = in.readAllBytes();
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), "");
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed inside a chunked body");
                }
                line.append((char) b);
            }
            int size = Integer.parseInt(line.toString().trim(), 16);
            if (size == 0) {
                in.readNBytes(2);
                return out.toByteArray();
            }
            out.writeBytes(in.readNBytes(size));
            in.readNBytes(2);
        }
    }
}
