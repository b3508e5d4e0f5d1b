package dev.sitegen.check;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a small XML file into an {@link XmlElement} tree, with positions for messages. */
final class XmlParser {

    /** Thrown for a file that is not well-formed XML. */
    static final class MalformedXmlException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        MalformedXmlException(String message, int line, int column) {
            super(message);
            this.line = Math.max(line, 0);
            this.column = Math.max(column, 0);
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private final XMLInputFactory factory;

    XmlParser() {
        factory = XMLInputFactory.newFactory();
        // Sitemaps and feeds need no DTD; refusing them keeps the reader from fetching or expanding anything.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The root element of {@code content}. */
    XmlElement parse(byte[] content) throws MalformedXmlException {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            Deque<Builder> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    open.push(new Builder(reader));
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
            }
            if (root == null) {
                throw new MalformedXmlException("no root element", 0, 0);
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new MalformedXmlException("not well-formed XML: " + message(e),
                    at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
        } finally {
            close(reader);
        }
    }

    /** The parser's own words, without the "ParseError at [row,col]" prefix the JDK adds. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing an in-memory reader frees nothing that matters; the parse result stands.
        }
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();
        final int line;
        final int column;

        Builder(XMLStreamReader reader) {
            namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            name = reader.getLocalName();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String ns = reader.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
            }
            Location at = reader.getLocation();
            line = Math.max(at.getLineNumber(), 0);
            column = Math.max(at.getColumnNumber(), 0);
        }

        XmlElement build() {
            return new XmlElement(namespace, name, attributes, text.toString().strip(), line, column, children);
        }
    }
}
