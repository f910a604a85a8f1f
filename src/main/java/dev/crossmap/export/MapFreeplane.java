package dev.crossmap.export;

import dev.crossmap.model.Progress;
import dev.crossmap.model.WebLink;
import java.util.List;
import java.util.Locale;

/**
 * The whole map as a Freeplane / FreeMind mind map ({@code .mm}): the title is the root node, each roadmap a
 * branch of it (alternately right and left), its topics below. A topic's label is {@code TEXT}; its notes an
 * HTML {@code NOTE}, one paragraph a line; its first link {@code LINK} (the one Freeplane opens on click).
 * Progress shows as an icon ({@code button_ok} done, {@code hourglass} learning, {@code button_cancel}
 * skipped) and is kept exactly in the attribute {@code progress}; tags are {@code tag} attributes, links
 * {@code link} attributes ({@code [title](url)} or the bare address), hours, span and timestamp attributes
 * of those names. Crossmap's Freeplane reader reads all of these back. Written without recursion.
 */
public final class MapFreeplane {
    /** The version Freeplane 1.7 writes; newer versions open it as their own. */
    static final String VERSION = "freeplane 1.7.0";

    private MapFreeplane() {
    }

    /** The .mm text. */
    public static String of(MapOutline outline) {
        List<MapOutline.Entry> entries = outline.entries();
        StringBuilder sb = new StringBuilder(entries.size() * 120 + 256);
        sb.append("<map version=\"").append(VERSION).append("\">\n")
          .append("<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->\n")
          .append("<node TEXT=\"").append(XmlText.attribute(plainText(outline.title()))).append("\" ID=\"ID_0\">\n");
        int branch = 0;
        for (int i = 0; i < entries.size(); i++) {
            MapOutline.Entry e = entries.get(i);
            int nextDepth = i + 1 < entries.size() ? entries.get(i + 1).depth() : 0;
            sb.append("<node ");
            if (startsLikeHtml(e.label())) {
                sb.append("ID=\"ID_").append(i + 1).append('"');
            } else {
                sb.append("TEXT=\"").append(XmlText.attribute(plainText(e.label()))).append("\" ID=\"ID_").append(i + 1).append('"');
            }
            if (e.depth() == 0) {
                sb.append(" POSITION=\"").append(branch++ % 2 == 0 ? "right" : "left").append('"');
            }
            if (!e.links().isEmpty()) {
                sb.append(" LINK=\"").append(XmlText.attribute(e.links().get(0).url())).append('"');
            }
            sb.append(">\n");
            if (startsLikeHtml(e.label())) {
                // A TEXT starting with "<html" would be read as HTML: rich text keeps it a plain label.
                sb.append("<richcontent TYPE=\"NODE\"><html><head></head><body><p>")
                  .append(XmlText.attribute(e.label())).append("</p></body></html></richcontent>\n");
            }
            e.progress().ifPresent(p -> {
                icon(p).ifPresent(name -> sb.append("<icon BUILTIN=\"").append(name).append("\"/>\n"));
                attribute(sb, "progress", p.key());
            });
            for (String tag : e.tags()) {
                attribute(sb, "tag", tag);
            }
            for (WebLink l : e.links()) {
                attribute(sb, "link", MapOpml.links(List.of(l)));
            }
            e.meta().hoursText().ifPresent(h -> attribute(sb, "hours", h));
            e.meta().span().ifPresent(s -> attribute(sb, "span", s.text()));
            e.meta().timestamp().ifPresent(t -> attribute(sb, "timestamp", t));
            String note = note(e);
            if (!note.isEmpty()) {
                sb.append("<richcontent TYPE=\"NOTE\"><html><head></head><body>");
                for (String line : note.split("\n")) {
                    sb.append("<p>").append(XmlText.attribute(line)).append("</p>");
                }
                sb.append("</body></html></richcontent>\n");
            }
            if (nextDepth <= e.depth()) {
                sb.append("</node>\n".repeat(e.depth() - nextDepth + 1));
            }
        }
        sb.append("</node>\n</map>\n");
        return sb.toString();
    }

    /** The author's note, then the learner's, as lines without blank ones between. */
    static String note(MapOutline.Entry e) {
        StringBuilder sb = new StringBuilder();
        for (String part : List.of(e.authorNote(), e.userNote())) {
            for (String line : part.split("\\R")) {
                if (!line.isBlank()) {
                    sb.append(sb.length() > 0 ? "\n" : "").append(line.strip());
                }
            }
        }
        return sb.toString();
    }

    private static java.util.Optional<String> icon(Progress p) {
        return switch (p) {
            case DONE -> java.util.Optional.of("button_ok");
            case LEARNING -> java.util.Optional.of("hourglass");
            case SKIPPED -> java.util.Optional.of("button_cancel");
            case NOT_STARTED -> java.util.Optional.empty();
        };
    }

    private static void attribute(StringBuilder sb, String name, String value) {
        sb.append("<attribute NAME=\"").append(name).append("\" VALUE=\"").append(XmlText.attribute(value)).append("\"/>\n");
    }

    /** Line breaks in a label would be kept by Freeplane; a label is one line. */
    private static String plainText(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static boolean startsLikeHtml(String label) {
        return label.stripLeading().toLowerCase(Locale.ROOT).startsWith("<html");
    }
}
