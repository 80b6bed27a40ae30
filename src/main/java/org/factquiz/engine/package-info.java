/** Builds the rule base from the rules folder at run time and runs Drools sessions over the facts. */
package org.factquiz.engine;
