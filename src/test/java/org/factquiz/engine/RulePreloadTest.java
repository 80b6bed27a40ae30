package org.factquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulePreloadTest {
    @Test
    void aPreloadedFolderIsHandedToTheFirstCompileOfThatFolderOnly() throws Exception {
        RulePreload.start(Path.of("rules"));

        assertThat(RulePreload.take(Path.of("src/test/resources/second-domain/rules"))).isNull();
        RuleBase preloaded = RulePreload.take(Path.of("./rules"));
        assertThat(preloaded).isNotNull();
        assertThat(preloaded.rules()).isEqualTo(RuleBase.compileNow(Path.of("rules")).rules());
        assertThat(RulePreload.take(Path.of("rules"))).isNull();
    }
}
