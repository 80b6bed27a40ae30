/** Turns the question drafts the quiz rules derive and verify into worded questions, and runs a quiz. */
package org.factquiz.quiz;
