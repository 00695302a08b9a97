package dev.agentdata.domain.user;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which BCP 47 tags name a locale that exists: well-formed, a known ISO 639 language, a known region if any. */
public final class LanguageTags {
    private static final Pattern UN_M49 = Pattern.compile("\\d{3}");
    private static final Set<String> LANGUAGES = languages();
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private LanguageTags() {
    }

    public static boolean isKnown(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return false;
        }
        String region = locale.getCountry();
        return LANGUAGES.contains(locale.getLanguage())
                && (region.isEmpty() || REGIONS.contains(region) || UN_M49.matcher(region).matches());
    }

    private static Set<String> languages() {
        Set<String> out = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));
        for (String two : Locale.getISOLanguages()) {
            out.add(Locale.of(two).getISO3Language());
        }
        for (Locale available : Locale.getAvailableLocales()) {
            if (!available.getLanguage().isEmpty()) {
                out.add(available.getLanguage());
            }
        }
        return Set.copyOf(out);
    }
}
