package dev.agentdata.adapter.http;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;

/**
 * Fields of a response body that its schema does not name. JSON Schema lets an object without
 * {@code additionalProperties} carry any field, so a field the server sends and the document forgot passes schema
 * validation; clients depend on every field, so the contract check reports it. Objects whose schema allows other
 * fields ({@code additionalProperties: true} or a schema) are open on purpose.
 */
final class UndocumentedFields {
    private final JsonNode document;
    private final UnaryOperator<String> resolve;

    /** @param resolve a pointer of the document, or where the {@code $ref} at it points */
    UndocumentedFields(JsonNode document, UnaryOperator<String> resolve) {
        this.document = document;
        this.resolve = resolve;
    }

    /** Adds "body /path: field 'x' is not in the document" for each such field of {@code value}. */
    void find(String schemaPointer, JsonNode value, String where, List<String> violations) {
        String schema = resolve.apply(schemaPointer);
        if (value.isArray()) {
            if (document.at(schema + "/items").isObject()) {
                for (int i = 0; i < value.size(); i++) {
                    find(schema + "/items", value.get(i), where + "/" + i, violations);
                }
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        List<String> parts = parts(schema);
        Set<String> named = new HashSet<>();
        parts.forEach(p -> named.addAll(document.at(p + "/properties").propertyNames()));
        boolean open = named.isEmpty() || parts.stream().anyMatch(p -> document.at(p).has("additionalProperties"));
        for (String field : value.propertyNames()) {
            String fieldPath = where + "/" + OpenApiContract.escape(field);
            String property = parts.stream().map(p -> p + "/properties/" + OpenApiContract.escape(field))
                    .filter(p -> !document.at(p).isMissingNode()).findFirst().orElse(null);
            if (property != null) {
                find(property, value.get(field), fieldPath, violations);
            } else if (!open) {
                violations.add("body " + (where.isEmpty() ? "/" : where) + ": field '" + field
                        + "' is not in the document");
            }
        }
    }

    /** The schema itself, or the branches of its {@code allOf}, each resolved. */
    private List<String> parts(String schema) {
        JsonNode allOf = document.at(schema + "/allOf");
        if (!allOf.isArray()) {
            return List.of(schema);
        }
        return java.util.stream.IntStream.range(0, allOf.size())
                .mapToObj(i -> resolve.apply(schema + "/allOf/" + i))
                .flatMap(branch -> parts(branch).stream())
                .toList();
    }
}
