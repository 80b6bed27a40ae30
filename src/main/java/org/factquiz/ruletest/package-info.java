/** Rule tests as data: cases in {@code rules/tests/*.yaml} that patch the facts and expect findings. */
package org.factquiz.ruletest;
