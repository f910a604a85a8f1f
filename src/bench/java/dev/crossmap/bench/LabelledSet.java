package dev.crossmap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The hand-labelled roadmaps the quality bench scores against: a folder of {@code <roadmap file>.labels} files,
 * each line {@code LINE | key ; key … | text} ('-' for a line that names no concept), and {@code folds.txt}
 * giving each file's fold and field ({@code FOLD FIELD FILE [SOURCE-DIR]}).
 *
 * @param files the labelled files in the order folds.txt lists them
 */
record LabelledSet(List<LabelledFile> files) {
    /**
     * One labelled roadmap.
     *
     * @param name   the roadmap's file name
     * @param source where the roadmap is read from
     * @param fold   "A", "B" or "bundled"
     * @param field  backend, devops, …
     * @param lines  line → the concept keys it names (empty for '-'); a table-of-contents entry (a link to a
     *               heading of the same file, {@code [X](#x)}) is left out: it repeats its heading, it does not teach
     */
    record LabelledFile(String name, Path source, String fold, String field, Map<Integer, List<String>> lines) {
    }

    private static final java.util.regex.Pattern TOC = java.util.regex.Pattern.compile("^\\s*(?:[-*+]|\\d+\\.)\\s+\\[[^]]*]\\(#[^)]*\\)\\s*$");

    static LabelledSet read(Path dir) throws IOException {
        Path folds = dir.resolve("folds.txt");
        if (!Files.isRegularFile(folds)) {
            throw new IOException("no labelled roadmaps at " + dir.toAbsolutePath().normalize()
                    + " (folds.txt is missing): run from the project folder or give --labels DIR");
        }
        List<LabelledFile> files = new ArrayList<>();
        int n = 0;
        for (String raw : Files.readAllLines(folds, StandardCharsets.UTF_8)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\s+");
            if (p.length < 3) {
                throw new IOException(folds + ":" + n + ": expected FOLD FIELD FILE [SOURCE-DIR]");
            }
            Path sourceDir = dir.resolve(p.length > 3 ? p[3] : "../../../../../shared/corpus").normalize();
            Path labels = dir.resolve(p[2] + ".labels");
            if (!Files.exists(labels)) {
                continue; // listed but not labelled yet
            }
            Map<Integer, List<String>> lines = parse(labels);
            Path source = sourceDir.resolve(p[2]);
            if (Files.exists(source)) {
                // Lenient decoding: only ASCII link syntax is looked for, and some roadmaps are not UTF-8.
                List<String> text = List.of(new String(Files.readAllBytes(source), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
                lines.keySet().removeIf(at -> at <= text.size() && TOC.matcher(text.get(at - 1)).matches());
            }
            files.add(new LabelledFile(p[2], source, p[0], p[1], lines));
        }
        return new LabelledSet(files);
    }

    private static Map<Integer, List<String>> parse(Path file) throws IOException {
        Map<Integer, List<String>> out = new TreeMap<>();
        int n = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\\|", 3);
            if (p.length < 2) {
                throw new IOException(file + ":" + n + ": expected LINE | keys | text");
            }
            int at;
            try {
                at = Integer.parseInt(p[0].strip());
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + n + ": '" + p[0].strip() + "' is not a line number");
            }
            List<String> keys = new ArrayList<>();
            for (String k : p[1].split(";")) {
                String key = k.strip().toLowerCase(java.util.Locale.ROOT);
                if (!key.isEmpty() && !key.equals("-")) {
                    keys.add(key);
                }
            }
            out.merge(at, keys, (x, y) -> {
                List<String> all = new ArrayList<>(x);
                all.addAll(y);
                return all;
            });
        }
        return out;
    }

    LabelledFile file(String name) {
        for (LabelledFile f : files) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no labels for " + name);
    }

    int lineCount() {
        return files.stream().mapToInt(f -> f.lines().size()).sum();
    }

    int conceptCount() {
        Set<String> keys = new HashSet<>();
        files.forEach(f -> f.lines().values().forEach(keys::addAll));
        return keys.size();
    }
}
