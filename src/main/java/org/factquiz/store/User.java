package org.factquiz.store;

import java.time.Instant;
import java.util.Objects;

/** Someone who takes quizzes; a guest has no name and no password. {@code passwordHash} is an encoded Argon2id hash. */
public record User(String id, String name, String passwordHash, Role role, Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isGuest() {
        return role == Role.GUEST;
    }
}
