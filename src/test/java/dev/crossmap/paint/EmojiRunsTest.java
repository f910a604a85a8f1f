package dev.crossmap.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Labels are split into emoji runs (drawn with the emoji font) and text runs (the text font). */
class EmojiRunsTest {
    private static List<EmojiRuns.Run> runs(String s) {
        return EmojiRuns.split(s);
    }

    private static EmojiRuns.Run emoji(String s) {
        return new EmojiRuns.Run(s, true);
    }

    private static EmojiRuns.Run text(String s) {
        return new EmojiRuns.Run(s, false);
    }

    @Test
    void anEmojiBeforeATitleIsItsOwnRun() {
        assertEquals(List.of(emoji("\uD83E\uDDE0"), text(" Brain")), runs("🧠 Brain"));
        assertEquals(List.of(emoji("🐍"), text(" Python")), runs("🐍 Python"));
        assertEquals(List.of(text("Go "), emoji("🚀🚀"), text(" fast")), runs("Go 🚀🚀 fast"));
    }

    @Test
    void bmpEmojiAndSymbolsAskedToBeEmojiAreEmoji() {
        assertEquals(List.of(text("Syntax "), emoji("☕"), text(" basics")), runs("Syntax ☕ basics"));
        assertEquals(List.of(text("CI "), emoji("✅")), runs("CI ✅"));
        assertEquals(List.of(emoji("❤\uFE0F"), text(" love")), runs("❤\uFE0F love"), "the selector stays with its heart");
    }

    @Test
    void sequencesStayWhole() {
        assertEquals(List.of(emoji("👩\u200D💻"), text(" dev")), runs("👩\u200D💻 dev"), "a joined sequence");
        assertEquals(List.of(emoji("👍🏽")), runs("👍🏽"), "a skin tone");
        assertEquals(List.of(emoji("1\uFE0F\u20E3"), text(" first")), runs("1\uFE0F\u20E3 first"), "a keycap");
        assertEquals(List.of(emoji("🇩🇪")), runs("🇩🇪"), "a flag");
    }

    @Test
    void symbolsThatAreTextByDefaultStayInTheTextFont() {
        for (String s : new String[] {"Phase 1: C# and C++", "✔ done → next", "© 2024 ™", "◐ learning ✎", "a * b"}) {
            assertEquals(List.of(text(s)), runs(s), s);
            assertFalse(EmojiRuns.hasEmoji(s), s);
        }
        assertTrue(EmojiRuns.hasEmoji("x 🧠"));
        assertTrue(EmojiRuns.hasEmoji("⚡"));
        assertFalse(EmojiRuns.hasEmoji("🧠 Brain", 1, 8), "only the range asked about (from the low surrogate on)");
        assertTrue(EmojiRuns.hasEmoji("🧠 Brain", 0, 2));
    }

    @Property(tries = 300)
    void runsAlwaysGiveTheLabelBack(@ForAll @Chars({' ', 'a', '1', '#', '\uFE0F', '\u200D', '\u20E3', '☕', '✔'})
                                    @CharRange(from = '\uD83C', to = '\uD83E') @CharRange(from = '\uDC00', to = '\uDFFF')
                                    String s) {
        List<EmojiRuns.Run> runs = runs(s);
        assertEquals(s, runs.stream().map(EmojiRuns.Run::text).collect(Collectors.joining()));
        for (int i = 1; i < runs.size(); i++) {
            assertTrue(runs.get(i).emoji() != runs.get(i - 1).emoji(), "neighbouring runs differ: " + runs);
        }
        assertTrue(runs.stream().noneMatch(r -> r.text().isEmpty()));
    }
}
