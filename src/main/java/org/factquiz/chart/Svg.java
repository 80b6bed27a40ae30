package org.factquiz.chart;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes SVG through the JDK's XML writer, which escapes every text and attribute: a question
 * label or topic name is text in the picture, never markup. Coordinates are written with one
 * decimal in the root locale, so the same chart is the same bytes.
 */
final class Svg {
    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    /** An SVG element named and described by {@code text} (its {@code title} and {@code desc}). */
    Svg(String id, double width, double height, String className, ChartText text) {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NAMESPACE);
            attribute("id", id);
            attribute("class", className);
            attribute("viewBox", "0 0 " + number(width) + " " + number(height));
            attribute("role", "img");
            attribute("aria-labelledby", id + "-title " + id + "-desc");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        text("title", text.title(), "id", id + "-title");
        text("desc", text.description(), "id", id + "-desc");
    }

    /** Opens an element; pairs of name and value follow. */
    Svg open(String name, String... attributes) {
        try {
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                attribute(attributes[i], attributes[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Svg end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with no children. */
    Svg empty(String name, String... attributes) {
        return open(name, attributes).end();
    }

    /** An element holding only text. */
    Svg text(String name, String text, String... attributes) {
        open(name, attributes);
        try {
            xml.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    /** The document, closed. */
    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
