package org.factquiz.export;

/** Writes the questions of an export in one format; every question given is one the format holds. */
interface QuizWriter {
    byte[] write(QuizExport quiz);

    /**
     * The same, for a file that will be called {@code fileName}: a format whose reader finds its
     * content by the file's own name (ILIAS) names what is inside after it. The others ignore it.
     */
    default byte[] write(QuizExport quiz, String fileName) {
        return write(quiz);
    }
}
