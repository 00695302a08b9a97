package dev.agentdata.adapter.memory.store;

import java.util.Map;
import java.util.Set;

/**
 * The Snowball English (Porter2) stemmer, as Postgres' {@code english_stem} dictionary applies it, so that memory
 * search matches the same words Postgres full-text search does ({@code running} and {@code runs} both {@code run}).
 * Input is one lower-case word of letters and digits.
 */
final class EnglishStemmer {
    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("skis", "ski"), Map.entry("skies", "sky"), Map.entry("dying", "die"), Map.entry("lying", "lie"),
            Map.entry("tying", "tie"), Map.entry("idly", "idl"), Map.entry("gently", "gentl"),
            Map.entry("ugly", "ugli"), Map.entry("early", "earli"), Map.entry("only", "onli"),
            Map.entry("singly", "singl"), Map.entry("sky", "sky"), Map.entry("news", "news"),
            Map.entry("howe", "howe"), Map.entry("atlas", "atlas"), Map.entry("cosmos", "cosmos"),
            Map.entry("bias", "bias"), Map.entry("andes", "andes"));
    private static final Set<String> AFTER_STEP_1A = Set.of("inning", "outing", "canning", "herring", "earring",
            "proceed", "exceed", "succeed");
    private static final String[] R1_PREFIXES = {"gener", "commun", "arsen"};
    private static final String[][] STEP_2 = {
        {"ization", "ize"}, {"ational", "ate"}, {"fulness", "ful"}, {"ousness", "ous"}, {"iveness", "ive"},
        {"tional", "tion"}, {"biliti", "ble"}, {"lessli", "less"}, {"entli", "ent"}, {"ation", "ate"},
        {"alism", "al"}, {"aliti", "al"}, {"ousli", "ous"}, {"iviti", "ive"}, {"fulli", "ful"}, {"enci", "ence"},
        {"anci", "ance"}, {"abli", "able"}, {"izer", "ize"}, {"ator", "ate"}, {"alli", "al"}, {"bli", "ble"},
        {"ogi", "og"}, {"li", ""}};
    private static final String[][] STEP_3 = {
        {"ational", "ate"}, {"tional", "tion"}, {"alize", "al"}, {"icate", "ic"}, {"iciti", "ic"}, {"ative", ""},
        {"ical", "ic"}, {"ness", ""}, {"ful", ""}};
    private static final String[] STEP_4 = {"ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"};

    private final StringBuilder w;
    private int r1;
    private int r2;

    private EnglishStemmer(String word) {
        this.w = new StringBuilder(word);
    }

    static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        String exception = EXCEPTIONS.get(word);
        if (exception != null) {
            return exception;
        }
        return new EnglishStemmer(word).run();
    }

    private String run() {
        markYs();
        regions();
        step1a();
        if (AFTER_STEP_1A.contains(w.toString())) {
            return w.toString();
        }
        step1b();
        step1c();
        step2();
        step3();
        step4();
        step5();
        return w.toString().replace('Y', 'y');
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private boolean vowelAt(int i) {
        return vowel(w.charAt(i));
    }

    private void markYs() {
        if (w.charAt(0) == 'y') {
            w.setCharAt(0, 'Y');
        }
        for (int i = 1; i < w.length(); i++) {
            if (w.charAt(i) == 'y' && vowelAt(i - 1)) {
                w.setCharAt(i, 'Y');
            }
        }
    }

    private void regions() {
        r1 = -1;
        for (String prefix : R1_PREFIXES) {
            if (w.indexOf(prefix) == 0) {
                r1 = prefix.length();
                break;
            }
        }
        if (r1 < 0) {
            r1 = regionAfter(0);
        }
        r2 = regionAfter(r1);
    }

    /** The start of the region after the first non-vowel following a vowel, from {@code from}. */
    private int regionAfter(int from) {
        for (int i = from + 1; i < w.length(); i++) {
            if (!vowelAt(i) && vowelAt(i - 1)) {
                return i + 1;
            }
        }
        return w.length();
    }

    private boolean ends(String suffix) {
        int start = w.length() - suffix.length();
        return start >= 0 && w.indexOf(suffix, start) == start;
    }

    private void replace(String suffix, String with) {
        w.setLength(w.length() - suffix.length());
        w.append(with);
    }

    private boolean inR1(String suffix) {
        return w.length() - suffix.length() >= r1;
    }

    private boolean inR2(String suffix) {
        return w.length() - suffix.length() >= r2;
    }

    private boolean hasVowelBefore(int end) {
        for (int i = 0; i < end; i++) {
            if (vowelAt(i)) {
                return true;
            }
        }
        return false;
    }

    private void step1a() {
        if (ends("sses")) {
            replace("sses", "ss");
        } else if (ends("ied") || ends("ies")) {
            replace("ies", w.length() > 4 ? "i" : "ie");
        } else if (ends("us") || ends("ss")) {
            return;
        } else if (ends("s") && hasVowelBefore(w.length() - 2)) {
            replace("s", "");
        }
    }

    private void step1b() {
        for (String s : new String[] {"eedly", "eed"}) {
            if (ends(s)) {
                if (inR1(s)) {
                    replace(s, "ee");
                }
                return;
            }
        }
        for (String s : new String[] {"ingly", "edly", "ing", "ed"}) {
            if (ends(s)) {
                if (hasVowelBefore(w.length() - s.length())) {
                    replace(s, "");
                    afterStep1bDeletion();
                }
                return;
            }
        }
    }

    private void afterStep1bDeletion() {
        if (ends("at") || ends("bl") || ends("iz")) {
            w.append('e');
        } else if (endsWithDouble()) {
            w.setLength(w.length() - 1);
        } else if (isShort()) {
            w.append('e');
        }
    }

    private boolean endsWithDouble() {
        int n = w.length();
        if (n < 2 || w.charAt(n - 1) != w.charAt(n - 2)) {
            return false;
        }
        return "bdfgmnprt".indexOf(w.charAt(n - 1)) >= 0;
    }

    private boolean isShort() {
        return r1 >= w.length() && endsWithShortSyllable();
    }

    private boolean endsWithShortSyllable() {
        int n = w.length();
        if (n == 2) {
            return vowelAt(0) && !vowelAt(1);
        }
        if (n < 3) {
            return false;
        }
        char last = w.charAt(n - 1);
        return !vowelAt(n - 3) && vowelAt(n - 2) && !vowel(last) && last != 'w' && last != 'x' && last != 'Y';
    }

    private void step1c() {
        int n = w.length();
        char last = w.charAt(n - 1);
        if ((last == 'y' || last == 'Y') && n > 2 && !vowelAt(n - 2)) {
            w.setCharAt(n - 1, 'i');
        }
    }

    private void step2() {
        for (String[] rule : STEP_2) {
            if (ends(rule[0])) {
                if (!inR1(rule[0])) {
                    return;
                }
                int before = w.length() - rule[0].length() - 1;
                if (rule[0].equals("ogi") && (before < 0 || w.charAt(before) != 'l')) {
                    return;
                }
                if (rule[0].equals("li") && (before < 0 || "cdeghkmnrt".indexOf(w.charAt(before)) < 0)) {
                    return;
                }
                replace(rule[0], rule[1]);
                return;
            }
        }
    }

    private void step3() {
        for (String[] rule : STEP_3) {
            if (ends(rule[0])) {
                if (inR1(rule[0]) && (!rule[0].equals("ative") || inR2(rule[0]))) {
                    replace(rule[0], rule[1]);
                }
                return;
            }
        }
    }

    private void step4() {
        for (String s : STEP_4) {
            if (ends(s)) {
                if (!inR2(s)) {
                    return;
                }
                if (s.equals("ion")) {
                    int before = w.length() - 4;
                    if (before < 0 || (w.charAt(before) != 's' && w.charAt(before) != 't')) {
                        return;
                    }
                }
                replace(s, "");
                return;
            }
        }
    }

    private void step5() {
        if (ends("e")) {
            if (inR2("e") || (inR1("e") && !endsWithShortSyllableBefore(w.length() - 1))) {
                w.setLength(w.length() - 1);
            }
        } else if (ends("l") && inR2("l") && w.length() >= 2 && w.charAt(w.length() - 2) == 'l') {
            w.setLength(w.length() - 1);
        }
    }

    private boolean endsWithShortSyllableBefore(int end) {
        int saved = w.length();
        String tail = w.substring(end);
        w.setLength(end);
        boolean result = endsWithShortSyllable();
        w.append(tail);
        assert w.length() == saved;
        return result;
    }
}
