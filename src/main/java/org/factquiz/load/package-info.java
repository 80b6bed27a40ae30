/** Reads facts folders (YAML or JSON) and source texts into model records, keeping file:line:column. */
package org.factquiz.load;
