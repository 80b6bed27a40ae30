package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void theRulesFolderIsGuessedFromTheRulesOptionInEitherSpelling() {
        assertThat(Main.rulesFolderOf(List.of("validate", "--rules", "my/rules"))).contains(Path.of("my/rules"));
        assertThat(Main.rulesFolderOf(List.of("check", "x", "--rules=other"))).contains(Path.of("other"));
    }

    @Test
    void withoutTheOptionTheDefaultFolderIsGuessed() {
        String home = System.getenv("FACTQUIZ_HOME");
        assertThat(Main.rulesFolderOf(List.of("quiz", "--seed", "3")))
                .contains(Path.of(home == null ? "." : home, "rules"));
    }

    @Test
    void helpVersionAndUnknownCommandsPreloadNothing() {
        assertThat(Main.rulesFolderOf(List.of())).isEmpty();
        assertThat(Main.rulesFolderOf(List.of("--version"))).isEmpty();
        assertThat(Main.rulesFolderOf(List.of("validate", "--help"))).isEmpty();
        assertThat(Main.rulesFolderOf(List.of("daemon", "status"))).isEmpty();
    }
}
