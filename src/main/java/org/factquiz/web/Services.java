package org.factquiz.web;

import org.factquiz.learning.Accounts;
import org.factquiz.learning.Attempts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.learning.QuizCatalog;

/** The services the pages call. */
public record Services(QuizCatalog catalog, Attempts attempts, Accounts accounts, BrowserSessions sessions) {
}
