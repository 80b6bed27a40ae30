package org.factquiz.export;

/**
 * The parts of a QTI 1.2 item (IMS QTI ASI 1.2.1) that every platform's dialect writes the same
 * way: the metadata fields an importer reads the question's type and points from, a text as
 * {@code material}, and a feedback text as {@code itemfeedback}.
 */
final class Qti12 {
    /** The DTD of IMS QTI ASI 1.2.1, as ILIAS names it in its own files. */
    static final String DTD = "ims_qtiasiv1p2p1.dtd";
    static final String NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
    static final String SCHEMA_LOCATION = NAMESPACE + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd";

    private Qti12() {
    }

    /** {@code <itemmetadata><qtimetadata>} with one field per label and entry given: label, entry, label, entry ... */
    static void metadata(XmlOut xml, String... fields) {
        xml.open("itemmetadata").open("qtimetadata");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            xml.open("qtimetadatafield").leaf("fieldlabel", fields[i]).leaf("fieldentry", fields[i + 1]).close();
        }
        xml.close().close();
    }

    /** A text of the given type ("text/html", "text/plain") as {@code <material><mattext>}. */
    static void material(XmlOut xml, String texttype, String text) {
        xml.open("material").leaf("mattext", text, "texttype", texttype).close();
    }

    /** A feedback text that a {@code displayfeedback linkrefid="ident"} shows. */
    static void feedback(XmlOut xml, String ident, String texttype, String text) {
        xml.open("itemfeedback", "ident", ident).open("flow_mat");
        material(xml, texttype, text);
        xml.close().close();
    }

    /** {@code <outcomes><decvar .../></outcomes>}, the score an item's conditions set or add to. */
    static void outcomes(XmlOut xml, String... decvar) {
        xml.open("outcomes").empty("decvar", decvar).close();
    }

    /** A condition that shows a feedback whatever was answered ({@code <other/>}) and lets the next ones run. */
    static void always(XmlOut xml, String feedback) {
        xml.open("respcondition", "continue", "Yes").open("conditionvar").empty("other").close();
        xml.empty("displayfeedback", "feedbacktype", "Response", "linkrefid", feedback).close();
    }
}
