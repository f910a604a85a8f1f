package dev.crossmap.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An exported SVG parsed with the JDK's XML parser (no DTDs, no external entities), and what it shows. */
public final class SvgDocument {
    private final Document doc;

    private SvgDocument(Document doc) {
        this.doc = doc;
    }

    /** Parses the text; fails the test with the parser's message if it is not well-formed XML. */
    public static SvgDocument parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(true);
        return new SvgDocument(f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    public Element root() {
        return doc.getDocumentElement();
    }

    /** The labels drawn, in document order, each one label's lines joined by a space. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Element text : elements("text")) {
            if (!text.getAttribute("class").equals("label")) {
                continue;
            }
            NodeList spans = text.getElementsByTagName("tspan");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < spans.getLength(); i++) {
                lines.add(spans.item(i).getTextContent());
            }
            out.add(String.join(" ", lines));
        }
        return out;
    }

    /** The text of every other text element (badges, counts, far-zoom titles). */
    public List<String> otherTexts() {
        List<String> out = new ArrayList<>();
        for (Element text : elements("text")) {
            if (!text.getAttribute("class").equals("label")) {
                out.add(text.getTextContent());
            }
        }
        return out;
    }

    /** Every element with this tag name. */
    public List<Element> elements(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** How many elements of this tag are filled with this colour ("#2f9e44"). */
    public long filledWith(String tag, String colour) {
        return elements(tag).stream().filter(e -> e.getAttribute("fill").equalsIgnoreCase(colour)).count();
    }
}
