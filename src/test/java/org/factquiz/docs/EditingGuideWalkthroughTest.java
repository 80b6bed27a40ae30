package org.factquiz.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.Cli;
import org.junit.jupiter.api.Test;

/**
 * Section 0 of docs/editing.md, a new article from init to a quiz, run as written: each file the
 * guide shows is written, each command it shows is run, and its output must be what the guide
 * prints (a line "..." stands for any lines; the counts of rules and rule tests may differ). With
 * {@code -Dfactquiz.guide.update=true} the guide's outputs are rewritten from the run instead.
 */
class EditingGuideWalkthroughTest {
    private static final Path GUIDE = Path.of("docs/editing.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```([^\\n]*)\\n(.*?)^```\\n", Pattern.DOTALL);
    /** Counts that change whenever a rule or a rule test is added to the shipped ones. */
    private static final Pattern RULE_COUNT = Pattern.compile("checked by \\d+ rules|\\d+ passed, 0 failed");
    private static final String FOLDER = "juice";

    @Test
    void everyCommandOfTheWalkthroughPrintsWhatTheGuideShows() throws IOException {
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf("## 0. ");
        int end = guide.indexOf("\n## ", start + 1);
        String section = guide.substring(start, end);
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "editing-guide-");
        String prefix = root.toString().replace('\\', '/') + "/";
        StringBuilder updated = new StringBuilder();
        List<String> mismatches = new ArrayList<>();
        int commands = 0;
        Matcher block = BLOCK.matcher(section);
        int copied = 0;
        while (block.find()) {
            updated.append(section, copied, block.start());
            copied = block.end();
            String info = block.group(1).strip();
            String body = block.group(2);
            if (info.contains("file=")) {
                Path file = root.resolve(info.substring(info.indexOf("file=") + 5).strip());
                Files.createDirectories(file.getParent());
                Files.writeString(file, body);
                updated.append(block.group());
                continue;
            }
            if (!body.startsWith("$ ")) {
                updated.append(block.group());
                continue;
            }
            updated.append("```").append(info).append('\n');
            for (String[] shown : commands(body)) {
                commands++;
                String actual = run(shown[0], prefix);
                updated.append("$ ").append(shown[0]).append('\n').append(actual);
                if (!matches(shown[1], actual)) {
                    mismatches.add("$ " + shown[0] + "\n--- the guide shows\n" + shown[1] + "--- the run printed\n" + actual);
                }
            }
            updated.append("```\n");
        }
        updated.append(section.substring(copied));
        deleteTree(root);
        if (Boolean.getBoolean("factquiz.guide.update")) {
            Files.writeString(GUIDE, guide.substring(0, start) + updated + guide.substring(end));
            return;
        }

        assertThat(commands).isGreaterThanOrEqualTo(8);
        assertThat(mismatches).as("commands of docs/editing.md whose output differs from the guide").isEmpty();
    }

    /** The commands of a block ("$ " lines), each with the output shown below it. */
    private static List<String[]> commands(String body) {
        List<String[]> commands = new ArrayList<>();
        String command = null;
        StringBuilder output = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    commands.add(new String[] {command, output.toString()});
                }
                command = line.substring(2);
                output.setLength(0);
            } else if (command != null) {
                output.append(line).append('\n');
            }
        }
        if (command != null) {
            String text = output.toString();
            commands.add(new String[] {command, text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text});
        }
        return commands;
    }

    /** Runs one shown command in this JVM, the guide's folder moved under {@code prefix}; its output as the guide shows it. */
    private static String run(String command, String prefix) {
        String stdin = null;
        Matcher piped = Pattern.compile("^printf '([^']*)' \\| (.*)$").matcher(command);
        if (piped.matches()) {
            stdin = piped.group(1).replace("\\n", "\n");
            command = piped.group(2);
        }
        List<String> args = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (word.find()) {
            args.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        assertThat(args.get(0)).as(command).isEqualTo("./factquiz");
        args.remove(0);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(FOLDER) || arg.startsWith(FOLDER + "/") || arg.equals(FOLDER + ".txt")) {
                args.set(i, prefix + arg);
            }
        }
        InputStream in = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            return (run.out() + run.err()).replace(prefix, "");
        } finally {
            System.setIn(in);
        }
    }

    /** The shown output against the actual: line by line, "..." for any lines, the rule count aside. */
    static boolean matches(String shown, String actual) {
        List<String> expected = List.of(RULE_COUNT.matcher(shown).replaceAll("N").split("\n", -1));
        List<String> lines = List.of(RULE_COUNT.matcher(actual).replaceAll("N").split("\n", -1));
        return matches(expected, 0, lines, 0);
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).equals(actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
