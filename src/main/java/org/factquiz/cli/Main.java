package org.factquiz.cli;

/** Entry point of the {@code factquiz} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(FactquizCommand.commandLine().execute(args));
    }
}
