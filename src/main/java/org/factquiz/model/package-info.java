/** Fact types, derived facts and findings: plain immutable records that know no framework. */
package org.factquiz.model;
