/** The web quiz's services, free of HTTP: question sets per fact-base version, accounts and sessions, attempts and answers. */
package org.factquiz.learning;
