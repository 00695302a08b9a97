package dev.agentdata.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutations of a valid JSON body: a field of the wrong type, missing, extra or null; odd strings and numbers at and
 * beyond the limits; bytes that are not UTF-8; JSON that is not JSON. Each returns the body's bytes and a name.
 */
final class BodyMutations {
    /** Stands for a raw JSON token that no Java value serializes to (a lone surrogate escape, a huge number). */
    private static final String RAW = "\u0001raw:";
    private static final List<Object> OTHER_TYPES = List.of(123, "text", true, List.of(), Map.of(), 1.5);
    private static final List<String> ODD_STRINGS = List.of("", "   ", "\t\n\r", "\u0001\u0007\u001b[31m\u007f",
            "\u202Eevil\u202C", "שלום עולם", "مرحبا", "😀👩‍👩‍👧🏳️‍🌈", "a\u0000b", "\u0000", "\uFEFFbom", "\uFFFF\uFFFE",
            "e\u0301\u0301\u0301", "zero\u200Bwidth", "' OR 1=1 --", "../../etc/passwd", "<script>x</script>",
            "${jndi:ldap://x/y}", "%00%zz", "null", "\\u0000", RAW + "\"\\ud800\"", RAW + "\"x\\udfffy\"",
            RAW + "\"\\ud800\\ud800\"");
    private static final List<String> ODD_NUMBERS = List.of("0", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999999",
            "1e308", "1e400", "-1e400", "1.5", "-0", "0.0", "1E2", "1e-400", "0.1e1");
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82});

    /** A mutated body and what was done to it. */
    record Mutated(String kind, byte[] body) {
    }

    private BodyMutations() {
    }

    static Mutated mutate(Object valid, Random random) {
        Object body = copy(valid);
        List<Slot> slots = new ArrayList<>();
        slots(body, slots);
        if (slots.isEmpty() || random.nextInt(10) == 0) {
            return malformed(valid, random);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        return switch (random.nextInt(8)) {
            case 0 -> set(body, slot, OTHER_TYPES.get(random.nextInt(OTHER_TYPES.size())), "wrong type");
            case 1 -> slot.remove() ? new Mutated("missing field", FuzzClient.bytes(body))
                    : set(body, slot, null, "null element");
            case 2 -> extra(body, slot, random);
            case 3 -> set(body, slot, null, "null");
            case 4, 5 -> set(body, slot, ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())), "odd string");
            case 6 -> set(body, slot, RAW + ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size())), "odd number");
            default -> badUtf8(FuzzClient.bytes(body), random);
        };
    }

    /** A long string (the server's limits, not the generator's) somewhere in the body. */
    static Mutated longString(Object valid, Random random, int length) {
        Object body = copy(valid);
        List<Slot> slots = new ArrayList<>();
        slots(body, slots);
        String text = "ü".repeat(length / 2);
        return slots.isEmpty() ? new Mutated("long string", FuzzClient.bytes(text))
                : set(body, slots.get(random.nextInt(slots.size())), text, "long string");
    }

    private static Mutated malformed(Object valid, Random random) {
        String json = new String(FuzzClient.bytes(valid), StandardCharsets.UTF_8);
        List<String> texts = List.of("", "{", "[", "null", "{}", "[]", "\"text\"", "42", json + "xyz", json + json,
                "[".repeat(5000), "{\"a\":".repeat(3000), "\uFEFF" + json, "/*c*/" + json, "{'a': 1}", "NaN",
                json.startsWith("{\"") ? "{" + json.substring(1, json.indexOf(',') > 0 ? json.indexOf(',') + 1 : 1)
                        + json.substring(1) : "{\"a\":1,\"a\":2}");
        return new Mutated("malformed JSON", texts.get(random.nextInt(texts.size())).getBytes(StandardCharsets.UTF_8));
    }

    private static Mutated badUtf8(byte[] json, Random random) {
        int quote = -1;
        for (int i = 0; i < json.length; i++) {
            if (json[i] == '"' && random.nextInt(3) == 0 || json[i] == '"' && quote < 0) {
                quote = i;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = quote < 0 ? 0 : quote + 1;
        out.write(json, 0, at);
        out.writeBytes(BAD_UTF8.get(random.nextInt(BAD_UTF8.size())));
        out.write(json, at, json.length - at);
        return new Mutated("invalid UTF-8", out.toByteArray());
    }

    private static Mutated extra(Object body, Slot slot, Random random) {
        if (slot.parent() instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) map;
            m.put(random.nextBoolean() ? "unexpected_field" : "Name", 1);
            return new Mutated("extra field", FuzzClient.bytes(body));
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) slot.parent();
        list.add(list.isEmpty() ? "x" : copy(list.get(0)));
        return new Mutated("extra element", bytes(body));
    }

    private static Mutated set(Object body, Slot slot, Object value, String kind) {
        slot.set(value);
        return new Mutated(kind, bytes(body));
    }

    /** JSON bytes, with the raw-token stand-ins replaced by their tokens. */
    private static byte[] bytes(Object body) {
        String json = new String(FuzzClient.bytes(body), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        String marker = "\"\\u0001raw:";
        int from = 0;
        for (int at = json.indexOf(marker); at >= 0; at = json.indexOf(marker, from)) {
            int end = at + marker.length();
            while (json.charAt(end) != '"' || json.charAt(end - 1) == '\\') {
                end++;
            }
            out.append(json, from, at).append(json.substring(at + marker.length(), end).replace("\\\"", "\"")
                    .replace("\\\\", "\\"));
            from = end + 1;
        }
        return out.append(json.substring(from)).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A place in the body: a key of an object or an index of a list. */
    private record Slot(Object parent, Object key) {
        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (parent instanceof Map<?, ?> m) {
                ((Map<Object, Object>) m).put(key, value);
            } else {
                ((List<Object>) parent).set((Integer) key, value);
            }
        }

        boolean remove() {
            if (parent instanceof Map<?, ?> m) {
                m.remove(key);
                return true;
            }
            return false;
        }
    }

    private static void slots(Object node, List<Slot> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                out.add(new Slot(map, k));
                slots(v, out);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                out.add(new Slot(list, i));
                slots(list.get(i), out);
            }
        }
    }

    /** A mutable deep copy (hints and generated values may be immutable). */
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return node;
    }
}
