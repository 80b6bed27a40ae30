/** What the web quiz keeps: learners, browser sessions, question sets, attempts and answers, in SQLite or PostgreSQL. */
package org.factquiz.store;
