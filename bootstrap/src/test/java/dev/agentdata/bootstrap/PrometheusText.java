package dev.agentdata.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format (0.0.4) that lists what a scraper would reject: malformed lines,
 * a second TYPE or HELP for a family, a TYPE after the family's first sample, families split apart, a sample whose
 * name its family's type does not allow (a histogram has only {@code _bucket}, {@code _sum}, {@code _count}),
 * buckets without {@code le}, without {@code +Inf} or not cumulative, a {@code _count} that is not the {@code +Inf}
 * bucket, and the same series twice.
 */
final class PrometheusText {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern TYPE =
            Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
    private static final Pattern SAMPLE = Pattern.compile(
            "(" + NAME + ")(?:\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*)})? "
                    + "([-+]?(?:[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?|Inf|NaN))(?: -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, String> types = new HashMap<>();
    private final Set<String> helped = new HashSet<>();
    private final Set<String> closedFamilies = new HashSet<>();
    private final Set<String> series = new HashSet<>();
    /** Histogram buckets by family and label set without {@code le}: le → count, in order of appearance. */
    private final Map<String, LinkedHashMap<Double, Double>> buckets = new TreeMap<>();
    private final Map<String, Double> counts = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private String currentFamily;

    private PrometheusText() {
    }

    /** Everything in {@code text} a strict scraper would reject; empty when it is valid. */
    static List<String> problems(String text) {
        PrometheusText reader = new PrometheusText();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!(i == lines.length - 1 && lines[i].isEmpty())) {
                reader.line(i + 1, lines[i]);
            }
        }
        reader.checkHistograms();
        return reader.problems;
    }

    private void line(int number, String line) {
        Matcher m;
        if ((m = TYPE.matcher(line)).matches()) {
            declare(number, m.group(1), m.group(2));
        } else if ((m = HELP.matcher(line)).matches()) {
            if (!helped.add(m.group(1))) {
                problems.add("line " + number + ": a second HELP for " + m.group(1));
            }
        } else if (line.startsWith("#") || line.isBlank()) {
            return;
        } else if ((m = SAMPLE.matcher(line)).matches()) {
            sample(number, m.group(1), m.group(2) == null ? "" : m.group(2), m.group(3));
        } else {
            problems.add("line " + number + ": not a sample, TYPE or HELP: " + line);
        }
    }

    private void declare(int number, String family, String type) {
        if (types.containsKey(family)) {
            problems.add("line " + number + ": a second TYPE for " + family);
        } else if (closedFamilies.contains(family) || family.equals(currentFamily)) {
            problems.add("line " + number + ": TYPE of " + family + " after its samples");
        }
        types.put(family, type);
    }

    private void sample(int number, String name, String labelText, String value) {
        Map<String, String> labels = new TreeMap<>();
        Matcher l = LABEL.matcher(labelText);
        while (l.find()) {
            if (labels.put(l.group(1), l.group(2)) != null) {
                problems.add("line " + number + ": label " + l.group(1) + " twice");
            }
        }
        String family = familyOf(name);
        String type = types.getOrDefault(family, "untyped");
        String suffix = name.substring(family.length());
        boolean allowed = switch (type) {
            case "histogram" -> suffix.equals("_bucket") || suffix.equals("_sum") || suffix.equals("_count");
            case "summary" -> suffix.isEmpty() && labels.containsKey("quantile")
                    || suffix.equals("_sum") || suffix.equals("_count");
            default -> suffix.isEmpty();
        };
        if (!allowed) {
            problems.add("line " + number + ": " + name + labels + " does not belong in a " + type + " family");
        }
        if (!family.equals(currentFamily)) {
            if (closedFamilies.contains(family)) {
                problems.add("line " + number + ": samples of " + family + " are not together");
            }
            if (currentFamily != null) {
                closedFamilies.add(currentFamily);
            }
            currentFamily = family;
        }
        if (!series.add(name + labels)) {
            problems.add("line " + number + ": " + name + labels + " twice");
        }
        if (type.equals("histogram")) {
            histogramSample(number, family, suffix, labels, parse(value));
        }
    }

    private void histogramSample(int number, String family, String suffix, Map<String, String> labels, double value) {
        Map<String, String> withoutLe = new TreeMap<>(labels);
        String le = withoutLe.remove("le");
        String key = family + withoutLe;
        if (suffix.equals("_bucket")) {
            if (le == null) {
                problems.add("line " + number + ": a bucket of " + family + " without le");
                return;
            }
            buckets.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(parse(le), value);
        } else if (suffix.equals("_count")) {
            counts.put(key, value);
        }
    }

    private void checkHistograms() {
        buckets.forEach((key, byLe) -> {
            double previousLe = Double.NEGATIVE_INFINITY;
            double previousCount = 0;
            for (Map.Entry<Double, Double> bucket : byLe.entrySet()) {
                if (bucket.getKey() <= previousLe || bucket.getValue() < previousCount) {
                    problems.add(key + ": buckets are not in order of le with cumulative counts");
                }
                previousLe = bucket.getKey();
                previousCount = bucket.getValue();
            }
            Double infinite = byLe.get(Double.POSITIVE_INFINITY);
            if (infinite == null) {
                problems.add(key + ": no le=\"+Inf\" bucket");
            } else if (!infinite.equals(counts.get(key))) {
                problems.add(key + ": _count " + counts.get(key) + " is not the +Inf bucket " + infinite);
            }
        });
    }

    /** The declared family a sample name belongs to: itself, or itself less a histogram or summary suffix. */
    private String familyOf(String name) {
        for (String suffix : List.of("_bucket", "_sum", "_count")) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                String type = types.get(base);
                if ("histogram".equals(type) || "summary".equals(type)) {
                    return base;
                }
            }
        }
        return name;
    }

    private static double parse(String value) {
        return switch (value) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(value);
        };
    }
}
