package dev.crossmap.outline;

import dev.crossmap.model.Topic;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What counts as noise left in a label: syntax the author wrote around the name (list markers, checkboxes,
 * numbering, link syntax, {@code //} comments, emphasis markers, HTML tags), or nothing at all. Used by the
 * corpus property test and, as a {@code main}, to measure the share of corpus labels that still need cleaning:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.crossmap.outline.LabelNoise [CORPUS_DIR]}.
 */
final class LabelNoise {
    private static final Pattern MARKER = Pattern.compile("^[-*+\u2022\u00B7](\\s|$)");
    private static final Pattern CHECKBOX = Pattern.compile("^(\\[[ xX\u2713\u2714]?]|[\u2610\u2611\u2612\u2705\u2714\u2713\u274C\u2B1C])");
    // bare numerals and letters; "Step 3:" / "Phase 2 —" are the author's stage names and stay
    private static final Pattern NUMBERING = Pattern.compile("^(\\(?\\d{1,3}(\\.\\d{1,3})*[.):]\\s|\\d{1,3}(\\.\\d{1,3})+\\s"
            + "|\\d{1,3}\\s+[-\u2013\u2014]\\s|[a-zA-Z][.)]\\s|(?i:[ivxlc]{1,6})[.)]\\s)");
    private static final Pattern LINK = Pattern.compile("\\]\\(|\\]\\[|!\\[");
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)//(\\s|$)");
    private static final Pattern EMPHASIS = Pattern.compile("^\\*\\*|\\*\\*$|\\*\\*[^\\s/*][^*]*\\*\\*|(^|\\s)(\\*|_{1,2})(?!\\w+__)[^\\s*_][^*]*?[^\\s*_]?\\2($|[\\s.,:;!?)])");
    private static final Pattern HTML = Pattern.compile("(?i)</?(a|b|i|u|s|sup|sub|br|hr|img|span|div|p|code|kbd|strong|em"
            + "|details|summary|font|picture|source|center|small|table|td|tr|th)(\\s[^<>]*)?/?>");
    private static final Pattern EXPLANATION = Pattern.compile("(\\s--\\s|\\s//\\s|\\s[-\u2013\u2014]\\s|:\\s)(\\S+\\s+){5,}\\S+");

    private LabelNoise() {
    }

    /** The kinds of noise in a label ("marker", "checkbox", …); empty when the label is clean. */
    static List<String> problems(String label) {
        List<String> out = new ArrayList<>();
        if (label.isBlank()) {
            out.add("empty");
            return out;
        }
        check(out, "marker", MARKER, label);
        check(out, "checkbox", CHECKBOX, label);
        check(out, "numbering", NUMBERING, label);
        check(out, "link syntax", LINK, label);
        check(out, "// comment", COMMENT, label);
        check(out, "emphasis", EMPHASIS, label);
        check(out, "html", HTML, label);
        return out;
    }

    /** A name with a sentence still attached after {@code --}, {@code //}, a dash or a colon (six words or more). */
    static boolean explained(String label) {
        return EXPLANATION.matcher(label).find();
    }

    private static void check(List<String> out, String kind, Pattern p, String label) {
        if (p.matcher(label).find()) {
            out.add(kind);
        }
    }

    /** The Markdown, OPML and mind-map files of a corpus folder, by name. */
    static List<Path> corpusFiles(Path dir) throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if ((n.endsWith(".md") || n.endsWith(".mm") || n.endsWith(".opml"))
                        && !n.equals("README.md") && !n.equals("SOURCES.md")) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return files;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int labels = 0;
        int noisy = 0;
        int explained = 0;
        for (Path f : corpusFiles(dir)) {
            int n = 0;
            int bad = 0;
            int expl = 0;
            String example = "";
            for (Topic t : new Importer().importFile(f).roadmap().topics()) {
                n++;
                if (!problems(t.label()).isEmpty()) {
                    bad++;
                    example = example.isEmpty() ? problems(t.label()) + " " + t.line() + ": " + t.label() : example;
                }
                if (explained(t.label())) {
                    expl++;
                }
            }
            System.out.printf(Locale.ROOT, "%-34s %5d labels %5d noisy %5d explained  %s%n", f.getFileName(), n, bad,
                    expl, example.length() > 90 ? example.substring(0, 90) : example);
            labels += n;
            noisy += bad;
            explained += expl;
        }
        System.out.printf(Locale.ROOT, "TOTAL %d labels: %d noisy (%.1f%%), %d with an explanation attached (%.1f%%),"
                + " %d needing cleaning (%.1f%%)%n", labels, noisy, 100.0 * noisy / labels, explained,
                100.0 * explained / labels, noisy + explained, 100.0 * (noisy + explained) / labels);
    }
}
