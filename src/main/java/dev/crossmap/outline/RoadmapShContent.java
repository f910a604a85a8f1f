package dev.crossmap.outline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.crossmap.model.WebLink;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code content/} folder beside a roadmap.sh JSON file: one Markdown file per topic (editor format:
 * {@code content/<slug>@<nodeId>.md}; mockup format: {@code content/100-basics/101-what-is-x.md}, with
 * {@code index.md} for a topic that has children), each a title, a description and a list of resource links.
 * The folder is read once, when the file is opened, and embedded in the JSON under
 * {@link RoadmapShJson#CONTENT_FIELD}: a workspace keeps a roadmap's source text only, so it keeps the content
 * too. Reading is bounded (file count, sizes, depth); files past the bounds are left out.
 */
public final class RoadmapShContent {
    private static final int MOST_FILES = 20_000;
    private static final long MOST_FILE_BYTES = 1024 * 1024;
    private static final long MOST_TOTAL_BYTES = 64L * 1024 * 1024;
    private static final int DEEPEST = 8;
    private static final Pattern RESOURCE = Pattern.compile(
            "^\\s*[-*+]\\s+\\[(?:@([A-Za-z-]+)@)?(.*?)\\]\\((\\S+?)(?:\\s+\"[^\"]*\")?\\)\\s*$");
    private static final Pattern BADGE = Pattern.compile(
            "<BadgeLink\\b[^>]*?\\bhref=['\"]([^'\"]+)['\"][^>]*>(.*?)</BadgeLink>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*([-*+>|#]|\\d+[.)]\\s|```)");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^\\s*(visit the following resources to learn more:?|<ResourceGroupTitle>.*</ResourceGroupTitle>"
                    + "|free content|learn more from the following resources:?)\\s*$");

    /** A topic's description and resource links, read from its content file. */
    record TopicContent(String note, List<WebLink> links) {
    }

    private RoadmapShContent() {
    }

    /**
     * The file's bytes with the {@code content/} folder beside it embedded, when there is such a folder and the
     * bytes are a roadmap.sh JSON file without embedded content; otherwise the bytes as they were.
     */
    public static byte[] embedBeside(Path file, byte[] bytes) {
        Path parent = file.toAbsolutePath().getParent();
        Path folder = parent == null ? null : parent.resolve("content");
        if (folder == null || !Files.isDirectory(folder)) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.contains("\"" + RoadmapShJson.CONTENT_FIELD + "\"") || !RoadmapShJson.looksLikeRoadmapSh(text)) {
            return bytes;
        }
        Map<String, String> files = read(folder);
        return files.isEmpty() ? bytes : embed(text, files).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON text with {@code files} added as the last field of its top-level object (lines above are kept). */
    static String embed(String json, Map<String, String> files) {
        int end = json.length() - 1;
        while (end >= 0 && Character.isWhitespace(json.charAt(end))) {
            end--;
        }
        if (end < 0 || json.charAt(end) != '}') {
            return json;
        }
        int before = end - 1;
        while (before >= 0 && Character.isWhitespace(json.charAt(before))) {
            before--;
        }
        StringWriter field = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(field)) {
            g.writeStartObject();
            for (Map.Entry<String, String> f : files.entrySet()) {
                g.writeStringField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            return json; // writing to a StringWriter does not fail
        }
        String comma = before >= 0 && json.charAt(before) == '{' ? "" : ",";
        return json.substring(0, end) + comma + "\n\"" + RoadmapShJson.CONTENT_FIELD + "\":" + field + "\n}"
                + json.substring(end + 1);
    }

    /** The Markdown files under {@code folder}, keyed by their path relative to it ("a/b.md"), in path order. */
    static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder, DEEPEST)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (files.size() >= MOST_FILES || total >= MOST_TOTAL_BYTES) {
                    break;
                }
                if (!p.getFileName().toString().endsWith(".md") || !Files.isRegularFile(p)
                        || Files.size(p) > MOST_FILE_BYTES) {
                    continue;
                }
                byte[] b = Files.readAllBytes(p);
                total += b.length;
                files.put(folder.relativize(p).toString().replace('\\', '/'), new String(b, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder leaves the topics without descriptions; the roadmap itself still opens.
        }
        return files;
    }

    /** The node id an editor-format content file names ("basics@abc.md" → "abc"), or "" when it names none. */
    static String nodeId(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int at = name.lastIndexOf('@');
        return at < 0 || !name.endsWith(".md") ? "" : name.substring(at + 1, name.length() - 3);
    }

    /**
     * The topic path a mockup-format content file stands for: ordering prefixes dropped from every part,
     * {@code index.md} standing for its folder ("100-basics/101-what-is-x.md" → "basics/what-is-x").
     */
    static String topicPath(String path) {
        String p = path.endsWith("/index.md") ? path.substring(0, path.length() - "/index.md".length())
                : path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
        StringBuilder out = new StringBuilder();
        for (String part : p.split("/")) {
            out.append(out.length() > 0 ? "/" : "").append(part.replaceFirst("^\\d+-", ""));
        }
        return out.toString();
    }

    /**
     * A content file's description (the note) and resource links: the leading {@code # Title} and the
     * "Visit the following resources" line are dropped; {@code - [@article@Title](url)} becomes a link titled
     * "Title" (the kind is dropped: the panel shows titles, and the address tells an article from a video).
     */
    static TopicContent parse(String markdown) {
        List<WebLink> links = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean seenText = false;
        boolean blank = false;
        boolean fenced = false;
        for (String line : markdown.split("\\R", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (!seenText && line.startsWith("# ")) {
                continue;
            }
            Matcher r = RESOURCE.matcher(line);
            if (r.matches()) {
                String title = r.group(2).strip();
                links.add(new WebLink(title, r.group(3)));
                continue;
            }
            Matcher badge = BADGE.matcher(line);
            boolean badges = false;
            while (badge.find()) {
                links.add(new WebLink(badge.group(2).strip(), badge.group(1)));
                badges = true;
            }
            if (badges || BOILERPLATE.matcher(line).matches()) {
                continue;
            }
            if (line.isBlank()) {
                blank = seenText;
                continue;
            }
            if (blank) {
                note.append("\n\n");
            } else if (seenText) {
                // Authors wrap paragraphs at a fixed width: a wrapped line continues its paragraph.
                note.append(fenced || BLOCK_START.matcher(line).find() ? '\n' : ' ');
            }
            note.append(seenText && !blank && !fenced && !BLOCK_START.matcher(line).find() ? line.strip()
                    : line.stripTrailing());
            seenText = true;
            blank = false;
        }
        return new TopicContent(note.toString().strip(), links);
    }
}
