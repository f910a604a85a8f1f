package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** crossmap overlaps --matrix [--csv]: the coverage matrix of the bundled roadmaps. */
class OverlapsMatrixTest extends CliHarness {

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTableNumbersTheRoadmapsAndShowsEachConceptsCounts() {
        assertEquals(0, run("overlaps", "--matrix"), err.toString(StandardCharsets.UTF_8));
        String text = out();
        assertTrue(text.contains("\n   1  senior-backend-study-path.md\n"), text);
        assertTrue(text.contains("\n   5  backend-engineering-mastery.md\n"), text);
        assertTrue(Pattern.compile("\nidempotency +5 +3 +2 +2 +\u00b7 +\u00b7 +1\n").matcher(text).find(), text);
        assertTrue(Pattern.compile("\nunique topics .*\n(  \\S+\\.md +[\\d,]+\n){5}", Pattern.DOTALL).matcher(text).find(), text);
        assertTrue(Pattern.compile("\n5 roadmaps, [\\d,]+ topics, \\d+ concepts: \\d+ in 2 roadmaps, \\d+ in 3, \\d+ in 4, \\d+ in 5")
                .matcher(text).find(), text);
    }

    @Test
    void csvIsOneRecordPerConceptWithCrlf() {
        assertEquals(0, run("overlaps", "--matrix", "--csv"));
        String csv = out();
        assertTrue(csv.startsWith("concept,places,roadmaps,senior-backend-study-path.md,python-backend-master-tree.md,"
                + "python-backend-developer-roadmap.md,middle-python-developer-plan.md,backend-engineering-mastery.md\r\n"), csv);
        assertTrue(csv.contains("\r\nidempotency,5,3,2,2,0,0,1\r\n"), csv);
    }

    @Test
    void csvWithoutTheMatrixOrJsonWithItIsAUsageError() {
        assertEquals(2, run("overlaps", "--csv"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--csv goes with --matrix"));
        assertEquals(2, run("overlaps", "--matrix", "--json"));
        assertEquals(1, run("overlaps", "--matrix", "missing.md"));
        assertEquals("missing.md: no such file", err.toString(StandardCharsets.UTF_8).strip());
    }
}
