/** Renders findings, verdicts and questions for people (text) and machines (JSON). */
package org.factquiz.report;
