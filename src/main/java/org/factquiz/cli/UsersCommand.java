package org.factquiz.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.SignInLimiter;
import org.factquiz.model.Language;
import org.factquiz.store.JdbcStore;
import org.factquiz.store.Role;
import org.factquiz.store.User;
import org.factquiz.web.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code factquiz users}: the web quiz's accounts, from the command line of whoever runs the
 * server. Teachers are made here and only here: no page of the web quiz gives anyone a role.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Adds and lists the web quiz's users; makes teachers (who see the class's statistics).",
            "Works on the database factquiz serve uses (--data or --db), while it runs or not."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.SetRole.class})
final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: add, list or role");
    }

    /** What every users subcommand has: the database options, and the command line to print to. */
    abstract static class OnDatabase {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a learner, or with --teacher a teacher. The password is asked for twice on the terminal,",
                "or read from the first line of standard input with --password-stdin.",
                "Exit 2: the name is taken or not allowed, the password too short, or the database unusable."})
    static final class Add extends OnDatabase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The name to sign in with.")
        String name;

        @Option(names = "--teacher", description = "A teacher: sees every learner's statistics on the teacher pages.")
        boolean teacher;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> password = password(err);
            if (password.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            return withAccounts(database, spec, accounts -> {
                Accounts.Outcome outcome = accounts.create(name, password.get(), teacher ? Role.TEACHER : Role.LEARNER);
                if (outcome.user().isEmpty()) {
                    outcome.problems().forEach(p -> err.println("factquiz users add: " + words(p.message())));
                    return ExitCodes.BAD_INPUT;
                }
                User user = outcome.user().get();
                spec.commandLine().getOut().println("factquiz users: added " + user.role().code() + " " + user.name());
                return ExitCodes.OK;
            });
        }

        private Optional<String> password(PrintWriter err) {
            if (passwordStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null) {
                        err.println("factquiz users add: no password on standard input");
                        return Optional.empty();
                    }
                    return Optional.of(line);
                } catch (IOException e) {
                    err.println("factquiz users add: cannot read standard input: " + e.getMessage());
                    return Optional.empty();
                }
            }
            Console console = System.console();
            if (console == null) {
                err.println("factquiz users add: no terminal to ask for the password on: pass --password-stdin and give"
                        + " it on standard input");
                return Optional.empty();
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("The password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("factquiz users add: the two passwords differ");
                return Optional.empty();
            }
            return Optional.of(new String(first));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the learners and teachers, by name.")
    static final class ListUsers extends OnDatabase implements Callable<Integer> {
        @Override
        public Integer call() {
            return withAccounts(database, spec, accounts -> {
                PrintWriter out = spec.commandLine().getOut();
                for (User user : accounts.named()) {
                    out.println(user.role().code() + "\t" + user.name());
                }
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true,
            description = {"Makes a learner a teacher, or a teacher a learner again. Exit 2: no user of that name."})
    static final class SetRole extends OnDatabase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The user's name.")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "learner or teacher.")
        String role;

        @Override
        public Integer call() {
            if (!List.of("learner", "teacher").contains(role)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "ROLE is learner or teacher, not '" + role + "'");
            }
            return withAccounts(database, spec, accounts -> {
                Optional<User> user = accounts.setRole(name, Role.of(role));
                if (user.isEmpty()) {
                    spec.commandLine().getErr().println("factquiz users role: no learner or teacher named '" + name + "'");
                    return ExitCodes.BAD_INPUT;
                }
                spec.commandLine().getOut().println("factquiz users: " + user.get().name() + " is a " + role + " now");
                return ExitCodes.OK;
            });
        }
    }

    private interface AccountsWork {
        int run(Accounts accounts);
    }

    private static int withAccounts(DatabaseOptions database, CommandLine.Model.CommandSpec spec, AccountsWork work) {
        JdbcStore store;
        try {
            store = new JdbcStore(database.open());
        } catch (RuntimeException | IOException e) {
            spec.commandLine().getErr().println("factquiz " + spec.qualifiedName(" ").replace("factquiz ", "")
                    + ": cannot open the database " + database.shown() + ": " + ServeCommand.rootMessage(e));
            return ExitCodes.BAD_INPUT;
        }
        try (store) {
            Clock clock = Clock.systemUTC();
            return work.run(new Accounts(store, clock, new SignInLimiter(5, 50, Duration.ofMinutes(15), clock)));
        }
    }

    /** The English words of a sign-up problem, as the web quiz words it. */
    private static String words(String key) {
        return Messages.of(Language.EN).get(key);
    }
}
