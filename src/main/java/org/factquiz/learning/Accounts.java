package org.factquiz.learning;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factquiz.store.Role;
import org.factquiz.store.Store;
import org.factquiz.store.User;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing up, signing in and guests. Passwords are kept only as Argon2id hashes (Spring Security's
 * encoder, with the parameters it recommends); names are compared with case and width folded, so
 * "Anna" and "anna" are one learner.
 */
public final class Accounts {
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 200;
    public static final int MAX_NAME = 40;

    private final Store store;
    private final Clock clock;
    private final SignInLimiter limiter;
    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Compared against when the name is unknown, so a wrong name costs as long as a wrong password. */
    private final String unknownNameHash;

    public Accounts(Store store, Clock clock, SignInLimiter limiter) {
        this.store = store;
        this.clock = clock;
        this.limiter = limiter;
        this.unknownNameHash = encoder.encode("no such learner");
    }

    /** A problem with what was typed into a sign-up or sign-in form: the field and a message key. */
    public record Problem(String field, String message) {
    }

    /** The outcome of signing up or in: the user, or what to tell the learner. */
    public record Outcome(Optional<User> user, List<Problem> problems, Duration retryAfter) {
        static Outcome of(User user) {
            return new Outcome(Optional.of(user), List.of(), Duration.ZERO);
        }

        static Outcome failed(List<Problem> problems) {
            return new Outcome(Optional.empty(), List.copyOf(problems), Duration.ZERO);
        }
    }

    /** A guest: no name, progress for one browser session. */
    public User guest() {
        User guest = new User(Ids.id(), null, null, Role.GUEST, clock.instant());
        store.addUser(guest, null);
        return guest;
    }

    /**
     * A new learner. A guest who signs up keeps what they answered: the guest becomes the learner.
     */
    public Outcome signUp(String name, String password, String confirmation, Optional<User> guest) {
        String shown = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        List<Problem> problems = new ArrayList<>();
        if (shown.isEmpty()) {
            problems.add(new Problem("name", "error.name-missing"));
        } else if (shown.length() > MAX_NAME || shown.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new Problem("name", "error.name-invalid"));
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new Problem("password", "error.password-short"));
        } else if (password.length() > MAX_PASSWORD) {
            problems.add(new Problem("password", "error.password-long"));
        } else if (!password.equals(confirmation)) {
            problems.add(new Problem("confirmation", "error.password-mismatch"));
        }
        if (!problems.isEmpty()) {
            return Outcome.failed(problems);
        }
        String key = nameKey(shown);
        String hash = encoder.encode(password);
        if (guest.isPresent() && guest.get().isGuest()) {
            if (store.nameGuest(guest.get().id(), shown, key, hash)) {
                return Outcome.of(store.user(guest.get().id()).orElseThrow());
            }
        } else {
            User learner = new User(Ids.id(), shown, hash, Role.LEARNER, clock.instant());
            if (store.addUser(learner, key)) {
                return Outcome.of(learner);
            }
        }
        return Outcome.failed(List.of(new Problem("name", "error.name-taken")));
    }

    /**
     * A learner or teacher made by whoever runs the server (from the command line, never from the
     * web): the same rules for names and passwords as signing up.
     */
    public Outcome create(String name, String password, Role role) {
        if (role == Role.GUEST) {
            throw new IllegalArgumentException("a guest has no name and no password");
        }
        Outcome outcome = signUp(name, password, password, Optional.empty());
        if (outcome.user().isEmpty() || role == Role.LEARNER) {
            return outcome;
        }
        store.setRole(outcome.user().get().id(), role);
        return Outcome.of(store.user(outcome.user().get().id()).orElseThrow());
    }

    /** Gives the named user another role (learner or teacher); empty when there is no such user. */
    public Optional<User> setRole(String name, Role role) {
        if (role == Role.GUEST) {
            throw new IllegalArgumentException("a named user cannot become a guest");
        }
        Optional<User> user = store.userByName(nameKey(name == null ? "" : name));
        if (user.isEmpty() || !store.setRole(user.get().id(), role)) {
            return Optional.empty();
        }
        return store.user(user.get().id());
    }

    /** Everyone with a name, by name. */
    public List<User> named() {
        return store.namedUsers();
    }

    /** Signs in by name and password; {@code client} is the address failures are counted for. */
    public Outcome signIn(String name, String password, String client) {
        String key = nameKey(name == null ? "" : name);
        if (key.isEmpty() || password == null || password.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            if (key.isEmpty()) {
                problems.add(new Problem("name", "error.name-missing"));
            }
            if (password == null || password.isEmpty()) {
                problems.add(new Problem("password", "error.password-missing"));
            }
            return Outcome.failed(problems);
        }
        Optional<Duration> wait = limiter.retryAfter(key, client);
        if (wait.isPresent()) {
            return new Outcome(Optional.empty(), List.of(new Problem("name", "error.too-many")), wait.get());
        }
        Optional<User> user = store.userByName(key).filter(u -> u.passwordHash() != null);
        boolean matches = password.length() <= MAX_PASSWORD
                && encoder.matches(password, user.map(User::passwordHash).orElse(unknownNameHash));
        if (user.isEmpty() || !matches) {
            limiter.failed(key, client);
            return Outcome.failed(List.of(new Problem("name", "error.sign-in-wrong")));
        }
        limiter.succeeded(key);
        return Outcome.of(user.get());
    }

    public Optional<User> user(String id) {
        return id == null ? Optional.empty() : store.user(id);
    }

    /** The form a name is compared in. */
    static String nameKey(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
