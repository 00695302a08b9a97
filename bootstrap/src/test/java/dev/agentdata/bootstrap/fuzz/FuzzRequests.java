package dev.agentdata.bootstrap.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dev.agentdata.bootstrap.fuzz.ApiDocument.Operation;
import dev.agentdata.bootstrap.fuzz.ApiDocument.Param;
import dev.agentdata.bootstrap.fuzz.FuzzClient.Request;

/**
 * Builds the fuzzer's requests for an operation: a schema-valid one with real ids and credentials, or one mutated
 * in one way (body, content type, path id, query, credentials, method, size). {@code expected} is the one status a
 * mutation must get, when API.md fixes it.
 */
final class FuzzRequests {
    /** A request to send, what kind it is, and the status it must get (null: any documented one). */
    record Fuzzed(Operation op, Request request, String kind, Set<Integer> expected) {
    }

    private static final List<String> NOT_JSON = List.of("text/plain", "application/json; charset=latin1", "*/*",
            "application/xml", "garbage", "application/x-www-form-urlencoded", "application/jsonx");
    private static final List<String> BAD_PAGING = List.of("limit=0", "limit=101", "limit=-1", "limit=abc",
            "limit=1.5", "limit=99999999999999999999", "limit=", "include_total=yes", "include_total=1",
            "cursor=garbage", "cursor=%00", "cursor=" + "A".repeat(3000), "cursor=eyJ4IjoxfQ");

    private final ApiDocument document;
    private final FuzzWorld world;
    private final SchemaValues values;
    private final List<Credentials.Kind> badCredentials;
    private final int payloadLimit;

    FuzzRequests(ApiDocument document, FuzzWorld world, List<Credentials.Kind> badCredentials, int payloadLimit) {
        this.document = document;
        this.world = world;
        this.values = new SchemaValues(document, world::hint);
        this.badCredentials = badCredentials;
        this.payloadLimit = payloadLimit;
    }

    Fuzzed valid(Operation op, Random random) {
        Map<String, String> headers = new LinkedHashMap<>(auth(op, random));
        if (op.eventStream()) {
            headers.put("Accept", "application/json");
        }
        byte[] body = null;
        if (op.body() != null && (op.bodyRequired() || random.nextInt(4) > 0)) {
            headers.put("Content-Type", random.nextInt(5) == 0 ? "application/json; charset=UTF-8" : "application/json");
            body = FuzzClient.bytes(values.valid(op.body(), "", random));
        }
        return new Fuzzed(op, new Request(op.method(), world.path(op, random) + query(op, random), headers, body),
                "valid", Set.of());
    }

    Fuzzed mutated(Operation op, Random random) {
        Fuzzed base = valid(op, random);
        Request r = base.request();
        List<String> kinds = new ArrayList<>(List.of("query", "query", "method", "path-id", "path-id", "header"));
        if (!op.isPublic()) {
            kinds.add("credentials");
            kinds.add("credentials");
        }
        if (op.body() != null) {
            kinds.addAll(List.of("body", "body", "body", "body", "content-type", "large-body"));
        }
        if (op.api() && random.nextInt(4) == 0) {
            kinds.add(random.nextBoolean() ? "too-large" : "huge-header");
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        return switch (kind) {
            case "body" -> {
                BodyMutations.Mutated m = BodyMutations.mutate(values.valid(op.body(), "", random), random);
                yield fuzzed(op, with(r, "Content-Type", "application/json", m.body()), "body: " + m.kind(), Set.of());
            }
            case "large-body" -> {
                // mostly up to 1 MiB; one in ten up to half the payload limit (16 MiB by default: slow to send)
                int most = random.nextInt(10) == 0 ? payloadLimit / 2 : Math.min(payloadLimit / 2, 1 << 20);
                BodyMutations.Mutated m = BodyMutations.longString(values.valid(op.body(), "", random), random,
                        random.nextInt(most));
                yield fuzzed(op, with(r, "Content-Type", "application/json", m.body()), "body: " + m.kind(), Set.of());
            }
            case "too-large" -> fuzzed(op, with(r, "Content-Type", "application/json", tooLarge(random)),
                    "body over the limit", 413);
            case "content-type" -> {
                byte[] body = r.body() == null || r.body().length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : r.body();
                String type = NOT_JSON.get(random.nextInt(NOT_JSON.size()));
                boolean absent = random.nextInt(4) == 0;
                Map<String, String> headers = new LinkedHashMap<>(r.headers());
                headers.remove("Content-Type");
                if (!absent) {
                    headers.put("Content-Type", type);
                }
                yield fuzzed(op, new Request(r.method(), r.path(), headers, body),
                        "content type: " + (absent ? "absent" : type), 415);
            }
            case "credentials" -> {
                Credentials.Kind bad = badCredentials.get(random.nextInt(badCredentials.size()));
                Map<String, String> headers = new LinkedHashMap<>(r.headers());
                headers.remove("Authorization");
                headers.remove("X-API-Key");
                headers.putAll(bad.headers());
                yield fuzzed(op, new Request(r.method(), r.path(), headers, r.body()), "credentials: " + bad.name(),
                        bad.expected());
            }
            case "method" -> {
                List<String> others = new ArrayList<>(List.of("GET", "PUT", "POST", "DELETE", "PATCH"));
                others.removeAll(document.methods(op.template()));
                if (others.isEmpty()) {
                    yield base;
                }
                String method = others.get(random.nextInt(others.size()));
                yield fuzzed(op, new Request(method, r.path(), r.headers(), r.body()), "method: " + method, 405);
            }
            case "path-id" -> pathId(op, base, random);
            case "huge-header" -> fuzzed(op, with(r, "X-Fuzz", "h".repeat(17 * 1024), r.body()),
                    "headers over the limit", 431);
            case "header" -> fuzzed(op, with(r, random.nextBoolean() ? "X-Request-Id" : "Accept",
                    List.of("x".repeat(200), "bad id with spaces", "ü", "text/html", "application/xml", "*/*;q=0",
                            "a,b,c", "").get(random.nextInt(8)), r.body()), "odd header", Set.of());
            default -> query(op, base, random);
        };
    }

    private Fuzzed pathId(Operation op, Fuzzed base, Random random) {
        List<Param> params = op.params().stream().filter(p -> p.in().equals("path")).toList();
        if (params.isEmpty()) {
            return query(op, base, random);
        }
        Param p = params.get(random.nextInt(params.size()));
        String marker = "{" + p.name() + "}";
        String before = op.template().substring(0, op.template().indexOf(marker));
        boolean version = p.name().equals("version");
        List<String> bad = version ? List.of("0", "-1", "99", "abc", "1.0", "99999999999999999999")
                : List.of("not-a-uuid", UUID.randomUUID().toString(), "123", world.othersId(before), "x".repeat(1000));
        int pick = random.nextInt(bad.size() + 5);
        String value = pick < bad.size() ? bad.get(pick)
                : List.of("%00", "%C0%AF", "%C3%BC", "%F0%9F%98%80", "%ED%A0%80").get(pick - bad.size());
        boolean notFound = pick < bad.size() && !(op.admin() && value.equals(world.othersId(before)))
                && !p.name().equals("slug");
        String[] segments = op.template().split("/");
        String[] actual = base.request().path().split("\\?", 2)[0].split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(marker)) {
                actual[i] = value;
            }
        }
        Request r = base.request();
        return fuzzed(op, new Request(r.method(), String.join("/", actual), r.headers(), r.body()),
                "path id: " + p.name() + (pick < bad.size() ? " bad" : " odd encoding"),
                // a body's own values are checked before the state it touches (API.md): 422 may come first
                !notFound ? Set.of() : op.body() == null ? Set.of(404) : Set.of(404, 422));
    }

    private Fuzzed query(Operation op, Fuzzed base, Random random) {
        Request r = base.request();
        boolean paged = op.params().stream().anyMatch(p -> p.name().equals("limit"));
        String path = r.path().split("\\?", 2)[0];
        String extra;
        Set<Integer> expected = Set.of();
        int choice = random.nextInt(paged ? 6 : 2);
        if (choice >= 2) {
            // only the paging parameters the operation declares (the event page pages with `after`, not `cursor`)
            boolean cursor = op.params().stream().anyMatch(p -> p.name().equals("cursor"));
            List<String> bad = BAD_PAGING.stream()
                    .filter(b -> op.params().stream().anyMatch(p -> b.startsWith(p.name() + "="))).toList();
            extra = choice == 2 && cursor && !world.cursors.isEmpty() ? "cursor=" + tamperedOrForeign(op, random)
                    : bad.get(random.nextInt(bad.size()));
            expected = Set.of(400);
        } else {
            extra = List.of("foo=bar", "q=%00", "q=%C0%AF", "q=" + "w".repeat(5000), "status=bogus",
                    "limit=1&limit=2", "a=%zz", "=", "&&", "graph_id=not-a-uuid", "sort=up", "category=%F0%9F%98%80")
                    .get(random.nextInt(12));
        }
        return fuzzed(op, new Request(r.method(), path + "?" + extra, r.headers(), r.body()),
                expected.isEmpty() ? "odd query" : "bad paging", expected);
    }

    private String tamperedOrForeign(Operation op, Random random) {
        List<String> routes = new ArrayList<>(world.cursors.keySet());
        String route = routes.get(random.nextInt(routes.size()));
        String cursor = world.cursors.get(route);
        if (!route.equals(op.template()) && random.nextBoolean()) {
            return URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        }
        int at = random.nextInt(cursor.length());
        char flipped = cursor.charAt(at) == 'A' ? 'B' : 'A';
        return URLEncoder.encode(cursor.substring(0, at) + flipped + cursor.substring(at + 1), StandardCharsets.UTF_8);
    }

    private byte[] tooLarge(Random random) {
        byte[] body = new byte[payloadLimit + 1 + random.nextInt(1024)];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        return body;
    }

    private Map<String, String> auth(Operation op, Random random) {
        if (op.isPublic()) {
            return Map.of();
        }
        if (op.admin()) {
            return Credentials.bearer(world.admin);
        }
        return op.apiKeyAllowed() && random.nextInt(4) == 0 ? Credentials.apiKey(world.allKey)
                : Credentials.bearer(world.owner);
    }

    private String query(Operation op, Random random) {
        List<String> pairs = new ArrayList<>();
        for (Param p : op.params()) {
            if (!p.in().equals("query") || !p.required() && random.nextBoolean()) {
                continue;
            }
            Object value = p.name().equals("cursor") ? world.cursors.get(op.template())
                    : values.valid(p.schema(), p.name(), random);
            if (value != null) {
                pairs.add(p.name() + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static Request with(Request r, String header, String value, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(r.headers());
        headers.put(header, value);
        return new Request(r.method(), r.path(), headers, body);
    }

    private static Fuzzed fuzzed(Operation op, Request request, String kind, Integer expected) {
        return new Fuzzed(op, request, kind, expected == null ? Set.of() : Set.of(expected));
    }

    private static Fuzzed fuzzed(Operation op, Request request, String kind, Set<Integer> expected) {
        return new Fuzzed(op, request, kind, expected);
    }
}
