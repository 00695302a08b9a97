package dev.agentdata.domain.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive, unmodifiable copies of JSON-like trees (maps, lists, strings, numbers, booleans, nulls). */
public final class JsonValues {
    private JsonValues() {
    }

    public static Map<String, Object> copyOf(Map<String, ?> map) {
        if (map == null) {
            return null;
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copyValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(String.valueOf(k), copyValue(x)));
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(x -> copy.add(copyValue(x)));
            return Collections.unmodifiableList(copy);
        }
        return v;
    }
}
