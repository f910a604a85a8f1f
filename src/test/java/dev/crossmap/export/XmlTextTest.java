package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void aControlCharacterHidingATagIsDroppedBeforeTheTagIsEscaped() {
        // "<\u0001a>" reads as "<a>" once XML drops the control character: that must not become a tag.
        assertEquals("&lt;a>", XmlText.html("<\u0001a>"));
        assertEquals("&amp;lt;a&gt;", XmlText.attribute(XmlText.html("<\u0001a>")));
    }
}
