package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five bundled roadmaps import as their authors meant them, shown on real lines of the real files. */
class BundledRoadmapsImportTest {
    private static final Pattern OUTLINE_LINE =
            Pattern.compile("^[ \\t]*(?:&nbsp;)*(?:#{1,6}[ \\t]|[-*+][ \\t]|\\d+(?:\\.\\d+)*[.)][ \\t])");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])( *\\1){2,} *$");

    static Roadmap roadmap(String name) throws ImportException {
        return new Importer().importBundled(name).roadmap();
    }

    /** Lines of a bundled file as the importer sees them (decoded, mojibake repaired). */
    static List<String> lines(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("assets/roadmaps", name));
        return List.of(TextDecoder.decode(name, bytes).text().split("\r\n|\n|\r", -1));
    }

    /** The topic with this label on this line; fails with what is on the line instead. */
    static Topic at(Roadmap map, int line, String label) {
        List<Topic> onLine = map.topics().stream().filter(t -> t.line() == line).collect(Collectors.toList());
        return onLine.stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(
                map.name() + " line " + line + " has no topic '" + label + "', only "
                        + onLine.stream().map(Topic::label).collect(Collectors.toList())));
    }

    /** "label@line" of every ancestor, nearest first. */
    static List<String> ancestors(Roadmap map, Topic topic) {
        List<String> out = new ArrayList<>();
        Topic t = topic;
        while (t.parent() != null) {
            t = map.topic(t.parent()).orElseThrow();
            out.add(t.label() + "@" + t.line());
        }
        return out;
    }

    @Test
    void seniorStudyPathPutsBothIdempotencyBulletsUnderTheirHeadings() throws Exception {
        Roadmap map = roadmap("senior-backend-study-path.md");
        assertEquals(List.of("Safety and correctness@96", "Phase 4: Concurrency and Async@84",
                        "GPT Roadmap: Senior Backend Developer Study Path@1"),
                ancestors(map, at(map, 100, "Idempotency")));
        assertEquals(List.of("APIs@107", "Phase 5: Backend Fundamentals@101",
                        "GPT Roadmap: Senior Backend Developer Study Path@1"),
                ancestors(map, at(map, 111, "Idempotency")));
    }

    @Test
    void masterTreeNestsIdempotencyDeepInsideItsBannerSections() throws Exception {
        Roadmap map = roadmap("python-backend-master-tree.md");
        String title = "\uD83D\uDC0D PYTHON BACKEND ROADMAP (COMPLETE MASTER TREE)@1";
        assertEquals(List.of("semantics@171", "HTTP core (must)@131",
                "WEB FUNDAMENTALS (protocols and browser rules)@128", title), ancestors(map, at(map, 172, "idempotency")));
        assertEquals(List.of("Background jobs@582", "BACKGROUND JOBS + MESSAGING@579", title),
                ancestors(map, at(map, 597, "idempotency")));
        // 2-space steps: line 13 is the sixth bullet level, under the banner under the title
        assertEquals(7, at(map, 13, "left-to-right binding").depth());
    }

    @Test
    void masterTreeBannersAreTheSectionsUnderTheTitleAndTheRuleHeadingIsItsNote() throws Exception {
        Roadmap map = roadmap("python-backend-master-tree.md");
        List<String> lines = lines("python-backend-master-tree.md");
        Set<String> banners = new TreeSet<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (lines.get(i).startsWith("=====") && lines.get(i + 2).startsWith("=====")) {
                banners.add(lines.get(i + 1).strip() + "@" + (i + 2));
            }
        }
        assertEquals(15, banners.size(), "the file has 15 banner sections");
        Topic title = at(map, 1, "\uD83D\uDC0D PYTHON BACKEND ROADMAP (COMPLETE MASTER TREE)");
        assertEquals(List.of(title), map.roots(), "the '# Rule:' heading is not a second root");
        assertEquals(banners, map.children(title.id()).stream().map(t -> t.label() + "@" + t.line())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals("Rule: only \"-\" bullets + indentation (deep knowledge checklist)", title.note());
    }

    @Test
    void masteryRoadmapGroupsBulletsUnderTheirBoldLabels() throws Exception {
        Roadmap map = roadmap("backend-engineering-mastery.md");
        assertEquals(List.of("Master@28", "\uD83D\uDD39 Internet & Protocols (Non-Negotiable)@24",
                        "PHASE 1 \u2014 Core Backend Foundations@22", "\uD83E\uDDE0 BACKEND ENGINEERING MASTERY ROADMAP@1"),
                ancestors(map, at(map, 33, "Idempotency")));
        Topic phase1 = at(map, 22, "PHASE 1 \u2014 Core Backend Foundations");
        assertEquals(new TopicMeta.Span("month", 1, 2, "Month 1\u20132"), phase1.meta().span().orElseThrow());
        // "**Practice (Node.js):**" replaces the Master group; "- Implement:" holds its indented bullets
        assertEquals(List.of("Implement@41", "Practice (Node.js)@38"), ancestors(map, at(map, 43, "Rate limiting")).subList(0, 2));
        // "Compare:" (line 72) introduces the bullets after it, inside the Project group
        assertEquals(List.of("Compare@72", "Project@67"), ancestors(map, at(map, 74, "Performance")).subList(0, 2));
        Topic cleanArchitecture = at(map, 82, "\uD83D\uDD39 Clean Architecture (Language-Agnostic)");
        assertEquals("This matters more than any framework.\nRule: Frameworks must depend on your code, not the opposite.",
                cleanArchitecture.note());
        assertTrue(map.topics().stream().noneMatch(t -> t.label().startsWith("Languages are")), "prose is no topic");
        assertTrue(at(map, 5, "PHASE 0 \u2014 Mental Shift (Read This Once)").note()
                .contains("Distributed systems principles don\u2019t."));
    }

    @Test
    void middlePlanSplitsCompoundLinesAndKeepsGoalsAsNotes() throws Exception {
        Roadmap map = roadmap("middle-python-developer-plan.md");
        Topic indexing = at(map, 27, "Indexing");
        assertEquals(List.of("Key Topics@25", "Phase 2: Database Mastery & Optimization@21",
                "Strategic Plan: Python Backend Middle Developer@3"), ancestors(map, indexing));
        assertEquals(List.of("B-Tree", "Hash", "GIN", "GiST", "When not to use an index"),
                map.children(indexing.id()).stream().map(Topic::label).collect(Collectors.toList()));
        map.children(indexing.id()).forEach(part -> {
            assertEquals(27, part.line(), "a part of a compound line carries its line");
            assertEquals("    *   **Indexing:** B-Tree, Hash, GIN, GiST. When *not* to use an index.", part.sourceText());
        });
        Topic principles = at(map, 40, "Principles");
        assertEquals(List.of("SOLID (real-world application, not just theory)", "DRY", "KISS", "YAGNI"),
                map.children(principles.id()).stream().map(Topic::label).collect(Collectors.toList()),
                "commas inside parentheses do not split");
        Topic phase1 = at(map, 10, "Phase 1: Python Deep Dive & Concurrency");
        assertEquals(new TopicMeta.Span("week", 1, 4, "Weeks 1-4"), phase1.meta().span().orElseThrow());
        assertTrue(phase1.note().startsWith("Ideally, you think you know Python"), phase1.note());
        assertTrue(phase1.note().contains("Goal: Master the Global Interpreter Lock (GIL)"), phase1.note());
        assertTrue(map.topics().stream().noneMatch(t -> t.label().startsWith("Goal") || t.label().startsWith("Timeline")));
        Topic title = at(map, 3, "Strategic Plan: Python Backend Middle Developer");
        assertTrue(title.note().contains("Timeline: 6 Months"), title.note());
        assertEquals(List.of("Python (Advanced)", "FastAPI", "PostgreSQL (Deep Dive)", "Docker/K8s", "Testing"),
                map.children(at(map, 6, "Core Stack Focus").id()).stream().map(Topic::label).collect(Collectors.toList()));
    }

    @Test
    void developerRoadmapMovesHoursOutOfLabelsAndNestsNbspLeaves() throws Exception {
        Roadmap map = roadmap("python-backend-developer-roadmap.md");
        assertEquals(List.of("Backend Developer Roadmap", "Python Backend Developer Roadmap"),
                map.roots().stream().map(Topic::label).collect(Collectors.toList()), "both # titles are topics");
        Topic foundations = at(map, 5, "Foundations");
        assertEquals(10.0, foundations.meta().hours().orElseThrow());
        assertEquals("1. **Foundations** (10\u00A0h)  ", foundations.sourceText());
        Topic internet = at(map, 6, "Internet Fundamentals");
        assertEquals(4.0, internet.meta().hours().orElseThrow());
        assertEquals(List.of("Internet Fundamentals@6", "Foundations@5", "Python Backend Developer Roadmap@3"),
                ancestors(map, at(map, 7, "Domain names & DNS resolution")));
        assertEquals(List.of("Common Design Patterns@129", "Software Architecture & Patterns@126",
                "Python Backend Developer Roadmap@3"), ancestors(map, at(map, 130, "Factory")));
        at(map, 134, "etc.");
        at(map, 12, "Python versions & virtual environments (venv, pyenv)");
        at(map, 66, "Auto-generating migrations");
        assertEquals("Total Estimated Time: 234 hours", at(map, 3, "Python Backend Developer Roadmap").note());
    }

    @Test
    void mojibakeIsRepairedOnTheRealLines() throws Exception {
        Roadmap mastery = roadmap("backend-engineering-mastery.md");
        assertEquals("\uD83E\uDDE0 BACKEND ENGINEERING MASTERY ROADMAP", mastery.title());
        at(mastery, 204, "Monolith \u2192 Microservices migration");
        at(mastery, 277, "\uD83D\uDD25 System Design (This is the final boss)");
        Roadmap tree = roadmap("python-backend-master-tree.md");
        assertEquals("\uD83D\uDC0D PYTHON BACKEND ROADMAP (COMPLETE MASTER TREE)", tree.title());
        at(tree, 796, "WHAT \u201CBACKEND COMPLETE\u201D MEANS (final checklist)");
    }

    @Test
    void everyRepairedLineIsAWarningWithItsLineNumber() throws Exception {
        ImportResult mastery = new Importer().importBundled("backend-engineering-mastery.md");
        List<String> raw = Files.readAllLines(Path.of("assets/roadmaps/backend-engineering-mastery.md"));
        Set<Integer> mojibakeLines = new TreeSet<>();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).contains("\u00E2") || raw.get(i).contains("\u00F0")) { // 'â' and 'ð' start every mojibake here
                mojibakeLines.add(i + 1);
            }
        }
        Set<Integer> warned = mastery.warnings().stream()
                .filter(w -> w.message().equals("repaired mojibake (UTF-8 read as cp1252)"))
                .map(ImportWarning::line).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(mojibakeLines, warned);
        ImportResult tree = new Importer().importBundled("python-backend-master-tree.md");
        assertEquals(List.of("python-backend-master-tree.md:1: repaired mojibake (UTF-8 read as MacRoman)",
                        "python-backend-master-tree.md:796: repaired mojibake (UTF-8 read as MacRoman)"),
                tree.warnings().stream().filter(w -> w.message().startsWith("repaired"))
                        .map(ImportWarning::toString).collect(Collectors.toList()));
    }

    @Test
    void pythonSyntaxInLabelsIsNotMistakenForEmphasis() throws Exception {
        // unpaired ** and dunder names render literally in Markdown too; stripping them would change the meaning
        Roadmap tree = roadmap("python-backend-master-tree.md");
        at(tree, 30, "**kwargs capture");
        at(tree, 53, "f(*args, **kwargs)");
        at(tree, 28, "*args capture");
        at(tree, 67, "initialization (__init__)");
        at(tree, 352, "select_related / prefetch_related");
        at(tree, 219, "framework protections (Django emphasizes CSRF, clickjacking, host validation, etc.)");
        at(roadmap("senior-backend-study-path.md"), 13, "__init__ vs __new__");
    }

    @ParameterizedTest
    @ValueSource(strings = {"senior-backend-study-path.md", "python-backend-master-tree.md",
            "python-backend-developer-roadmap.md", "middle-python-developer-plan.md", "backend-engineering-mastery.md"})
    void labelsAreClean(String name) throws Exception {
        for (Topic t : roadmap(name).topics()) {
            String l = t.label();
            String where = name + ":" + t.line() + " '" + l + "'";
            assertFalse(l.isBlank(), where);
            assertEquals(l.strip(), l, where + " has no surrounding spaces");
            assertFalse(l.contains("`") || l.contains("&nbsp;") || l.contains("contentReference"), where);
            assertFalse(Pattern.compile("&#?\\w+;").matcher(l).find(), where + " has no HTML entity");
            assertFalse(Pattern.compile("\\*\\*[^*\\s][^*]*[^*\\s]\\*\\*").matcher(l).find(), where + " has no bold markup");
            assertFalse(Pattern.compile("(^|\\s)_[^_\\s][^_]*_(\\s|$)").matcher(l).find(), where + " has no _emphasis_");
            assertFalse(Pattern.compile("^([-*+]|\\d+(\\.\\d+)*\\.?)\\s|^\\[[ xX]]").matcher(l).find(), where + " has no marker");
            assertFalse(l.contains("\u00A0") || l.endsWith(":"), where);
        }
    }

    /**
     * Every heading, bullet and numbered line is a topic's line, except a structural label with a sentence
     * ({@code **Goal:** …}), whose text must then be in a note; every other topic line is a label line
     * (a group label or compound line) or a banner title.
     */
    @ParameterizedTest
    @ValueSource(strings = {"senior-backend-study-path.md", "python-backend-master-tree.md",
            "python-backend-developer-roadmap.md", "middle-python-developer-plan.md", "backend-engineering-mastery.md"})
    void everyOutlineLineIsATopicAndEveryTopicLineIsOutline(String name) throws Exception {
        Roadmap map = roadmap(name);
        List<String> lines = lines(name);
        Set<Integer> topicLines = map.topics().stream().map(Topic::line).collect(Collectors.toCollection(HashSet::new));
        String notes = map.topics().stream().map(Topic::note).collect(Collectors.joining("\n"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean outline = OUTLINE_LINE.matcher(line).find() && !RULE.matcher(line).matches();
            if (outline && !topicLines.contains(i + 1)) {
                String text = InlineMarkup.plain(line.replaceFirst("^\\s*([-*+]|#+)\\s+", ""));
                assertTrue(text.matches("(Goal|Timeline|Rule|Note)s?:.*") && notes.contains(text),
                        name + ":" + (i + 1) + " is neither a topic nor a structural note: " + line);
            }
            if (!outline && topicLines.contains(i + 1)) {
                boolean label = line.strip().endsWith(":") || line.strip().endsWith(":**") || line.startsWith("**");
                boolean banner = i > 0 && lines.get(i - 1).startsWith("=====");
                assertTrue(label || banner, name + ":" + (i + 1) + " made a topic out of " + line);
            }
        }
        for (Topic t : map.topics()) {
            assertEquals(lines.get(t.line() - 1), t.sourceText(), name + ":" + t.line() + " keeps its source line");
        }
    }
}
