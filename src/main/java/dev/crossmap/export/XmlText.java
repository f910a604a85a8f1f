package dev.crossmap.export;

/** Text made safe for an XML 1.0 attribute value. */
final class XmlText {
    private XmlText() {
    }

    /**
     * Escapes markup characters, writes tab, CR and LF as character references (a literal one would be read
     * back as a space), and drops what XML 1.0 cannot carry at all (other control characters, lone surrogates,
     * U+FFFE and U+FFFF).
     */
    /** The characters of {@code s} that XML 1.0 can carry (tab, CR and LF included). */
    static String legal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String attribute(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * A plain label as the HTML an OPML {@code text} attribute may hold: an {@code &} that could start a
     * character reference and a {@code <} that could open a tag are written as references, so a reader that
     * renders the HTML shows exactly the label ("a &lt;b&gt; c", "AT&amp;T;"), while "Q&amp;A" and "a &lt; b" stay as
     * they are.
     */
    static String html(String raw) {
        // Decide on what XML will carry: a control character between '<' and a letter is dropped later,
        // and the '<' it hid would then open a tag.
        String label = legal(raw);
        StringBuilder sb = new StringBuilder(label.length() + 8);
        int lastSemicolon = label.lastIndexOf(';');
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            char next = i + 1 < label.length() ? label.charAt(i + 1) : ' ';
            if (c == '&' && i < lastSemicolon) {
                sb.append("&amp;");
            } else if (c == '<' && (Character.isLetterOrDigit(next) || next == '/' || next == '!')) {
                sb.append("&lt;");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
