package dev.agentdata.adapter.http;

import java.util.regex.Pattern;

/** A path template of the OpenAPI document ({@code /api/v1/graphs/{id}}) as a matcher of request paths. */
record PathTemplate(String template, Pattern pattern, int literalSegments) {
    static PathTemplate of(String template) {
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        for (String segment : template.substring(1).split("/", -1)) {
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            regex.append('/').append(parameter ? "[^/]+" : Pattern.quote(segment));
            literal += parameter ? 0 : 1;
        }
        return new PathTemplate(template, Pattern.compile(regex.toString()), literal);
    }

    boolean matches(String path) {
        return pattern.matcher(path).matches();
    }
}
