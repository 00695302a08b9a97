package dev.agentdata.adapter.http.json;

import java.util.List;

/** The path of a value in a request body as problem documents name it: {@code nodes[2].label}. */
final class JsonPath {
    private JsonPath() {
    }

    /** Field names joined by dots, array indexes in brackets. */
    static String of(List<Object> steps) {
        StringBuilder sb = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(step);
            }
        }
        return sb.toString();
    }
}
