package org.factquiz.web;

import java.time.Clock;
import java.time.ZoneId;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.Attempts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.learning.ClassReports;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.learning.Reviews;

/** The services the pages call, the clock they all read the time from, and the school's time zone. */
public record Services(QuizCatalog catalog, Attempts attempts, Accounts accounts, BrowserSessions sessions,
                       Reviews reviews, ClassReports reports, Clock clock, ZoneId zone) {
}
