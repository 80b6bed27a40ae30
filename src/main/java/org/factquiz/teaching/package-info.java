/**
 * What a teacher reads: the item analysis and scores over time as tables (shown on a page and
 * downloaded as CSV from the same rows) and as charts, in the teacher's language.
 */
package org.factquiz.teaching;
