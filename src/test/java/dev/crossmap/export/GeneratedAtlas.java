package dev.crossmap.export;

import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Random roadmaps with awkward labels and notes, made from a seed: Markdown and HTML markup characters,
 * leading numbering and checkboxes, entities, unicode, emoji, very long labels. Labels are as a reader
 * leaves them (no outer or doubled spaces, no control characters, ending in a word), because every topic of
 * an atlas comes from a reader. Accented and other non-ASCII pieces are followed by a space: glued together
 * ("é«»") they are exactly how other text looks when UTF-8 was read as Windows-1252 ("髻"), which the
 * importer repairs on purpose.
 */
final class GeneratedAtlas {
    private static final String[] PIECES = {"*", "**", "_", "__", "[", "]", "(", ")", "[x]", "[ ]", "#", "## ", ">",
        "|", "`", "``", "\\", "&", "&amp;", "&nbsp;", "&#58;", "<b>", "</b>", "<html>", "<", "!", "~", "//", "--",
        "\u2014 ", "\u2013 ", "1.", "1)", "1.1", "2.1.3", "a)", "2024", "-", "+", ":", "=", "é ", "日本語 ", "עברית ",
        "\uD83D\uDE80", "\uD83E\uDDE0", "\u2705", "ß ", "C++", "a_b", "x*y", "__init__", "<!--", "-->", "![img](x.png)",
        "[link](http://x.org/a)", "e.g.", "«» ", "%", "\"q\"", "'", "{", "}", "$", "@", ";", ",", "?", "Step 3:"};
    private static final String[] WORDS = {"Topic", "Ωmega", "\uD83D\uDE80", "2024", "data", "x", "42", "Kafka",
        "Идемпотентность", "缓存", "i18n", "v2"};

    private final Random rnd;
    private int next;

    GeneratedAtlas(long seed) {
        this.rnd = new Random(seed);
    }

    /**
     * An awkward label as a reader leaves it: the generated text as our own OPML reader reads it (so a leading
     * "1) " or "\u2705 ", which every reader takes off as numbering or a checkbox, is never part of a label an
     * import could give); never empty.
     */
    String label() {
        for (int attempt = 0; attempt < 100; attempt++) {
            String read = rawLabel();
            // read again until nothing changes: "[ ] 2.1.3 x" loses its checkbox, then its numbering; a label
            // that still changes after 8 reads ("42 - 42 - … 42 x" loses one number a read) is not one a
            // reader leaves, so another is drawn
            boolean settled = false;
            for (int i = 0; i < 8 && !settled; i++) {
                String again = asRead(read);
                settled = again.equals(read);
                read = again;
            }
            if (settled && !read.isEmpty() && !read.equals("(no text)")) {
                return read;
            }
        }
        return WORDS[0];
    }

    private static String asRead(String raw) {
        String opml = "<opml version=\"2.0\"><head><title>t</title></head><body><outline text=\""
                + raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                + "\"/></body></opml>";
        try {
            return new dev.crossmap.outline.Importer().importBytes("label.opml",
                    opml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).roadmap().topics().get(0).label();
        } catch (Exception | AssertionError e) {
            return "";
        }
    }

    private String rawLabel() {
        StringBuilder sb = new StringBuilder();
        int pieces = rnd.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]).append(rnd.nextBoolean() ? " " : "");
        }
        sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        if (rnd.nextInt(40) == 0) {
            // very long: past what fits a line of the map by far
            String chunk = sb + " ";
            sb.append(" ").append(chunk.repeat(Math.max(1, 2_000 / chunk.length())));
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** A note of zero to three lines, each as a reader leaves it (a note may end in a full stop). */
    String note() {
        int lines = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(i > 0 ? "\n" : "").append(label()).append(rnd.nextBoolean() ? "." : "");
            if (rnd.nextInt(3) == 0) {
                sb.append("\n- a list item in a note");
            }
        }
        return sb.toString();
    }

    /**
     * Roadmaps of up to {@code size} topics each. Some have one top-level topic named like the roadmap (a
     * Markdown file's title); the others several.
     *
     * @param allProgress every status, not just the two a checkbox has
     * @param extras      tags and links as well
     */
    List<Roadmap> roadmaps(int count, int size, boolean allProgress, boolean extras) {
        List<Roadmap> out = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            String title = label();
            boolean titled = rnd.nextBoolean();
            List<Topic> topics = new ArrayList<>();
            List<Topic> path = new ArrayList<>(); // the last topic and its ancestors: where a next one may go
            int n = 1 + rnd.nextInt(size);
            for (int i = 0; i < n; i++) {
                Topic parent = null;
                if (i > 0 && (titled || rnd.nextInt(4) > 0)) {
                    int k = Math.max(0, path.size() - 1 - rnd.nextInt(3));
                    parent = path.get(k);
                    path.subList(k + 1, path.size()).clear();
                } else {
                    path.clear();
                }
                String label = i == 0 && titled ? title : label();
                topics.add(new Topic(new TopicId("t" + next++), parent == null ? null : parent.id(), label, label,
                        i + 1, parent == null ? 0 : parent.depth() + 1, meta(extras), progress(allProgress), note(), false));
                path.add(topics.get(topics.size() - 1));
            }
            out.add(new Roadmap("map" + r + ".md", title, "markdown", topics, ""));
        }
        return out;
    }

    private Optional<Progress> progress(boolean all) {
        int k = rnd.nextInt(all ? 5 : 3);
        return k == 0 ? Optional.empty() : Optional.of(all ? Progress.values()[k - 1] : k == 1 ? Progress.NOT_STARTED : Progress.DONE);
    }

    private TopicMeta meta(boolean extras) {
        TopicMeta m = new TopicMeta(rnd.nextInt(4) == 0 ? OptionalDouble.of(rnd.nextBoolean() ? 10 : 2.5) : OptionalDouble.empty(),
                rnd.nextInt(5) == 0 ? Optional.of(new TopicMeta.Span("week", 1, 4, "Weeks 1-4")) : Optional.empty());
        if (extras) {
            for (int k = rnd.nextInt(3); k > 0; k--) {
                m = m.withTag(WORDS[rnd.nextInt(WORDS.length)]);
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                String title = rnd.nextBoolean() ? "" : "Docs " + WORDS[rnd.nextInt(WORDS.length)];
                m = m.withLink(new WebLink(title, "https://example.org/" + rnd.nextInt(1000) + "?q=a_b(c)"));
            }
        }
        return m;
    }
}
