/**
 * The language layer, for reading and for writing: sentences with offsets, tokens with lemma, part
 * of speech, case, number, gender and degree, the verb group of a clause (tense, voice, modality,
 * negation, German verb-second and separable verbs), number words, German and English inflection,
 * and quotation marks. Callers see these types only; OpenNLP, morfologik and Lucene stay inside.
 */
package org.factquiz.language;
