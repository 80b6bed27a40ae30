/**
 * Static analysis of the rule base for editors ({@code factquiz rules --verify}): rules that can
 * never fire, and rules that repeat or fall inside other rules.
 */
package org.factquiz.analysis;
