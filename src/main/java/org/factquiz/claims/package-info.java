/** Reads claims (sentences or structured entries), inserts them into the rule session and collects verdicts. */
package org.factquiz.claims;
