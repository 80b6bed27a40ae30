/**
 * Charts drawn on the server as SVG, for pages that work without JavaScript: a scatter plot and a
 * line chart with a title, a description and axes a screen reader can name, shown beside a table
 * of the same numbers.
 */
package org.factquiz.chart;
