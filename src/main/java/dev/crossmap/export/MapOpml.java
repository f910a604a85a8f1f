package dev.crossmap.export;

import dev.crossmap.model.WebLink;
import java.util.List;

/**
 * The whole map as OPML 2.0: every roadmap a top-level {@code <outline>}, its topics nested below. A topic's
 * label is in {@code text}; its notes in {@code _note}; its progress in {@code progress} ("done",
 * "learning"…); its tags in {@code category} (OPML's own attribute: comma-separated, each tag after a
 * {@code /}); its first link in {@code url} (with {@code type="link"}, as outliners expect) and every link
 * in {@code links}, one {@code [title](url)} a line; hours, span and video timestamp in {@code hours},
 * {@code span}, {@code timestamp}. Crossmap's OPML reader reads all of these back. Written without recursion.
 */
public final class MapOpml {
    /** Indentation stops growing here: it is only for people, and deep trees would get quadratic in size. */
    private static final int MAX_INDENT = 32;

    private MapOpml() {
    }

    /** The OPML text. */
    public static String of(MapOutline outline) {
        List<MapOutline.Entry> entries = outline.entries();
        StringBuilder sb = new StringBuilder(entries.size() * 80 + 128);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>")
          .append(XmlText.attribute(outline.title())).append("</title>\n  </head>\n  <body>\n");
        for (int i = 0; i < entries.size(); i++) {
            MapOutline.Entry e = entries.get(i);
            int nextDepth = i + 1 < entries.size() ? entries.get(i + 1).depth() : 0;
            indent(sb, e.depth());
            sb.append("<outline text=\"").append(XmlText.attribute(XmlText.html(e.label()))).append('"');
            String note = MapFreeplane.note(e);
            if (!note.isEmpty()) {
                attribute(sb, "_note", note);
            }
            e.progress().ifPresent(p -> attribute(sb, "progress", p.key()));
            if (!e.tags().isEmpty()) {
                attribute(sb, "category", category(e.tags()));
            }
            if (!e.links().isEmpty()) {
                sb.append(" type=\"link\"");
                attribute(sb, "url", e.links().get(0).url());
                attribute(sb, "links", links(e.links()));
            }
            e.meta().hoursText().ifPresent(h -> attribute(sb, "hours", h));
            e.meta().span().ifPresent(s -> attribute(sb, "span", s.text()));
            e.meta().timestamp().ifPresent(t -> attribute(sb, "timestamp", t));
            if (nextDepth > e.depth()) {
                sb.append(">\n");
            } else {
                sb.append("/>\n");
                for (int d = e.depth() - 1; d >= nextDepth; d--) {
                    indent(sb, d);
                    sb.append("</outline>\n");
                }
            }
        }
        sb.append("  </body>\n</opml>\n");
        return sb.toString();
    }

    /** OPML's category list: "/Core,/Advanced"; a comma or slash inside a tag is percent-encoded. */
    static String category(List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (String t : tags) {
            sb.append(sb.length() > 0 ? "," : "").append('/')
              .append(t.replace("%", "%25").replace(",", "%2C").replace("/", "%2F"));
        }
        return sb.toString();
    }

    /** Every link as {@code [title](url)}, one a line (an untitled one as its bare address). */
    static String links(List<WebLink> links) {
        StringBuilder sb = new StringBuilder();
        for (WebLink l : links) {
            sb.append(sb.length() > 0 ? "\n" : "");
            String url = l.url().replace("\n", " ");
            sb.append(l.title().isEmpty() ? url : "[" + l.title().replace("\n", " ").replace("]", "\\]") + "](" + url + ")");
        }
        return sb.toString();
    }

    private static void attribute(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"").append(XmlText.attribute(value)).append('"');
    }

    private static void indent(StringBuilder sb, int depth) {
        sb.append("    ");
        for (int i = 0; i < Math.min(depth, MAX_INDENT); i++) {
            sb.append("  ");
        }
    }
}
