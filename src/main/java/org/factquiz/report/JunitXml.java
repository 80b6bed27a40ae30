package org.factquiz.report;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A report as JUnit XML in the form Maven Surefire writes ({@code surefire-test-report.xsd},
 * version 3.0.2): one {@code testsuite}, one {@code testcase} per case, a {@code failure} for a
 * failing case with its details as text, warnings in {@code system-out}. Times are written as 0
 * so the same input always gives the same bytes.
 */
public final class JunitXml {
    static final String SCHEMA_LOCATION =
            "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd";

    private JunitXml() {
    }

    public static String render(Report report) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation",
                    SCHEMA_LOCATION);
            xml.writeAttribute("version", "3.0.2");
            xml.writeAttribute("name", clean(report.tool()));
            xml.writeAttribute("time", "0");
            xml.writeAttribute("tests", String.valueOf(report.cases().size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("failures", String.valueOf(report.failures()));
            for (ReportCase testCase : report.cases()) {
                writeCase(xml, testCase);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("JUnit XML could not be written", e);
        }
        return out + "\n";
    }

    private static void writeCase(XMLStreamWriter xml, ReportCase testCase) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(testCase.name()));
        xml.writeAttribute("classname", clean(testCase.classname()));
        xml.writeAttribute("time", "0");
        List<ReportIssue> errors = testCase.issues().stream().filter(ReportIssue::fails).toList();
        List<ReportIssue> others = testCase.issues().stream().filter(i -> !i.fails()).toList();
        if (!errors.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(errors.stream().map(JunitXml::line).collect(Collectors.joining("; "))));
            xml.writeAttribute("type", "factquiz." + (errors.get(0).ruleId() == null ? "failure" : "finding"));
            xml.writeCharacters(clean(testCase.details().isEmpty() ? lines(errors) : testCase.details()));
            xml.writeEndElement();
        }
        if (!others.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(lines(others)));
            xml.writeEndElement();
        }
        if (!errors.isEmpty() || !others.isEmpty()) {
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
    }

    private static String lines(List<ReportIssue> issues) {
        return issues.stream().map(i -> (i.suppressed() != null ? "suppressed " : "") + i.level().label() + ": " + line(i))
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static String line(ReportIssue issue) {
        return issue.locations().isEmpty() ? issue.message() : issue.locations().get(0) + ": " + issue.message();
    }

    /** Drops characters XML 1.0 cannot hold, which would make the whole file unreadable. */
    private static String clean(String text) {
        return text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }
}
