package dev.crossmap.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbering an author wrote into a label ({@code 1. GIT}, {@code 1.1 Foreword}, {@code 01.01.01 Ordinary Least
 * Squares}, {@code (3) Trees}, {@code 16 - Variables}) and, in outlines without Markdown, a list marker or a
 * checkbox before the text. The tree keeps the order, so the label drops them. Stage names ({@code Phase 2:},
 * {@code Step 3 —}) are the author's names and stay; so does a lone number without a delimiter ({@code 2024
 * roadmap}) and a keycap emoji ({@code 1️⃣}).
 */
final class Numbering {
    private static final Pattern DECIMAL = Pattern.compile(
            "^(?:\\(?\\d{1,3}(?:\\.\\d{1,3})*[.):]|\\d{1,3}(?:\\.\\d{1,3})+|\\d{1,3}\\s+[-\u2013\u2014])\\s+(?=\\S)");
    private static final Pattern OUTLINER = Pattern.compile("^(?:[-*+\u2022\u00B7]\\s+)+(?=\\S)");

    private Numbering() {
    }

    /** The label without a leading decimal numbering; unchanged when there is none or nothing follows it. */
    static String strip(String plain) {
        if (plain.isEmpty() || !(Character.isDigit(plain.charAt(0)) || plain.charAt(0) == '(')) {
            return plain;
        }
        Matcher m = DECIMAL.matcher(plain);
        return m.find() ? plain.substring(m.end()) : plain;
    }

    /** A label of a mind map or OPML outline: without a list marker, a checkbox or numbering before it. */
    static String stripOutliner(String plain) {
        String t = plain;
        if (!t.isEmpty() && "-*+\u2022\u00B7".indexOf(t.charAt(0)) >= 0) {
            Matcher m = OUTLINER.matcher(t);
            t = m.find() ? t.substring(m.end()) : t;
        }
        if (t.startsWith("**") && t.indexOf("**", 2) < 0) {
            t = t.substring(2).strip(); // " **Wa": an emphasis marker that never closes
        }
        CheckBox box = CheckBox.at(t, 0);
        if (box != null && box.end() < t.length()) {
            t = t.substring(box.end());
        }
        return strip(t);
    }
}
