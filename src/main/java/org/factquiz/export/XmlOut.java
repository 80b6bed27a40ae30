package org.factquiz.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written element by element through the JDK's StAX writer (which escapes), one
 * element per line indented by depth, so that exports read well and diff line by line. Mixed
 * content (text with inline elements, as in a QTI paragraph) stays on its line.
 */
final class XmlOut {
    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;

    XmlOut() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document type declaration, on its own line before the root: {@code <!DOCTYPE questestinterop SYSTEM "...">}. */
    XmlOut doctype(String root, String systemId) {
        return run(() -> xml.writeDTD("\n<!DOCTYPE " + root + " SYSTEM \"" + systemId + "\">"));
    }

    /** Opens an element on its own line; attributes come as name, value, name, value ... */
    XmlOut open(String name, String... attributes) {
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
        });
    }

    /** Opens the root element in a default namespace. */
    XmlOut root(String name, String namespace, String... attributes) {
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            attributes(attributes);
            depth++;
        });
    }

    XmlOut close() {
        return run(() -> {
            depth--;
            indent();
            xml.writeEndElement();
        });
    }

    /** An element holding only text, on one line. */
    XmlOut leaf(String name, String text, String... attributes) {
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
        });
    }

    /** An empty element on its own line. */
    XmlOut empty(String name, String... attributes) {
        return run(() -> {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    XmlOut comment(String text) {
        return run(() -> {
            indent();
            xml.writeComment(" " + text.replace("--", "- -") + " ");
        });
    }

    /** Opens an element whose content is mixed: text and inline elements on the same line. */
    XmlOut openLine(String name, String... attributes) {
        return run(() -> {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
        });
    }

    XmlOut text(String text) {
        return run(() -> xml.writeCharacters(text));
    }

    XmlOut inline(String name, String... attributes) {
        return run(() -> {
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    XmlOut closeLine() {
        return run(xml::writeEndElement);
    }

    String finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        return buffer + "\n";
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOut run(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the XML could not be written", e);
        }
        return this;
    }
}
