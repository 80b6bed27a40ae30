package org.factquiz.export;

/** Writes the questions of an export in one format; every question given is one the format holds. */
interface QuizWriter {
    byte[] write(QuizExport quiz);
}
