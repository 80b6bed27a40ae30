/** Checks a fact base for consistency by running the consistency rules and collecting their findings. */
package org.factquiz.validate;
