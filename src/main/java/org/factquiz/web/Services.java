package org.factquiz.web;

import java.time.Clock;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.Attempts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.learning.Reviews;

/** The services the pages call, and the clock they all read the time from. */
public record Services(QuizCatalog catalog, Attempts attempts, Accounts accounts, BrowserSessions sessions,
                       Reviews reviews, Clock clock) {
}
