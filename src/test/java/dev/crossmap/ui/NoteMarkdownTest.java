package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Task items are found where the note's text has them, and ticking one changes that box and nothing else. */
class NoteMarkdownTest {
    private static List<Boolean> states(String note) {
        return NoteMarkdown.tasks(note).stream().map(NoteMarkdown.Task::done).toList();
    }

    @Test
    void tickingATaskFlipsItsOwnBoxInTheText() {
        String note = "Plan:\n\n- [ ] read the paper\n- [x] take notes\n  - [ ] nested step\n- plain item [ ]\n";
        List<NoteMarkdown.Task> tasks = NoteMarkdown.tasks(note);
        assertEquals(List.of(false, true, false), states(note));

        String ticked = NoteMarkdown.toggled(note, tasks.get(2)).orElseThrow();
        assertEquals("Plan:\n\n- [ ] read the paper\n- [x] take notes\n  - [x] nested step\n- plain item [ ]\n", ticked);
        String unticked = NoteMarkdown.toggled(ticked, tasks.get(1)).orElseThrow();
        assertEquals("Plan:\n\n- [ ] read the paper\n- [ ] take notes\n  - [x] nested step\n- plain item [ ]\n", unticked);
    }

    @Test
    void tasksAreFoundAfterTabsWindowsLineEndsQuotesAndNumbers() {
        String note = "intro\r\n\r\n1. [ ] first\r\n2. [X] second\r\n\r\n> - [ ] quoted\r\n\r\n-\t[ ] after a tab\r\n";
        List<NoteMarkdown.Task> tasks = NoteMarkdown.tasks(note);
        assertEquals(List.of(false, true, false, false), states(note));
        for (NoteMarkdown.Task t : tasks) {
            assertEquals('[', note.charAt(t.markAt() - 1), "each mark sits between its brackets: " + t);
            assertEquals(']', note.charAt(t.markAt() + 1), t.toString());
        }
        assertEquals("intro\r\n\r\n1. [ ] first\r\n2. [ ] second\r\n\r\n> - [ ] quoted\r\n\r\n-\t[ ] after a tab\r\n",
                NoteMarkdown.toggled(note, tasks.get(1)).orElseThrow());
        assertTrue(NoteMarkdown.toggled(note, tasks.get(3)).orElseThrow().endsWith("-\t[x] after a tab\r\n"));
    }

    @Test
    void escapedBracketsCodeAndTextThatOnlyLooksLikeABoxAreNotTasks() {
        assertEquals(List.of(), states("- \\[ ] escaped\n- [ ]not spaced\n- [y] not a mark\n\n```\n- [ ] in code\n```\n"
                + "\n    - [ ] indented code\n\n[ ] not in a list\n"));
    }

    @Test
    void aBoxEditedAwaySinceItWasShownIsLeftAlone() {
        String note = "- [ ] a\n- [ ] b\n";
        NoteMarkdown.Task b = NoteMarkdown.tasks(note).get(1);
        assertFalse(NoteMarkdown.toggled("- [ ] a\n", b).isPresent(), "the note got shorter");
        assertFalse(NoteMarkdown.toggled("- [ ] a\n- [x] b\n", b).isPresent(), "already ticked elsewhere");
        assertEquals("- [ ] a\n- [x] b\n", NoteMarkdown.toggled(note, b).orElseThrow());
    }

    @Test
    void aNoteNestedTenThousandDeepIsReadWithoutRunningOutOfStack() {
        String deep = "- ".repeat(10_000) + "[ ] bottom\n";
        List<NoteMarkdown.Task> tasks = NoteMarkdown.tasks(deep);
        assertTrue(tasks.size() <= 1, tasks.toString());
        assertTrue(NoteBlocks.plainText(NoteMarkdown.parse(deep)).contains("bottom"), "the deepest words are still there");
    }
}
