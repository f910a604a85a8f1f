package dev.crossmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 🧠 in a title is measured and shown with the bundled emoji font, the rest with the text font. */
class EmojiTextTest {
    @BeforeAll
    static void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @Test
    void theBuildBundlesTheNotoEmojiFont() throws Exception {
        assertEquals("Noto Emoji", onFx(() -> EmojiFont.family().orElse("missing")));
    }

    @Test
    void aLabelWithAnEmojiShowsTheEmojiRunInTheEmojiFont() throws Exception {
        Object[] got = onFx(() -> {
            Label l = new Label();
            l.setFont(Font.font(15));
            EmojiText.show(l, "🧠 Brain");
            TextFlow flow = (TextFlow) l.getGraphic();
            Text brain = (Text) flow.getChildren().get(0);
            Text rest = (Text) flow.getChildren().get(1);
            Object[] r = {l.getText(), l.getContentDisplay(), brain.getText(), brain.getFont().getFamily(),
                brain.getFont().getSize(), rest.getText(), rest.getFont().getFamily(), null, null};
            EmojiText.show(l, "Brain");
            r[7] = l.getGraphic();
            r[8] = l.getContentDisplay();
            return r;
        });
        assertEquals("🧠 Brain", got[0], "the label keeps its text (search, tests, accessibility)");
        assertEquals(ContentDisplay.GRAPHIC_ONLY, got[1]);
        assertEquals("🧠", got[2]);
        assertEquals("Noto Emoji", got[3]);
        assertEquals(15.0, (double) got[4], 1e-9, "the emoji at the label's size");
        assertEquals(" Brain", got[5]);
        assertNotEquals("Noto Emoji", got[6]);
        assertNull(got[7], "a reused label without emoji drops the runs");
        assertEquals(ContentDisplay.LEFT, got[8]);
    }

    @Test
    void theMapMeasuresAnEmojiWithTheEmojiFont() throws Exception {
        double[] got = onFx(() -> {
            MapTextMeasure m = new MapTextMeasure();
            Font textFont = m.font(2, MapTextMeasure.baseSize(2));
            Text inEmojiFont = new Text("🧠");
            inEmojiFont.setFont(Font.font("Noto Emoji", textFont.getSize()));
            Text inTextFont = new Text("🧠");
            inTextFont.setFont(textFont);
            Text brain = new Text(" Brain");
            brain.setFont(textFont);
            return new double[] {m.measure("🧠 Brain", 2).w(),
                inEmojiFont.getLayoutBounds().getWidth() + brain.getLayoutBounds().getWidth(),
                inTextFont.getLayoutBounds().getWidth(), inEmojiFont.getLayoutBounds().getWidth()};
        });
        assertTrue(Math.abs(got[2] - got[3]) > 1, "the two fonts give 🧠 different widths: " + got[2] + " vs " + got[3]);
        assertEquals(Math.ceil(got[1]), got[0], 1.0, "the label is as wide as its runs in their fonts");
    }
}
