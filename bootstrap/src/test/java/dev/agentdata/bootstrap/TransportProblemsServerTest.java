package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server answers what Helidon refuses before routing with problem documents carrying X-Request-Id. */
class TransportProblemsServerTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of("STORAGE", "memory", "SERVER_PORT", "0",
                "SERVER_HOST", "127.0.0.1", "JWT_SECRET", ServerTest.SECRET))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends {@code head} (request line and headers, blank line included) and returns the answer's head and body. */
    private static String send(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (!answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                answer.write(b);
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            int length = text.toLowerCase().indexOf("content-length:");
            if (length >= 0) {
                int end = text.indexOf("\r\n", length);
                answer.writeBytes(in.readNBytes(Integer.parseInt(text.substring(length + 15, end).trim())));
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void problem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json", "x-request-id: ");
        assertThat(answer).contains("\"status\":" + status);
    }

    @Test
    void aTenKilobyteQuery_is414_andHeadersOverTheLimit_are431_asProblems() throws IOException {
        problem(send("GET /api/v1/graphs?q=" + "a".repeat(10 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
        problem(send("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Padding: " + "p".repeat(20_000) + "\r\n\r\n"), 431);
        problem(send("GET /api/v1/graphs/%zz HTTP/1.1\r\nHost: x\r\n\r\n"), 400);
    }
}
