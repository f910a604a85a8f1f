package dev.crossmap.outline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text inside an {@code .xmind} file, which is a zip: {@code content.json} (XMind 2020 and later) or
 * {@code content.xml} (XMind 8). A zip is untrusted input, so it is read in memory with {@code java.util.zip}
 * (nothing is written to disk) and refused when it has too many entries, an entry or the whole too large once
 * inflated, an entry that inflates far more than text does (a zip bomb), or an entry name that climbs out
 * of the archive.
 */
final class XmindArchive {
    /** Most entries an XMind file may have (real ones have a handful plus their pictures). */
    static final int MAX_ENTRIES = 10_000;
    /** Most bytes any one entry may inflate to. */
    static final long MAX_ENTRY_BYTES = 64L << 20;
    /** Most bytes all entries together may inflate to. */
    static final long MAX_TOTAL_BYTES = 256L << 20;
    /** Most an entry may inflate relative to its compressed size (text deflates ~5-30 times; bombs ~1000). */
    static final int MAX_RATIO = 200;
    /** Below this an entry's ratio is not judged: tiny repetitive files deflate extremely well. */
    private static final long RATIO_FLOOR = 1L << 20;

    private XmindArchive() {
    }

    /** Whether the bytes start like a zip file (a local file header, or the end record of an empty zip). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /**
     * The mind map's text: {@code content.json} when there is one (XMind 2020+ also writes a placeholder
     * {@code content.xml} for old versions), else {@code content.xml}.
     *
     * @throws ImportException if the zip is broken, hostile, or holds neither file
     */
    static Content content(String fileName, byte[] zip) throws ImportException {
        byte[] json = null;
        byte[] xml = null;
        Set<String> names = new HashSet<>();
        int entries = 0;
        long total = 0;
        CountingStream counted = new CountingStream(new ByteArrayInputStream(zip));
        try (ZipInputStream in = new ZipInputStream(counted)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportException(fileName, 0, "the zip has more than " + MAX_ENTRIES + " entries; refused");
                }
                String name = e.getName();
                checkName(fileName, name);
                if (!names.add(name)) {
                    throw new ImportException(fileName, 0, "the zip holds \"" + name + "\" twice; refused");
                }
                boolean wanted = name.equals("content.json") || name.equals("content.xml");
                // Every entry is inflated (skipping one inflates it too), so every entry is counted and bounded.
                ByteArrayOutputStream kept = wanted ? new ByteArrayOutputStream(64 * 1024) : null;
                total += inflate(fileName, name, in, counted, MAX_TOTAL_BYTES - total, kept);
                if (name.equals("content.json")) {
                    json = kept.toByteArray();
                } else if (name.equals("content.xml")) {
                    xml = kept.toByteArray();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream reports a broken archive or a badly encoded entry name this way.
            throw new ImportException(fileName, 0, "not a readable zip (" + e.getMessage() + ")", e);
        }
        if (entries == 0) {
            throw new ImportException(fileName, 0, "an empty zip, not an XMind file");
        }
        if (json == null && xml == null) {
            throw new ImportException(fileName, 0, "a zip without content.json or content.xml, not an XMind file");
        }
        return new Content(json != null, TextDecoder.decode(fileName, json != null ? json : xml));
    }

    /**
     * The map's text as found in the archive.
     *
     * @param json whether it is {@code content.json} (else {@code content.xml})
     * @param text the decoded text
     */
    record Content(boolean json, SourceText text) {
    }

    /**
     * Inflates the current entry into {@code out} (or nowhere, when null), refusing it past the limits.
     *
     * @return the entry's inflated length
     */
    private static long inflate(String fileName, String name, ZipInputStream in, CountingStream counted,
                                long totalLeft, ByteArrayOutputStream out) throws IOException, ImportException {
        long start = counted.count;
        byte[] buf = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            size += n;
            if (size > MAX_ENTRY_BYTES) {
                throw new ImportException(fileName, 0, "\"" + name + "\" inflates to more than "
                        + (MAX_ENTRY_BYTES >> 20) + " MB; refused");
            }
            if (size > totalLeft) {
                throw new ImportException(fileName, 0, "the zip inflates to more than "
                        + (MAX_TOTAL_BYTES >> 20) + " MB; refused");
            }
            // The stream reads ahead a little, so judge against what it took in plus one buffer of slack.
            long compressed = Math.max(1, counted.count - start);
            if (size > RATIO_FLOOR && size > MAX_RATIO * (compressed + 8192)) {
                throw new ImportException(fileName, 0, "\"" + name + "\" inflates more than " + MAX_RATIO
                        + " times its size (a zip bomb?); refused");
            }
            if (out != null) {
                out.write(buf, 0, n);
            }
        }
        return size;
    }

    /** Entry names that would climb out of a folder if extracted are refused, even though nothing is. */
    private static void checkName(String fileName, String name) throws ImportException {
        String n = name.replace('\\', '/');
        boolean escapes = n.startsWith("/") || n.indexOf(':') >= 0 || n.indexOf('\u0000') >= 0
                || ("/" + n + "/").contains("/../");
        if (escapes || name.indexOf('\\') >= 0) {
            throw new ImportException(fileName, 0, "the zip entry \"" + shown(name)
                    + "\" points outside the archive; refused");
        }
    }

    /** A name fit for a message: control characters shown as '?', long names cut. */
    private static String shown(String name) {
        String s = name.length() > 80 ? name.substring(0, 80) + "\u2026" : name;
        return s.replaceAll("\\p{Cntrl}", "?");
    }

    /** Counts the compressed bytes the zip reader has taken, to judge each entry's ratio. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += Math.max(0, s);
            return s;
        }
    }
}
