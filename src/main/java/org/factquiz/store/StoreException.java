package org.factquiz.store;

import java.sql.SQLException;

/** The database failed (not the learner): a bug, a full disk, a lost connection. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
