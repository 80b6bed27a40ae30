/**
 * Spaced review: the FSRS-6 memory model and scheduler that decide when a learner sees a question
 * again, the cards that carry each learner's memory of a question, and the rules that retire a
 * card when its question changes.
 */
package org.factquiz.review;
