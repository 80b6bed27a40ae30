package org.factquiz.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validation against the IMS QTI ASI 1.2.1 DTD (ims_qtiasiv1p2p1.dtd, final release of 2003), read
 * offline from the copy that Sakai's samigo-api jar on Maven Central ships. A DTD knows no
 * namespaces: a document in the QTI 1.2 namespace, as Canvas writes it, is checked as the same
 * document without its namespace and schema-location attributes, under the DTD's DOCTYPE.
 */
final class Qti12Dtd {
    private static final String COPY = "xml/author/v1p2/ims_qtiasiv1p2p1.dtd";

    private Qti12Dtd() {
    }

    /** Every problem the DTD finds in {@code document}, one line each: empty when it is valid. */
    static List<String> problems(byte[] document, String name) {
        String xml = new String(document, StandardCharsets.UTF_8);
        if (!xml.contains("<!DOCTYPE")) {
            xml = withDoctype(xml);
        }
        List<String> problems = new ArrayList<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setValidating(true);
            factory.setNamespaceAware(false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                if (systemId == null || !systemId.endsWith(Qti12.DTD)) {
                    throw new SAXException("no offline copy of " + systemId);
                }
                return new InputSource(dtd());
            });
            reader.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            InputSource source = new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            source.setSystemId(name);
            reader.parse(source);
        } catch (SAXParseException e) {
            // already reported through the error handler
        } catch (SAXException | ParserConfigurationException e) {
            problems.add(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The root without xmlns, xmlns:xsi and xsi:schemaLocation, and the DTD's DOCTYPE before it. */
    static String withDoctype(String xml) {
        int root = xml.indexOf("<questestinterop");
        int end = xml.indexOf('>', root);
        String start = xml.substring(root, end).replaceAll("\\s+xmlns(:xsi)?=\"[^\"]*\"", "")
                .replaceAll("\\s+xsi:schemaLocation=\"[^\"]*\"", "");
        return xml.substring(0, root) + "<!DOCTYPE questestinterop SYSTEM \"" + Qti12.DTD + "\">\n" + start
                + xml.substring(end);
    }

    private static InputStream dtd() {
        InputStream in = Qti12Dtd.class.getClassLoader().getResourceAsStream(COPY);
        if (in == null) {
            throw new AssertionError("the QTI 1.2 DTD is not on the test classpath (" + COPY + " in samigo-api)");
        }
        return in;
    }
}
