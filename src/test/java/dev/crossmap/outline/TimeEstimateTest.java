package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicMeta;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One reader of hours and spans, for labels and for the attributes Crossmap's exports write. */
class TimeEstimateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Foundations (2h)         | Foundations | 2",
            "Foundations (3 hours)    | Foundations | 3",
            "Foundations (1.5 hrs)    | Foundations | 1.5",
            "Foundations (~1,5 h)     | Foundations | 1.5",
            "Foundations ( 10 HRS. )  | Foundations | 10",
    })
    void hoursInAnAsideLeaveTheLabel(String label, String text, double hours) {
        TimeEstimate.Found f = TimeEstimate.in(label);
        assertEquals(text, f.text());
        assertEquals(OptionalDouble.of(hours), f.meta().hours());
        assertTrue(f.meta().span().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Deep dive (2-3 weeks)    | 2-3 weeks   | week  | 2 | 3",
            "Deep dive (3-4 months)   | 3-4 months  | month | 3 | 4",
            "Deep dive (3 to 4 Months)| 3 to 4 Months | month | 3 | 4",
            "Deep dive (Weeks 1-4)    | Weeks 1-4   | week  | 1 | 4",
            "Deep dive (Day 5)        | Day 5       | day   | 5 | 5",
            "Deep dive (1\u20132 years) | 1\u20132 years | year | 1 | 2",
    })
    void spansInAnAsideLeaveTheLabel(String label, String written, String unit, int from, int to) {
        TimeEstimate.Found f = TimeEstimate.in(label);
        assertEquals("Deep dive", f.text());
        assertEquals(Optional.of(new TopicMeta.Span(unit, from, to, written)), f.meta().span());
    }

    @Test
    void hoursAndASpanTogether() {
        TimeEstimate.Found f = TimeEstimate.in("Phase 1 (Weeks 1-4) (40 h)");
        assertEquals("Phase 1", f.text());
        assertEquals(OptionalDouble.of(40), f.meta().hours());
        assertEquals(1, f.meta().span().orElseThrow().from());
    }

    @Test
    void numbersThatAreThePartOfTheNameStay() {
        for (String label : List.of("2 hours of practice", "Top 10 (of 100) tips", "HTTP/2 (h2)", "Week planning")) {
            TimeEstimate.Found f = TimeEstimate.in(label);
            assertEquals(label, f.text());
            assertTrue(f.meta().isEmpty(), label);
        }
    }

    @Test
    void attributeValuesAreReadWhole() {
        assertEquals(OptionalDouble.of(2), TimeEstimate.hours("2h"));
        assertEquals(OptionalDouble.of(1.5), TimeEstimate.hours("1.5 hrs"));
        assertEquals(OptionalDouble.of(10), TimeEstimate.hours("10"));
        assertEquals(OptionalDouble.of(2.5), TimeEstimate.hours(" 2,5 "));
        assertEquals(OptionalDouble.of(1e-4), TimeEstimate.hours("1.0E-4"));
        assertEquals(OptionalDouble.empty(), TimeEstimate.hours("soon"));
        assertEquals(OptionalDouble.empty(), TimeEstimate.hours("-3"));
        assertEquals(OptionalDouble.empty(), TimeEstimate.hours("2h of reading"));
        assertEquals("3-4 months", TimeEstimate.span("3-4 months").orElseThrow().text());
        assertEquals(new TopicMeta.Span("week", 2, 3, "2-3 weeks"), TimeEstimate.span("2-3 weeks").orElseThrow());
        assertEquals(new TopicMeta.Span("week", 1, 4, "Weeks 1-4"), TimeEstimate.span("Weeks 1-4").orElseThrow());
        assertEquals(Optional.empty(), TimeEstimate.span("a while"));
    }

    @Test
    void opmlAndFreeplaneAttributesTakeTheSameSpellings() throws Exception {
        String opml = "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>T</title></head><body>\n"
                + "<outline text=\"Caching\" hours=\"1.5 hrs\" span=\"2-3 weeks\"/>\n</body></opml>\n";
        Topic o = new Importer().importBytes("a.opml", opml.getBytes(StandardCharsets.UTF_8)).roadmap().topics().get(0);
        assertEquals(OptionalDouble.of(1.5), o.meta().hours());
        assertEquals(new TopicMeta.Span("week", 2, 3, "2-3 weeks"), o.meta().span().orElseThrow());

        String mm = "<map version=\"freeplane 1.9.13\">\n<node TEXT=\"Root\">\n<node TEXT=\"Caching\">\n"
                + "<attribute NAME=\"hours\" VALUE=\"2h\"/>\n<attribute NAME=\"span\" VALUE=\"(3-4 months)\"/>\n"
                + "</node>\n</node>\n</map>\n";
        ImportResult r = new Importer().importBytes("a.mm", mm.getBytes(StandardCharsets.UTF_8));
        Topic m = r.roadmap().topics().get(1);
        assertEquals(OptionalDouble.of(2), m.meta().hours());
        assertTrue(m.meta().span().isEmpty(), "a span in parentheses is not a value");
        assertEquals(1, r.warnings().size(), r.warnings().toString());
    }

    @Test
    void aMarkdownLabelAndAnOpmlAttributeGiveTheSameEstimate() throws Exception {
        Topic md = new Importer().importBytes("a.md", "# T\n- Caching (1.5 hrs) (2-3 weeks)\n"
                .getBytes(StandardCharsets.UTF_8)).roadmap().topics().get(1);
        assertEquals("Caching", md.label());
        assertEquals(OptionalDouble.of(1.5), md.meta().hours());
        assertEquals(new TopicMeta.Span("week", 2, 3, "2-3 weeks"), md.meta().span().orElseThrow());
    }
}
