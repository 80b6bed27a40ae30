package org.factquiz.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.ShippedRules;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleInfo;
import org.factquiz.load.InputException;
import org.factquiz.ruletest.RuleTestReader;
import org.factquiz.ruletest.RuleTestRun;
import org.factquiz.ruletest.RuleTestRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule an editor adds by following docs/editing.md works as the guide says, with its tests. */
class EditingGuideTest {
    private static final Path GUIDE = Path.of("docs/editing.md");

    @TempDir
    Path folder;

    @Test
    void theGuidesNewRuleCompilesAndItsTestsPassOnceTheFactIdIsFilledIn() throws IOException, InputException {
        List<String> blocks = codeBlocks(Files.readString(GUIDE));
        String sentence = only(blocks, "[when]there is a quantity {q:$\\w+} of more than");
        String rule = only(blocks, "rule \"A count of users is smaller than the world's population\"");
        String tests = only(blocks, "- name: ten billion users are more than there are people");
        Path rules = ShippedRules.quantityRules(folder.resolve("rules"));
        Files.writeString(rules.resolve("english.dsl"), "\n" + sentence, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("consistency/plausibility.dslr"), rule);
        Path testFile = folder.resolve("plausibility.yaml");
        Files.writeString(testFile, tests.replace("[TODO]", "[doubao-60-million-users]"));

        RuleBase compiled = RuleBase.compile(rules);
        RuleTestRun run = new RuleTestRunner(ShippedRules.FACTS, compiled)
                .run(RuleTestReader.read(testFile, compiled.rules().stream().map(RuleInfo::name).toList()));

        assertThat(run.results()).hasSize(2)
                .allSatisfy(r -> assertThat(r.passed()).as(r.testCase().name() + " " + r.diff()).isTrue());
    }

    /** The fenced code blocks of a Markdown text, without their fences. */
    private static List<String> codeBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^```[^\\n]*\\n(.*?)^```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String only(List<String> blocks, String text) {
        List<String> found = blocks.stream().filter(b -> b.contains(text)).toList();
        assertThat(found).as("code blocks of the guide containing " + text).hasSize(1);
        return found.get(0);
    }
}
