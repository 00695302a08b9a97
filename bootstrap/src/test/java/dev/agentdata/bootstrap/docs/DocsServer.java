package dev.agentdata.bootstrap.docs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.agentdata.bootstrap.AppConfig;
import dev.agentdata.bootstrap.ConfigLoader;
import dev.agentdata.bootstrap.RunningServer;

/** The real server in-process on a free port (memory storage), for the tests of what documents the API. */
final class DocsServer implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningServer server;

    private DocsServer(RunningServer server) {
        this.server = server;
    }

    static DocsServer start() {
        return new DocsServer(RunningServer.start(AppConfig.from(ConfigLoader.load(Map.of("STORAGE", "memory",
                "SERVER_PORT", "0", "SERVER_HOST", "127.0.0.1", "JWT_SECRET", "docs-test-secret-docs-test-secret-0123")))));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** GETs {@code path} with the given {@code Accept} (none when null). */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The served OpenAPI document, parsed from its JSON form. */
    JsonNode openApi() throws IOException, InterruptedException {
        return JSON.readTree(get("/openapi?format=JSON", null).body());
    }

    /** The repository root (the folder with tools/package.json), from the module the tests run in. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("tools/package.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no tools/package.json above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @Override
    public void close() {
        server.close();
    }
}
