package org.factquiz.store;

import java.util.Locale;

/** What a user may do: a guest keeps progress for one browser session, a learner has an account, a teacher more. */
public enum Role {
    GUEST, LEARNER, TEACHER;

    /** As stored: "guest". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
