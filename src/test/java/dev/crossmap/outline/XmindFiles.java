package dev.crossmap.outline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code .xmind} files written by the tests, in both formats: XMind 2020+ ({@code content.json}) and
 * XMind 8 ({@code content.xml}). No XMind file by anyone else is kept in the project.
 */
public final class XmindFiles {
    private XmindFiles() {
    }

    /** A topic as the author drew it. */
    public static final class T {
        final String title;
        String id;
        String note;
        String htmlNote;
        String href;
        boolean folded;
        final List<String> labels = new ArrayList<>();
        final List<String> markers = new ArrayList<>();
        final List<T> attached = new ArrayList<>();
        final List<T> detached = new ArrayList<>();

        public T(String title, T... children) {
            this.title = title;
            attached.addAll(List.of(children));
        }

        public T id(String v) {
            id = v;
            return this;
        }

        public T note(String v) {
            note = v;
            return this;
        }

        public T htmlNote(String v) {
            htmlNote = v;
            return this;
        }

        public T href(String v) {
            href = v;
            return this;
        }

        public T folded() {
            folded = true;
            return this;
        }

        public T labels(String... v) {
            labels.addAll(List.of(v));
            return this;
        }

        public T markers(String... v) {
            markers.addAll(List.of(v));
            return this;
        }

        public T floating(T... v) {
            detached.addAll(List.of(v));
            return this;
        }
    }

    /** A sheet: its title, central topic and the relationships drawn on it. */
    public record Sheet(String title, T root, List<String[]> relationships) {
        public Sheet(String title, T root) {
            this(title, root, List.of());
        }
    }

    /** The {@code content.json} of these sheets. */
    public static String json(Sheet... sheets) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < sheets.length; i++) {
            Sheet s = sheets[i];
            sb.append(i > 0 ? "," : "").append("{\"id\":\"sheet").append(i).append("\",\"class\":\"sheet\",\"rootTopic\":");
            json(sb, s.root());
            sb.append(",\"title\":").append(q(s.title())).append(",\"relationships\":[");
            for (int r = 0; r < s.relationships().size(); r++) {
                String[] rel = s.relationships().get(r);
                sb.append(r > 0 ? "," : "").append("{\"id\":\"rel").append(r).append("\",\"end1Id\":").append(q(rel[0]))
                        .append(",\"end2Id\":").append(q(rel[1])).append(",\"title\":").append(q(rel[2])).append('}');
            }
            sb.append("]}");
        }
        return sb.append(']').toString();
    }

    private static void json(StringBuilder sb, T t) {
        sb.append("{\"id\":").append(q(t.id == null ? "id-" + t.title.hashCode() : t.id))
                .append(",\"class\":\"topic\",\"title\":").append(q(t.title));
        if (t.folded) {
            sb.append(",\"branch\":\"folded\"");
        }
        if (t.href != null) {
            sb.append(",\"href\":").append(q(t.href));
        }
        if (!t.labels.isEmpty()) {
            sb.append(",\"labels\":[").append(String.join(",", t.labels.stream().map(XmindFiles::q).toList())).append(']');
        }
        if (!t.markers.isEmpty()) {
            sb.append(",\"markers\":[").append(String.join(",", t.markers.stream().map(m -> "{\"markerId\":" + q(m) + "}")
                    .toList())).append(']');
        }
        if (t.note != null || t.htmlNote != null) {
            sb.append(",\"notes\":{");
            if (t.note != null) {
                sb.append("\"plain\":{\"content\":").append(q(t.note)).append('}');
            }
            if (t.htmlNote != null) {
                sb.append(t.note != null ? "," : "").append("\"realHTML\":{\"content\":").append(q(t.htmlNote)).append('}');
            }
            sb.append('}');
        }
        if (!t.attached.isEmpty() || !t.detached.isEmpty()) {
            sb.append(",\"children\":{");
            list(sb, "attached", t.attached);
            if (!t.detached.isEmpty()) {
                sb.append(t.attached.isEmpty() ? "" : ",");
                list(sb, "detached", t.detached);
            }
            sb.append('}');
        }
        sb.append('}');
    }

    private static void list(StringBuilder sb, String kind, List<T> topics) {
        if (topics.isEmpty()) {
            return;
        }
        sb.append('"').append(kind).append("\":[");
        for (int i = 0; i < topics.size(); i++) {
            sb.append(i > 0 ? "," : "");
            json(sb, topics.get(i));
        }
        sb.append(']');
    }

    /** The XMind 8 {@code content.xml} of these sheets. */
    public static String xml(Sheet... sheets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                + "<xmap-content xmlns=\"urn:xmind:xmap:xmlns:content:2.0\" xmlns:fo=\"http://www.w3.org/1999/XSL/Format\""
                + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " modified-by=\"test\" version=\"2.0\">");
        for (int i = 0; i < sheets.length; i++) {
            Sheet s = sheets[i];
            sb.append("<sheet id=\"sheet").append(i).append("\">");
            xml(sb, s.root());
            sb.append("<title>").append(x(s.title())).append("</title>");
            if (!s.relationships().isEmpty()) {
                sb.append("<relationships>");
                for (String[] rel : s.relationships()) {
                    sb.append("<relationship end1=\"").append(x(rel[0])).append("\" end2=\"").append(x(rel[1]))
                            .append("\" id=\"r").append(rel[0]).append("\"><title>").append(x(rel[2])).append("</title></relationship>");
                }
                sb.append("</relationships>");
            }
            sb.append("</sheet>");
        }
        return sb.append("</xmap-content>").toString();
    }

    private static void xml(StringBuilder sb, T t) {
        sb.append("<topic id=\"").append(x(t.id == null ? "id-" + t.title.hashCode() : t.id)).append('"');
        if (t.folded) {
            sb.append(" branch=\"folded\"");
        }
        if (t.href != null) {
            sb.append(" xlink:href=\"").append(x(t.href)).append('"');
        }
        sb.append("><title>").append(x(t.title)).append("</title>");
        if (t.note != null || t.htmlNote != null) {
            sb.append("<notes>");
            if (t.htmlNote != null) {
                sb.append("<html>").append(t.htmlNote).append("</html>");
            }
            if (t.note != null) {
                sb.append("<plain>").append(x(t.note)).append("</plain>");
            }
            sb.append("</notes>");
        }
        if (!t.labels.isEmpty()) {
            sb.append("<labels>");
            t.labels.forEach(l -> sb.append("<label>").append(x(l)).append("</label>"));
            sb.append("</labels>");
        }
        if (!t.markers.isEmpty()) {
            sb.append("<marker-refs>");
            t.markers.forEach(m -> sb.append("<marker-ref marker-id=\"").append(x(m)).append("\"/>"));
            sb.append("</marker-refs>");
        }
        if (!t.attached.isEmpty() || !t.detached.isEmpty()) {
            sb.append("<children>");
            for (String kind : List.of("attached", "detached")) {
                List<T> list = kind.equals("attached") ? t.attached : t.detached;
                if (!list.isEmpty()) {
                    sb.append("<topics type=\"").append(kind).append("\">");
                    list.forEach(c -> xml(sb, c));
                    sb.append("</topics>");
                }
            }
            sb.append("</children>");
        }
        sb.append("</topic>");
    }

    /** A chain of {@code depth} topics, each the only child of the one before, as content.json. */
    public static String deepJson(int depth) {
        StringBuilder sb = new StringBuilder("[{\"id\":\"s\",\"title\":\"Deep\",\"rootTopic\":");
        for (int i = 0; i < depth; i++) {
            sb.append("{\"id\":\"t").append(i).append("\",\"title\":\"level ").append(i).append('"');
            if (i + 1 < depth) {
                sb.append(",\"children\":{\"attached\":[");
            }
        }
        for (int i = 0; i < depth; i++) {
            sb.append(i == 0 ? "}" : "]}}");
        }
        return sb.append("}]").toString();
    }

    /** The same chain as content.xml. */
    public static String deepXml(int depth) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xmap-content version=\"2.0\"><sheet id=\"s\">");
        for (int i = 0; i < depth; i++) {
            sb.append("<topic id=\"t").append(i).append("\"><title>level ").append(i).append("</title>");
            if (i + 1 < depth) {
                sb.append("<children><topics type=\"attached\">");
            }
        }
        for (int i = 0; i < depth; i++) {
            sb.append(i == 0 ? "</topic>" : "</topics></children></topic>");
        }
        return sb.append("<title>Deep</title></sheet></xmap-content>").toString();
    }

    /** A zip of these entries, in order (text entries as UTF-8). */
    public static byte[] zip(Map<String, ?> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, ?> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                Object v = e.getValue();
                out.write(v instanceof byte[] b ? b : v.toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An XMind 2020+ file: content.json, the manifest and metadata XMind writes beside it. */
    public static byte[] zen(String contentJson) {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("content.json", contentJson);
        entries.put("metadata.json", "{\"creator\":{\"name\":\"test\"}}");
        entries.put("manifest.json", "{\"file-entries\":{\"content.json\":{},\"metadata.json\":{}}}");
        return zip(entries);
    }

    /** An XMind 8 file: content.xml and its manifest. */
    public static byte[] xmind8(String contentXml) {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("content.xml", contentXml);
        entries.put("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest xmlns=\"urn:xmind:xmap:xmlns:manifest:1.0\"/>");
        return zip(entries);
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String x(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
