/**
 * Writing sentences: statements, questions and their frames realised from a phrase template and
 * the names that fill its slots, in correct German and English. Case from the slot's role and the
 * preposition that governs it, agreement of the verb with the subject's number, the German verb
 * second after a fronted phrase and last in a subordinate clause (with its separable particle), English
 * do-support and adverb positions, number words, coordination and pronouns. Built on the
 * language core ({@link org.factquiz.language}); the words are data (templates, names and their
 * grammar in the facts folder; each language's own words in the tables beside this package).
 */
package org.factquiz.language.writing;
