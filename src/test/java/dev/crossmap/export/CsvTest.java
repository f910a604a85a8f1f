package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.overlap.Atlases;
import dev.crossmap.overlap.CoverageMatrix;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it, and the coverage matrix in it. */
class CsvTest {
    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("idempotency", Csv.field("idempotency"));
        assertEquals("\"Transactions, isolation\"", Csv.field("Transactions, isolation"));
        assertEquals("\"the \"\"N+1\"\" problem\"", Csv.field("the \"N+1\" problem"));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"cr\r\"", Csv.field("cr\r"));
        assertEquals("", Csv.field(null));
        StringBuilder sb = new StringBuilder();
        Csv.record(sb, List.of("a", "b,c", ""));
        assertEquals("a,\"b,c\",\r\n", sb.toString());
    }

    @Property(tries = 500)
    void anyRecordsReadBackAsWritten(@ForAll("records") List<List<String>> records) {
        StringBuilder sb = new StringBuilder();
        records.forEach(r -> Csv.record(sb, r));
        assertEquals(records, CsvReading.records(sb.toString()));
    }

    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ,\"\r\n;é").ofMaxLength(8);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(6);
    }

    @Test
    void theMatrixHasAHeaderAndOneRecordPerConceptWidestSpreadFirst() throws Exception {
        CoverageMatrix m = CoverageMatrix.of(Atlases.bundled());
        List<List<String>> records = CsvReading.records(CoverageCsv.of(m));
        assertEquals(List.of("concept", "places", "roadmaps", "senior-backend-study-path.md",
                "python-backend-master-tree.md", "python-backend-developer-roadmap.md", "middle-python-developer-plan.md",
                "backend-engineering-mastery.md"), records.get(0));
        assertEquals(m.rows().size() + 1, records.size());
        assertTrue(records.contains(List.of("idempotency", "5", "3", "2", "2", "0", "0", "1")));
        for (int i = 2; i < records.size(); i++) {
            assertTrue(Integer.parseInt(records.get(i - 1).get(2)) >= Integer.parseInt(records.get(i).get(2)));
        }
    }
}
