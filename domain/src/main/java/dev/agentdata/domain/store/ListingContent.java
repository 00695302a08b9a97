package dev.agentdata.domain.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;

/** What a submission publishes about a graph version: the texts shown in the store and its categories. */
public record ListingContent(String name, String subHeading, String description, List<String> categories) {
    public static final Pattern SLUG = Pattern.compile("^[a-z0-9-]{3,60}$");
    public static final int MAX_NAME = 100;
    public static final int MAX_SUB_HEADING = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_CATEGORIES = 10;
    public static final int MAX_CATEGORY = 50;

    public ListingContent {
        Objects.requireNonNull(name, "name");
        subHeading = subHeading == null ? "" : subHeading;
        description = description == null ? "" : description;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * This content with the given fields replaced ({@code null} keeps the current value), validated like a new
     * submission under {@code slug}.
     *
     * @throws ValidationException listing every rule the merged content breaks
     */
    public ListingContent patched(String slug, String newName, String newSubHeading, String newDescription,
                                  List<String> newCategories) {
        return validated(slug, newName != null ? newName : name,
                newSubHeading != null ? newSubHeading : subHeading,
                newDescription != null ? newDescription : description,
                newCategories != null ? newCategories : categories);
    }

    /** Every rule the slug and content break, with wire paths; empty when all is well. */
    public static List<Violation> violations(String slug, String name, String subHeading, String description,
                                             List<String> categories) {
        List<Violation> out = new ArrayList<>();
        if (slug == null || !SLUG.matcher(slug).matches()) {
            out.add(new Violation("slug", "must match ^[a-z0-9-]{3,60}$"));
        }
        if (name == null) {
            out.add(nameViolation());
        }
        out.addAll(patchViolations(name, subHeading, description, categories));
        return out;
    }

    /** Every rule the given fields of an edit break ({@code null} fields are not part of the edit). */
    public static List<Violation> patchViolations(String name, String subHeading, String description,
                                                  List<String> categories) {
        List<Violation> out = new ArrayList<>();
        if (name != null && (name.isBlank() || name.length() > MAX_NAME)) {
            out.add(nameViolation());
        }
        if (subHeading != null && subHeading.length() > MAX_SUB_HEADING) {
            out.add(new Violation("sub_heading", "must be at most " + MAX_SUB_HEADING + " characters"));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            out.add(new Violation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        List<String> cats = categories == null ? List.of() : categories;
        if (cats.size() > MAX_CATEGORIES) {
            out.add(new Violation("categories", "must have at most " + MAX_CATEGORIES + " entries"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cats.size(); i++) {
            String c = cats.get(i);
            if (c == null || c.isBlank() || c.length() > MAX_CATEGORY) {
                out.add(new Violation("categories[" + i + "]", "must be 1.." + MAX_CATEGORY + " characters and not blank"));
            } else if (!seen.add(c)) {
                out.add(new Violation("categories[" + i + "]", "duplicate category '" + c + "'"));
            }
        }
        return out;
    }

    /** @throws ValidationException listing every rule the given fields of an edit break */
    public static void requireValidPatch(String name, String subHeading, String description, List<String> categories) {
        List<Violation> v = patchViolations(name, subHeading, description, categories);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static Violation nameViolation() {
        return new Violation("name", "must be 1.." + MAX_NAME + " characters and not blank");
    }

    /** The validated content, or a {@link ValidationException} listing every problem (slug included). */
    public static ListingContent validated(String slug, String name, String subHeading, String description,
                                           List<String> categories) {
        List<Violation> v = violations(slug, name, subHeading, description, categories);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return new ListingContent(name, subHeading, description, categories);
    }
}
