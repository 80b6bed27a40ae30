/**
 * Writes a verified question set in the import formats of the tools teachers use (Moodle GIFT and
 * XML, QTI 2.1, Anki), as bytes: callable from the command line and from the web alike.
 */
package org.factquiz.export;
