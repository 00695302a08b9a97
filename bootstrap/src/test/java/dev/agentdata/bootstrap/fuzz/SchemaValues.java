package dev.agentdata.bootstrap.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Schema-valid JSON values (as maps, lists, strings, numbers, booleans) generated from the document's schemas. A
 * field named like a resource the fuzzer created itself ({@code graph_id}, {@code node_id}, {@code slug}...) takes
 * a real value from {@code hints}, so that valid requests reach the code behind the checks.
 */
final class SchemaValues {
    private final ApiDocument document;
    private final BiFunction<String, Random, Optional<Object>> hints;

    /** @param hints a field or schema name ("graph_id", "#GraphRequest") → a real value, or empty for generated */
    SchemaValues(ApiDocument document, BiFunction<String, Random, Optional<Object>> hints) {
        this.document = document;
        this.hints = hints;
    }

    /** A valid value for {@code schema}; {@code field} is the property name it sits under (or "" at the root). */
    Object valid(Map<String, Object> schema, String field, Random random) {
        if (schema.get("$ref") instanceof String ref) {
            Optional<Object> named = hints.apply("#" + ref.substring(ref.lastIndexOf('/') + 1), random);
            if (named.isPresent()) {
                return named.get();
            }
        }
        Optional<Object> hinted = field.isEmpty() ? Optional.empty() : hints.apply(field, random);
        if (hinted.isPresent()) {
            return hinted.get();
        }
        Map<String, Object> s = document.resolve(schema);
        if (s.get("allOf") instanceof List<?> parts) {
            Map<String, Object> merged = new LinkedHashMap<>();
            parts.forEach(p -> merged.putAll(ApiDocument.map(valid(ApiDocument.map(p), field, random))));
            return merged;
        }
        if (s.get("enum") instanceof List<?> values) {
            return values.get(random.nextInt(values.size()));
        }
        String type = String.valueOf(s.getOrDefault("type", "object"));
        return switch (type) {
            case "integer" -> integer(s, random);
            case "number" -> integer(s, random) + 0.5;
            case "boolean" -> random.nextBoolean();
            case "string" -> string(s, random);
            case "array" -> array(s, field, random);
            default -> object(s, random);
        };
    }

    private static long integer(Map<String, Object> s, Random random) {
        long min = s.get("minimum") instanceof Number n ? n.longValue() : 0;
        long max = s.get("maximum") instanceof Number n ? n.longValue() : min + 20;
        return min + random.nextLong(max - min + 1);
    }

    private static String string(Map<String, Object> s, Random random) {
        String format = String.valueOf(s.get("format"));
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("email")) {
            return "fuzz-" + Long.toHexString(random.nextLong()) + "@example.org";
        }
        if (format.equals("date-time")) {
            return "2026-01-02T03:04:05.123456Z";
        }
        if (s.get("pattern") instanceof String pattern && pattern.startsWith("^[a-z0-9-]")) {
            return "fz-" + Long.toHexString(random.nextLong() & 0xffffffffffL);
        }
        int min = s.get("minLength") instanceof Number n ? n.intValue() : 0;
        int max = s.get("maxLength") instanceof Number n ? n.intValue() : 40;
        int length = Math.max(min, Math.min(max, random.nextInt(12) + (min == 0 ? 0 : 1)));
        StringBuilder text = new StringBuilder();
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABC-_.0123456789éü";
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString().isBlank() && min > 0 ? "x".repeat(length) : text.toString();
    }

    private List<Object> array(Map<String, Object> s, String field, Random random) {
        int min = s.get("minItems") instanceof Number n ? n.intValue() : 0;
        int max = s.get("maxItems") instanceof Number n ? n.intValue() : 3;
        int size = min + random.nextInt(Math.max(1, Math.min(max, 3) - min + 1));
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Object item = valid(ApiDocument.map(s.get("items")), field + "[]", random);
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }

    private Map<String, Object> object(Map<String, Object> s, Random random) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<?> required = s.get("required") instanceof List<?> r ? r : List.of();
        ApiDocument.map(s.get("properties")).forEach((name, property) -> {
            if (required.contains(name) || random.nextInt(3) > 0) {
                out.put(name, valid(ApiDocument.map(property), name, random));
            }
        });
        if (out.isEmpty() && Boolean.TRUE.equals(s.get("additionalProperties")) && random.nextBoolean()) {
            out.put("k" + random.nextInt(100), random.nextInt(1000));
        }
        return out;
    }
}
