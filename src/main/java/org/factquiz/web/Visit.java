package org.factquiz.web;

import java.util.Optional;
import org.factquiz.model.Language;
import org.factquiz.store.BrowserSession;
import org.factquiz.store.User;

/** Who is asking: the browser's session and the user signed in through it (a guest, too), if any. */
record Visit(BrowserSession session, Optional<User> user) {
    Language language() {
        return session.language();
    }

    String userId() {
        return user.map(User::id).orElse(null);
    }
}
