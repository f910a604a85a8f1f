package dev.crossmap.overlap;

import dev.crossmap.model.Concept;
import dev.crossmap.model.Occurrence;
import java.util.Locale;
import java.util.regex.Pattern;

/** The name a merged item shows for a concept: as an author wrote it ("CI/CD", "Idempotency"), not lower-cased. */
final class ConceptLabel {
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)|[.:]+$");

    private ConceptLabel() {
    }

    /**
     * The first occurrence label that says just the concept's name and starts with a capital; else the first
     * that says just the name, capitalised; else the concept's name capitalised.
     */
    static String of(Concept c) {
        String plain = null;
        for (Occurrence o : c.members()) {
            if (!o.label().regionMatches(true, 0, c.label(), 0, c.label().length())) {
                continue; // cannot say just the name: skips the regular expressions for most occurrences
            }
            String raw = o.label();
            boolean simple = raw.indexOf('(') < 0 && !raw.endsWith(".") && !raw.endsWith(":");
            String text = simple ? raw : ASIDE.matcher(raw).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (text.length() == c.label().length() && text.toLowerCase(Locale.ROOT).equals(c.label())) {
                if (!text.isEmpty() && Character.isUpperCase(text.codePointAt(0))) {
                    return text;
                }
                if (plain == null) {
                    plain = text;
                }
            }
        }
        return capitalised(plain == null ? c.label() : plain);
    }

    private static String capitalised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }
}
