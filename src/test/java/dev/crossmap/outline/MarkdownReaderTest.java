package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How Markdown outlines become topics, on small inputs that each show one rule. */
class MarkdownReaderTest {
    private static ImportResult read(String markdown) throws ImportException {
        return new Importer().importBytes("test.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** The outline as "label<parent" lines, "label<" for a top-level topic. */
    private static List<String> tree(String markdown) throws ImportException {
        Roadmap map = read(markdown).roadmap();
        return map.topics().stream()
                .map(t -> t.label() + "<" + t.parentId().flatMap(map::topic).map(Topic::label).orElse(""))
                .collect(Collectors.toList());
    }

    private static Topic topic(ImportResult r, String label) {
        return r.roadmap().topics().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + label));
    }

    @Test
    void aSentenceAfterABoldNameIsItsNoteEvenWhenItsPiecesAreShort() throws Exception {
        String md = "# T\n- **Data Preprocessing**: This involves feature scaling, missing data, outlier detection.\n"
                + "- **Indexing:** B-Tree, Hash, GIN\n";
        assertEquals(List.of("T<", "Data Preprocessing<T", "Indexing<T", "B-Tree<Indexing", "Hash<Indexing", "GIN<Indexing"),
                tree(md));
        assertTrue(topic(read(md), "Data Preprocessing").note().contains("This involves feature scaling"));
    }

    @Test
    void whatTheAuthorEscapedStaysInTheLabel() throws Exception {
        String md = "# T\n- 1\\.142 **Alpha** **Beta**\n- [2\\.1.3](https://x.org) **Tag**\n- init \\/\\/ data\n"
                + "- 3. Numbered\n- keep // why\n";
        assertEquals(List.of("T<", "1.142 Alpha Beta<T", "2.1.3<T", "init // data<T", "Numbered<T", "keep<T"), tree(md),
                "an escaped number or // is text; an unescaped one is numbering or a comment");
    }

    @Test
    void onlyAHashHeadingNamesTheDocument() throws Exception {
        assertEquals("test.md", read("## Notebooks\n- a\n## Fundamentals\n- b\n").roadmap().title(),
                "a file of sections is named after the file, not after its first section");
        assertEquals("LLM course", read("intro\n\n# LLM course\n## Notebooks\n").roadmap().title());
    }

    @Test
    void headingsNestByLevelEvenWhenALevelIsSkipped() throws Exception {
        assertEquals(List.of("Title<", "Part<Title", "Detail<Part", "Other<Title", "Deep<Other", "Second<"),
                tree("# Title\n## Part\n### Detail\n## Other\n#### Deep\n# Second\n"));
    }

    @Test
    void bulletsNestByIndentationUnderTheNearestHeading() throws Exception {
        assertEquals(List.of("H<", "a<H", "b<a", "c<b", "d<a", "e<H", "f<e"),
                tree("# H\n- a\n  * b\n      + c\n  - d\n- e\n\t- f\n"));
    }

    @Test
    void numberedItemsNestByTheirNumberWhateverTheIndentation() throws Exception {
        assertEquals(List.of("One<", "One.One<One", "leaf<One.One", "One.Two<One", "Deep<One.Two", "Two<"),
                tree("1. One\n1.1. One.One\n  - leaf\n1.2. One.Two\n1.2.1 Deep\n2. Two\n"));
    }

    @Test
    void nbspIndentedLeavesGoUnderTheNumberedItemAbove() throws Exception {
        assertEquals(List.of("A<", "A1<A", "x<A1", "y<A1", "B<"),
                tree("1. **A** (2 h)  \n   1.1. **A1** (1 h)  \n   &nbsp;&nbsp;- x  \n   &nbsp;&nbsp;- y\n\n2. **B**\n"));
    }

    @Test
    void tabsAreReadAsFourOrEightColumnsWhicheverContinuesTheList() throws Exception {
        // the two tab habits of coding-interview-university.md lines 749 and 1550
        String text = "- top\n    - mid\n        - deep1\n\t\t- deep2\n    - emacs\n        - a\n\t- b\n";
        ImportResult r = read(text);
        assertEquals(List.of("top<", "mid<top", "deep1<mid", "deep2<mid", "emacs<top", "a<emacs", "b<emacs"), tree(text));
        assertEquals(List.of(4, 7), r.warnings().stream().map(ImportWarning::line).collect(Collectors.toList()),
                "both tabbed lines would get another parent with the other tab width");
        assertEquals("guessed nesting: tabs read as 4 columns wide", r.warnings().get(0).message());
        assertEquals("guessed nesting: tabs read as 8 columns wide", r.warnings().get(1).message());
    }

    @Test
    void aFileIndentedWithTabsAloneNestsOneLevelPerTabWithoutGuessing() throws Exception {
        String text = "- a\n\t- b\n\t\t- c\n\t- d\n\t\t\t- e\n- f\n";
        assertEquals(List.of("a<", "b<a", "c<b", "d<a", "e<d", "f<"), tree(text));
        assertEquals(List.of(), read(text).warnings());
    }

    @Test
    void checkboxesKeepTheirStateAndLeaveTheLabel() throws Exception {
        ImportResult r = read("- [x] done thing\n- [ ] open thing\n- [X] **Loud:** a, b\n- plain\n");
        assertEquals(Optional.of(Progress.DONE), topic(r, "done thing").checked());
        assertEquals(Optional.of(Progress.NOT_STARTED), topic(r, "open thing").checked());
        assertEquals(Optional.of(Progress.DONE), topic(r, "Loud").checked());
        assertEquals(Optional.empty(), topic(r, "plain").checked());
    }

    @Test
    void aBoldLabelGroupsTheListAfterItUntilTheNextLabelRuleOrProse() throws Exception {
        assertEquals(List.of("S<", "Learn<S", "a<Learn", "b<Learn", "Project<S", "c<Project", "d<S"),
                tree("## S\n**Learn:**\n\n- a\n- b\n\n**Project:**\n- c\n\n---\n- d\n"));
        assertEquals(List.of("S<", "Tools<S", "a<Tools", "b<S"),
                tree("## S\n**Tools:**\n- a\n\nSome prose at the margin.\n\n- b\n"));
    }

    @Test
    void bannerSectionsHoldTheBulletsBelowThem() throws Exception {
        assertEquals(List.of("Title<", "ONE (first)<Title", "a<ONE (first)", "b<a", "TWO<Title", "c<TWO"),
                tree("# Title\n\n=====\nONE (first)\n=====\n\n- a\n  - b\n\n=====\nTWO\n=====\n- c\n"));
    }

    @Test
    void proseQuotesTaglinesImagesCodeAndHtmlAreNeverTopics() throws Exception {
        String text = String.join("\n", "# T", "", "> A quote", "> goes on.", "", "*An italic tagline.*", "",
                "![Image](https://x/y.png)", "", "```bash", "- not a bullet", "```", "", "<details>",
                "<summary>More</summary>", "- hidden in html", "</details>", "", "- real", "  continues here", "");
        ImportResult r = read(text);
        assertEquals(List.of("T<", "real<T"), tree(text));
        assertEquals("A quote goes on.\nAn italic tagline.\n```bash\n- not a bullet\n```", topic(r, "T").note(),
                "prose, quotes and code stay with the topic they follow");
        assertEquals("continues here", topic(r, "real").note());
    }

    @Test
    void labelsLoseMarkupButKeepTheirWords() throws Exception {
        String text = String.join("\n",
                "- **Bold** and __two words__ with _em_ and *it*  ",
                "- `code` and [a link](https://example.com) and ![pic](p.png)",
                "- A&nbsp;B &amp; C &#8212; D",
                "- tail :contentReference[oaicite:4]{index=4}",
                "- [[Review] Lists (video)](https://youtu.be/x)",
                "- snake_case and __init__ and **kwargs and f(*args, **kwargs)",
                "- keeps etc.",
                "- drops the full stop.",
                "");
        assertEquals(List.of("Bold and two words with em and it<", "code and a link and<", "A B & C \u2014 D<", "tail<",
                "[Review] Lists (video)<", "snake_case and __init__ and **kwargs and f(*args, **kwargs)<",
                "keeps etc.<", "drops the full stop<"), tree(text));
    }

    @Test
    void hoursAndSpansMoveIntoMetadata() throws Exception {
        ImportResult r = read("### Phase 1: Basics (Weeks 1-4)\n## Later (Month 1\u20132)\n1. **Core** (10\u00A0h)\n- Once (Week 3)\n");
        Topic phase = topic(r, "Phase 1: Basics");
        assertEquals("week", phase.meta().span().orElseThrow().unit());
        assertEquals(4, phase.meta().span().orElseThrow().to());
        assertEquals(2, topic(r, "Later").meta().span().orElseThrow().to());
        assertEquals(10.0, topic(r, "Core").meta().hours().orElseThrow());
        assertEquals(3, topic(r, "Once").meta().span().orElseThrow().from());
    }

    @Test
    void structuralLabelsBecomeNotesAndOtherLabelsBecomeCompoundTopics() throws Exception {
        String text = "### P\n*   **Goal:** Learn everything about it.\n*   **Tools:** Redis, Kafka (Streams, Connect).\n";
        ImportResult r = read(text);
        assertEquals(List.of("P<", "Tools<P", "Redis<Tools", "Kafka (Streams, Connect)<Tools"), tree(text));
        assertEquals("Goal: Learn everything about it.", topic(r, "P").note());
        assertEquals(3, topic(r, "Redis").line(), "a part keeps the line of its compound line");
    }

    @Test
    void aListItemWithNoTextIsSkippedWithAWarning() throws Exception {
        ImportResult r = read("- a\n- [ ]\n-\n");
        assertEquals(1, r.roadmap().size());
        assertEquals(List.of(2, 3), r.warnings().stream().map(ImportWarning::line).collect(Collectors.toList()));
    }

    @Test
    void aListItemIndentedDeeperThanAnyParentIsAGuessWithItsLine() throws Exception {
        ImportResult r = read("## S\n        - deep\n- next\n");
        assertEquals(List.of("S<", "deep<S", "next<S"), tree("## S\n        - deep\n- next\n"));
        assertEquals(List.of("test.md:2: guessed nesting: list item indented 8 columns with nothing above it; placed under 'S'"),
                r.warnings().stream().map(ImportWarning::toString).collect(Collectors.toList()));
    }

    @Test
    void anUnclosedCodeFenceIsReportedAtItsLine() throws Exception {
        ImportResult r = read("- a\n```\n- b\n");
        assertEquals(List.of("test.md:2: code block is never closed: the lines after it were kept as code in a note"),
                r.warnings().stream().filter(w -> w.message().startsWith("code block is"))
                        .map(ImportWarning::toString).collect(Collectors.toList()));
        assertEquals("```\n- b", r.roadmap().topics().get(0).note(), "the code stays with the topic above it");
    }

    @Test
    void linesEndWithLfCrLfOrCrAndKeepTheirNumbers() throws Exception {
        ImportResult r = read("# A\r\n- b\r- c\n- d");
        assertEquals(List.of(1, 2, 3, 4), r.roadmap().topics().stream().map(Topic::line).collect(Collectors.toList()));
    }

    @Test
    void aPlainIndentedOutlineWithoutMarkersIsOneTopicPerLine() throws Exception {
        ImportResult r = read("Backend\n\tHTTP\n\t\tStatus codes (2 h)\n\tDatabases\n");
        assertEquals(List.of("Backend<", "HTTP<Backend", "Status codes<HTTP", "Databases<Backend"),
                tree("Backend\n\tHTTP\n\t\tStatus codes (2 h)\n\tDatabases\n"));
        assertEquals(2.0, topic(r, "Status codes").meta().hours().orElseThrow());
        assertEquals("test.md: no headings, bullets or numbered items: each line read as a topic, nested by indentation",
                r.warnings().get(0).toString());
    }

    @Test
    void aDeepOutlineNeedsNoDeepStack() throws Throwable {
        // 5,000 levels of one-space steps (12.5 million characters); the reader runs on a 256 KB stack,
        // which a reader recursing per level would overflow long before the bottom
        StringBuilder sb = new StringBuilder();
        int depth = 5_000;
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("- level ").append(i).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(new MarkdownReader().read(TextDecoder.decode("deep.md", bytes)));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (outcome.get() instanceof Throwable) {
            throw (Throwable) outcome.get();
        }
        Roadmap map = ((ImportResult) outcome.get()).roadmap();
        assertEquals(depth, map.size());
        assertEquals(depth - 1, map.topics().get(depth - 1).depth());
    }
}
