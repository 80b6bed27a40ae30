/** The command line: picocli commands that parse options, call a service and hand results to a renderer. */
package org.factquiz.cli;
