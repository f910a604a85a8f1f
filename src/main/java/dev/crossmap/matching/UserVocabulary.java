package dev.crossmap.matching;

import dev.crossmap.outline.ImportWarning;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The user's own words for matching: a {@code vocabulary.txt} in the config folder, in the format of the shipped
 * vocabulary ({@code [synonyms]} "canonical = other | other", {@code [structural]} labels that only organise a
 * roadmap, {@code [noise]}, {@code [generic]}, {@code [stopwords]}, {@code [homonyms]}). Lines it cannot use are
 * left out with a warning naming the file and line; a missing file is no vocabulary, never an error.
 *
 * @param text     the usable entries, in the shipped format
 * @param warnings what was left out and why
 */
public record UserVocabulary(String text, List<ImportWarning> warnings) {
    /** The file name in the config folder. */
    public static final String FILE_NAME = "vocabulary.txt";
    private static final Set<String> SECTIONS = Set.of("structural", "noise", "stopwords", "generic", "homonyms",
            "whole words", "synonyms");
    /** A vocabulary is a few hundred lines; a bigger file is a mistake, not a vocabulary. */
    private static final long MAX_BYTES = 1 << 20;

    public UserVocabulary {
        warnings = List.copyOf(warnings);
    }

    /** No user vocabulary. */
    public static UserVocabulary none() {
        return new UserVocabulary("", List.of());
    }

    /** Reads the user's vocabulary from {@code file}; missing gives none. */
    public static UserVocabulary load(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new UserVocabulary("", List.of(new ImportWarning(name, 0,
                        "is larger than 1 MB; a vocabulary is a few hundred lines, so it was not read")));
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return parse(name, text);
        } catch (CharacterCodingException e) {
            return new UserVocabulary("", List.of(new ImportWarning(name, 0, "is not UTF-8 text; it was not read")));
        } catch (IOException e) {
            return new UserVocabulary("", List.of(new ImportWarning(name, 0, "cannot be read (" + e.getMessage() + ")")));
        }
    }

    /** Checks the text line by line, keeping what the matcher can use. */
    public static UserVocabulary parse(String fileName, String text) {
        StringBuilder kept = new StringBuilder();
        List<ImportWarning> warnings = new ArrayList<>();
        String section = null;
        boolean unknown = false;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String s = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                unknown = !SECTIONS.contains(s);
                if (!unknown) {
                    section = s;
                    kept.append('[').append(s).append("]\n");
                } else {
                    section = null;
                    warnings.add(new ImportWarning(fileName, i + 1, "unknown section " + line + " (known: "
                            + String.join(", ", new java.util.TreeSet<>(SECTIONS)) + "); its lines are left out"));
                }
                continue;
            }
            if (unknown) {
                continue; // said once, at the section's header
            }
            if (section == null) {
                warnings.add(new ImportWarning(fileName, i + 1, "an entry outside a known [section]; left out"));
                continue;
            }
            if (section.equals("synonyms") && (!line.contains("=") || line.startsWith("=") || line.endsWith("="))) {
                warnings.add(new ImportWarning(fileName, i + 1, "a synonym is written \"canonical = other | other\"; left out"));
                continue;
            }
            if (WordForms.words(line).isEmpty()) {
                warnings.add(new ImportWarning(fileName, i + 1, "has no word to match by; left out"));
                continue;
            }
            kept.append(line.replaceAll("\\s@[A-Z]$", "")).append('\n');
        }
        return new UserVocabulary(kept.toString(), warnings);
    }
}
