package dev.crossmap.outline;

import java.io.StringReader;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML file read as a stream of StAX events, one at a time (no tree of the whole file, no recursion), with
 * the safety every XML reader needs: a DTD or an external entity is refused, and malformed XML becomes an
 * {@link ImportException} carrying the line the parser stopped at.
 */
final class XmlStream implements AutoCloseable {
    /** What the user reads when a file brings its own DTD (XXE and billion-laughs attacks start there). */
    static final String NO_DTD = "DTDs and external entities are not allowed";

    private final SourceText source;
    private final XMLStreamReader reader;
    private int endLine = 1;
    private int startLine = 1;

    private XmlStream(SourceText source, XMLStreamReader reader) {
        this.source = source;
        this.reader = reader;
    }

    /** Starts reading {@code source}; nothing is parsed until {@link #next()}. */
    static XmlStream open(SourceText source) throws ImportException {
        int markup = firstMarkup(source.text());
        if (markup >= 0 && source.text().startsWith("<!DOCTYPE", markup)) {
            // Refused before the parser sees it, so no malformed internal subset can mask the real reason.
            throw new ImportException(source.fileName(), lineOf(source.text(), markup), NO_DTD);
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            return new XmlStream(source, factory.createXMLStreamReader(new StringReader(source.text())));
        } catch (XMLStreamException e) {
            throw malformed(source, e, 1);
        }
    }

    /** Whether another event follows; false after the end of the document. */
    boolean hasNext() throws ImportException {
        try {
            return reader.hasNext();
        } catch (XMLStreamException e) {
            throw malformed(source, e, endLine);
        }
    }

    /**
     * Moves to the next event and returns its type ({@link XMLStreamConstants}).
     *
     * @throws ImportException for malformed XML, or a DTD ({@link #NO_DTD})
     */
    int next() throws ImportException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw malformed(source, e, endLine);
        } catch (RuntimeException e) {
            // The JDK parser signals some broken input with unchecked exceptions; it is still the file's fault.
            throw new ImportException(source.fileName(), endLine, "malformed XML (" + e + ")", e);
        }
        // Inside the root every gap is a text event, so the previous event ends on the line this one starts.
        startLine = endLine;
        Location at = reader.getLocation();
        if (at != null && at.getLineNumber() > 0) {
            endLine = at.getLineNumber();
        }
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new ImportException(source.fileName(), doctypeLine(), NO_DTD);
        }
        return event;
    }

    /** The 1-based line where the current event starts (exact for everything inside the root element). */
    int line() {
        return startLine;
    }

    /** The current element's local name. */
    String name() {
        return reader.getLocalName();
    }

    /** The current element's attribute, or {@code fallback} when it has none by that name. */
    String attribute(String name, String fallback) {
        String v = reader.getAttributeValue(null, name);
        return v == null ? fallback : v;
    }

    /** The text of the current text event. */
    String text() {
        return reader.getText();
    }

    /** The file being read, for messages. */
    String fileName() {
        return source.fileName();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader over a String releases nothing that could fail; the result stands.
        }
    }

    /**
     * The name of the root element, judged from the text before it: an optional byte-order mark, XML
     * declaration, comments, processing instructions and a {@code <!DOCTYPE name …>} may come first.
     */
    static Optional<String> rootName(String text) {
        int at = firstMarkup(text);
        if (at < 0) {
            return Optional.empty();
        }
        return text.startsWith("<!DOCTYPE", at) ? name(text, skipSpace(text, at + 9)) : name(text, at + 1);
    }

    /**
     * Where the first markup after the prolog's declaration, comments and processing instructions starts (a
     * {@code <!DOCTYPE} or the root's {@code <}), or -1 when the text does not start like XML.
     */
    private static int firstMarkup(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else {
                return c == '<' ? i : -1;
            }
        }
        return -1;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Optional<String> name(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 64) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '[') {
                break;
            }
            i++;
        }
        return i > from ? Optional.of(text.substring(from, i)) : Optional.empty();
    }

    /** The line of {@code <!DOCTYPE}, which the parser reports only once it has read past it. */
    private int doctypeLine() {
        String text = source.text();
        int at = text.indexOf("<!DOCTYPE");
        return at < 0 ? Math.max(1, endLine) : lineOf(text, at);
    }

    /** 1-based line of a character, counting CR LF, CR and LF as one break each, as XML does. */
    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static ImportException malformed(SourceText source, XMLStreamException e, int fallbackLine) {
        Location at = e.getLocation();
        int line = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : Math.max(1, fallbackLine);
        return new ImportException(source.fileName(), line, "malformed XML: " + parserMessage(e), e);
    }

    /** The parser's own words without its "ParseError at [row,col]" preamble. */
    private static String parserMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        m = at >= 0 ? m.substring(at + 9) : m;
        return m.strip();
    }
}
