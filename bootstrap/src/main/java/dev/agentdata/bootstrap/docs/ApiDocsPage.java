package dev.agentdata.bootstrap.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import io.helidon.http.HeaderNames;
import io.helidon.http.NotFoundException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The API page: {@code /docs} (and {@code /docs/}) is Swagger UI rendering {@code /openapi}, its scripts and
 * styles served from the {@code org.webjars:swagger-ui} jar on the class path.
 */
public final class ApiDocsPage {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** The files the page loads, with their content types; the webjar's own index and initializer are not served. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final byte[] page;
    private final String assetFolder;

    private ApiDocsPage(byte[] page, String assetFolder) {
        this.page = page;
        this.assetFolder = assetFolder;
    }

    /** Adds the page's routes; fails at start-up, not on the first request, when the webjar is missing. */
    public static void register(HttpRouting.Builder routing) {
        String assetFolder = WEBJAR + webjarVersion() + "/";
        for (String file : ASSETS.keySet()) {
            if (ApiDocsPage.class.getClassLoader().getResource(assetFolder + file) == null) {
                throw new IllegalStateException("the swagger-ui webjar has no " + assetFolder + file);
            }
        }
        ApiDocsPage docs = new ApiDocsPage(read(ApiDocsPage.class.getResourceAsStream("index.html"), "index.html"),
                assetFolder);
        routing.get("/docs", docs::page)
                .get("/docs/", docs::page)
                .get("/docs/{file}", docs::asset);
    }

    private void page(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.send(page);
    }

    private void asset(ServerRequest req, ServerResponse res) throws IOException {
        String file = req.path().pathParameters().get("file");
        String type = ASSETS.get(file);
        if (type == null) {
            throw new NotFoundException("no such file of the API page: " + file);
        }
        res.header(HeaderNames.CONTENT_TYPE, type);
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=3600");
        try (InputStream in = ApiDocsPage.class.getClassLoader().getResourceAsStream(assetFolder + file);
             OutputStream out = res.outputStream()) {
            in.transferTo(out);
        }
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = ApiDocsPage.class.getClassLoader().getResourceAsStream(WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the class path (" + WEBJAR_VERSION
                        + "); the /docs page needs it");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(InputStream in, String name) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " of the /docs page");
        }
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
