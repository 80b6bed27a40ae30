package org.factquiz.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factquiz.model.QuestionType;

/**
 * The formats a question set can be exported in, as named on the command line, with what each
 * can hold. Only GIFT lacks a type: it has no ordering question (Moodle's ordering plugin reads an
 * extension of its own that no other GIFT reader knows). QTI 1.2 is written in the dialect of the
 * platform that reads it, Canvas or ILIAS: the two read the same item structures differently.
 */
public enum ExportFormat {
    JSON("json", "JSON (factquiz's own question set)", ".json", "application/json", false,
            EnumSet.allOf(QuestionType.class)),
    GIFT("gift", "GIFT (Moodle)", ".gift.txt", "text/plain; charset=utf-8", false,
            EnumSet.complementOf(EnumSet.of(QuestionType.ORDERING))),
    MOODLE_XML("moodle-xml", "Moodle XML", ".moodle.xml", "application/xml", false,
            EnumSet.allOf(QuestionType.class)),
    QTI("qti", "QTI 2.1 content package", ".qti.zip", "application/zip", true, EnumSet.allOf(QuestionType.class)),
    CANVAS("canvas", "QTI 1.2 package for Canvas", ".canvas.qti.zip", "application/zip", true,
            EnumSet.allOf(QuestionType.class)),
    ILIAS("ilias", "ILIAS question pool (QTI 1.2)", ".qpl.zip", "application/zip", true,
            EnumSet.allOf(QuestionType.class)),
    ANKI("anki", "Anki text file", ".anki.txt", "text/tab-separated-values; charset=utf-8", false,
            EnumSet.allOf(QuestionType.class)),
    APKG("apkg", "Anki package", ".apkg", "application/apkg", true, EnumSet.allOf(QuestionType.class));

    private final String label;
    private final String title;
    private final String extension;
    private final String mediaType;
    private final boolean binary;
    private final Set<QuestionType> holds;

    ExportFormat(String label, String title, String extension, String mediaType, boolean binary,
                 Set<QuestionType> holds) {
        this.label = label;
        this.title = title;
        this.extension = extension;
        this.mediaType = mediaType;
        this.binary = binary;
        this.holds = Set.copyOf(holds);
    }

    /** As written on the command line: "moodle-xml". */
    public String label() {
        return label;
    }

    /** As a person calls it: "Moodle XML". */
    public String title() {
        return title;
    }

    /** What a file of this format is usually called: ".moodle.xml", ".apkg". */
    public String extension() {
        return extension;
    }

    /** The media type a web download announces. */
    public String mediaType() {
        return mediaType;
    }

    /** A zip file rather than text: it goes to a file, never to a terminal. */
    public boolean binary() {
        return binary;
    }

    public boolean holds(QuestionType type) {
        return holds.contains(type);
    }

    /** The formats that hold {@code type}, for a message that says where to go instead: "moodle-xml, qti or apkg". */
    public static String holding(QuestionType type) {
        return either(Arrays.stream(values()).filter(f -> f.holds(type) && f != JSON).map(ExportFormat::label).toList());
    }

    /**
     * Why a file of this format cannot be called {@code fileName}, if it cannot: ILIAS looks for the
     * questions in its zip under a folder named after the zip, and tells the pool file from the QTI
     * file by the "qpl" in that name.
     */
    public Optional<String> fileNameProblem(String fileName) {
        return this == ILIAS ? IliasPoolWriter.nameProblem(fileName) : Optional.empty();
    }

    public static Optional<ExportFormat> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
    }

    /** "json, gift, moodle-xml, qti, canvas, ilias, anki or apkg". */
    public static String labels() {
        return either(Arrays.stream(values()).map(ExportFormat::label).toList());
    }

    private static String either(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
