/** Tools for editors: a source's numbered sentences, a new fact base for an article, moving an old layout. */
package org.factquiz.editing;
