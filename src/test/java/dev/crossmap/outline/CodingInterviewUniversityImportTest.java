package dev.crossmap.outline;

import static dev.crossmap.outline.BundledRoadmapsImportTest.ancestors;
import static dev.crossmap.outline.BundledRoadmapsImportTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus file {@code coding-interview-university.md} (2,022 lines written by someone else: 55 headings,
 * 1,353 bullets, 463 checkboxes, indentation of 0/4/8/12/16 spaces with stray 1-, 2-, 6- and 11-space
 * lines, tabs, {@code <details>} blocks).
 */
class CodingInterviewUniversityImportTest {
    private static ImportResult result;
    private static List<String> lines;

    @BeforeAll
    static void importIt() throws Exception {
        Path file = Path.of(System.getProperty("crossmap.shared.dir"), "corpus", "coding-interview-university.md");
        result = new Importer().importFile(file);
        lines = Files.readAllLines(file);
    }

    private static String kind(Topic t) {
        String line = lines.get(t.line() - 1);
        if (line.startsWith("#")) {
            return "heading";
        }
        if (line.matches("^\\s*[-*+]\\s.*")) {
            return result.roadmap().topics().stream().anyMatch(o -> o.line() == t.line() && o.depth() < t.depth())
                    ? "part of a compound line" : "bullet";
        }
        return line.matches("^\\s*\\d+\\.\\s.*") ? "numbered" : "group label";
    }

    @Test
    void everyHeadingBulletAndNumberedLineIsATopic() {
        Map<String, Long> kinds = result.roadmap().topics().stream()
                .collect(Collectors.groupingBy(CodingInterviewUniversityImportTest::kind, Collectors.counting()));
        // The README's 55 headings and 11 numbered items are all topics. Of its 1,353 bullets, 1,352 are:
        // line 1399 "- **Important:** Reading this book will only have limited value…" is a structural label
        // with a sentence, so it is the note of its book. 13 plain or bold label lines before lists
        // ("**Required:**", "Mock Interviews:", "You can see my code here:" …) are group topics, and 6 bullets
        // such as "traversals: preorder, inorder, postorder, BFS, DFS" list 15 parts as sub-topics.
        assertEquals(Map.of("heading", 55L, "bullet", 1352L, "numbered", 11L, "group label", 13L,
                "part of a compound line", 15L), kinds);
        assertEquals(1446, result.roadmap().size());
        Topic book = at(result.roadmap(), 1398, "Introduction to Algorithms");
        assertEquals(true, book.note().startsWith("Important: Reading this book will only have limited value."));
    }

    @Test
    void all463CheckboxesAreOpenTopics() {
        List<Topic> boxes = result.roadmap().topics().stream().filter(t -> t.checked().isPresent())
                .collect(Collectors.toList());
        assertEquals(463, boxes.size());
        assertEquals(List.of(Optional.of(Progress.NOT_STARTED)),
                boxes.stream().map(Topic::checked).distinct().collect(Collectors.toList()));
    }

    @Test
    void messyIndentationNestsAsTheAuthorMeantIt() {
        Roadmap map = result.roadmap();
        // 4 spaces + a tab (line 603) and the 8 spaces around it are the same level
        assertEquals("About Arrays@602", ancestors(map, at(map, 603, "Arrays CS50 Harvard University")).get(0));
        // two tabs (line 749) continue the 8-space list above: tabs of 4 columns
        assertEquals(ancestors(map, at(map, 748, "Bit Hacks (video)")),
                ancestors(map, at(map, 749, "Practice Operations")));
        // one tab (lines 1550-1551) continues the 8-space list under "emacs:": a tab of 8 columns
        assertEquals("emacs@1542", ancestors(map, at(map, 1550,
                "The Absolute Beginner's Guide to Emacs (video by David Wilson)")).get(0));
        assertEquals("emacs@1542", ancestors(map, at(map, 1551,
                "The Absolute Beginner's Guide to Emacs (notes by David Wilson)")).get(0));
        // 11 spaces (line 772) under an 8-space bullet
        assertEquals("BFS notes@771", ancestors(map, at(map, 772, "level order (BFS, using queue)")).get(0));
        // numbered steps indented under a bullet
        assertEquals("flow@1491", ancestors(map, at(map, 1492, "Understand the problem and scope")).get(0));
        // "- ### Arrays" is a bullet holding a heading: its label is the heading's text
        assertEquals("Data Structures@599", ancestors(map, at(map, 601, "Arrays")).get(0));
    }

    @Test
    void onlyTabsWhoseWidthDecidesTheParentAreReportedAsGuesses() {
        Map<Integer, String> warnings = new HashMap<>();
        result.warnings().stream().filter(w -> w.message().startsWith("guessed nesting"))
                .forEach(w -> warnings.put(w.line(), w.message()));
        // line 1551 is tab-indented like line 1550 above it, so its tabs are as wide: no second guess
        assertEquals(Map.of(749, "guessed nesting: tabs read as 4 columns wide",
                1550, "guessed nesting: tabs read as 8 columns wide"), warnings);
    }

    @Test
    void translationsInsideDetailsBlocksAreTopicsButTheHtmlIsNot() {
        Roadmap map = result.roadmap();
        assertEquals("Coding Interview University@1", ancestors(map, at(map, 22, "Espa\u00F1ol")).get(0));
        assertEquals(true, map.topics().stream().noneMatch(t -> t.line() == 17 || t.line() == 18 || t.line() == 36));
    }
}
