package dev.crossmap.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void aWordHasOneStemWhateverItsCaseAndWhicheverWayItWasReadFirst() {
        WordForms forms = new WordForms();

        assertEquals(List.of("retri", "retri", "retri"), forms.stems("Retries, retrying & RETRY"));
        assertEquals(List.of("c++", "and", "n+1", "queri"), forms.stems("C++ and N+1 Queries"));
        assertEquals(forms.stems("caching layers"), forms.stems("Caching Layers"), "read again, in capitals");
        assertEquals(List.of("redi", "和", "memcach"), forms.stems("Redis和Memcached"));
    }

    @Test
    void aProtectedWordStaysWholeInAnyCase() {
        WordForms forms = new WordForms();
        forms.protect("observability");

        assertEquals(List.of("observability", "for", "observ"), forms.stems("Observability for observers"));
    }

    @Test
    void thousandsOfWordsKeepTheirStemsWhenReadAgain() {
        WordForms forms = new WordForms();
        List<List<String>> first = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            first.add(forms.stems("Testing w" + i + "ing"));
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(first.get(i), forms.stems("TESTING W" + i + "ING"));
        }
        assertEquals(List.of("test", "w4999ing"), first.get(4999), "a word first met in this read: as the stemmer reads it");
    }
}
