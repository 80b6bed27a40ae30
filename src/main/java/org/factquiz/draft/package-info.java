/** Drafts as claims: Markdown and plain-text articles split into sentences placed at their line and column. */
package org.factquiz.draft;
