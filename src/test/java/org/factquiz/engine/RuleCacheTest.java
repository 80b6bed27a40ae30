package org.factquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factquiz.load.InputException;
import org.factquiz.model.Finding;
import org.factquiz.model.Location;
import org.factquiz.model.Entity;
import org.factquiz.model.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled rules are kept between runs, and an edit, a damaged cache or DRL the executable model
 * cannot take never changes what the rules do.
 */
class RuleCacheTest {
    private static final String ENTITY_RULE = """
            package consistency;
            import org.factquiz.model.*;
            import java.util.List;
            // A test rule: every entity of type %s is reported.
            rule "%s"
            when
                $e : Entity( type == "%s" )
            then
                insert( Finding.error( drools.getRule().getName(), "found " + $e.id(), "gefunden " + $e.id(),
                        List.of( $e.id() ) ) );
            end
            """;

    @TempDir
    Path cacheFolder;

    @Test
    void aSecondProcessTakesTheRulesFromTheCacheFolder() throws Exception {
        List<RuleSource> sources = rules("Gadgets are reported", "gadget");

        RuleBase first = RuleBase.compile(sources, new RuleCache(cacheFolder));
        RuleBase second = RuleBase.compile(sources, new RuleCache(cacheFolder));

        assertThat(first.origin()).isEqualTo(RuleBase.Origin.EXECUTABLE_MODEL);
        assertThat(second.origin()).isEqualTo(RuleBase.Origin.CACHE);
        assertThat(entries(".jar")).hasSize(1);
        assertThat(rulesFired(second)).containsExactly("Gadgets are reported: found g1");
    }

    @Test
    void theSameProcessKeepsTheRulesInMemory() throws Exception {
        List<RuleSource> sources = rules("Gadgets are reported", "gadget");
        RuleCache cache = new RuleCache(cacheFolder);

        RuleBase.compile(sources, cache);

        assertThat(RuleBase.compile(sources, cache).origin()).isEqualTo(RuleBase.Origin.MEMORY);
    }

    @Test
    void withoutACacheFolderRulesAreCompiledTheClassicWayOnce() throws Exception {
        List<RuleSource> sources = rules("Gadgets are reported", "gadget");
        RuleCache cache = new RuleCache(null);

        RuleBase first = RuleBase.compile(sources, cache);

        assertThat(first.origin()).isEqualTo(RuleBase.Origin.CLASSIC);
        assertThat(rulesFired(first)).containsExactly("Gadgets are reported: found g1");
        assertThat(RuleBase.compile(sources, cache).origin()).isEqualTo(RuleBase.Origin.CLASSIC);
    }

    @Test
    void anEditedRuleTakesEffectOnTheNextRun() throws Exception {
        RuleBase.compile(rules("Gadgets are reported", "gadget"), new RuleCache(cacheFolder));

        RuleBase edited = RuleBase.compile(rules("Widgets are reported", "widget"), new RuleCache(cacheFolder));

        assertThat(edited.origin()).isEqualTo(RuleBase.Origin.EXECUTABLE_MODEL);
        assertThat(rulesFired(edited)).containsExactly("Widgets are reported: found w1");
        assertThat(entries(".jar")).hasSize(2);
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgainAndReplaced() throws Exception {
        List<RuleSource> sources = rules("Gadgets are reported", "gadget");
        RuleBase.compile(sources, new RuleCache(cacheFolder));
        Path entry = entries(".jar").get(0);
        Files.write(entry, new byte[] {'P', 'K', 3, 4, 0, 0});

        RuleBase again = RuleBase.compile(sources, new RuleCache(cacheFolder));

        assertThat(again.origin()).isEqualTo(RuleBase.Origin.EXECUTABLE_MODEL);
        assertThat(rulesFired(again)).containsExactly("Gadgets are reported: found g1");
        assertThat(Files.size(entry)).isGreaterThan(1000);
    }

    @Test
    void rulesBeyondTheExecutableModelAreCompiledTheClassicWayAndRemembered() throws Exception {
        // 'unit' is a keyword of the executable model's constraint parser, not of classic DRL.
        List<RuleSource> sources = List.of(new RuleSource("rules/consistency/units.drl", "consistency/units.drl", """
                package consistency;
                import org.factquiz.model.*;
                import java.util.List;
                rule "Money is counted"
                when
                    $m : MeasureDef( unit == "money" )
                then
                    insert( Finding.warning( drools.getRule().getName(), "money", "Geld", List.of( $m.id() ) ) );
                end
                """));

        RuleBase first = RuleBase.compile(sources, new RuleCache(cacheFolder));
        RuleBase second = RuleBase.compile(sources, new RuleCache(cacheFolder));

        assertThat(first.origin()).isEqualTo(RuleBase.Origin.CLASSIC);
        assertThat(second.origin()).isEqualTo(RuleBase.Origin.CLASSIC);
        assertThat(entries(".jar")).isEmpty();
        assertThat(entries(".classic")).hasSize(1);
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedWithFileLineAndColumn() throws IOException {
        List<RuleSource> sources = List.of(new RuleSource("rules/consistency/broken.drl", "consistency/broken.drl", """
                package consistency;
                import org.factquiz.model.*;
                rule "Broken"
                when
                    $e : Entity( type == "gadget"
                then
                end
                """));

        assertThatThrownBy(() -> RuleBase.compile(sources, new RuleCache(cacheFolder)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("rules/consistency/broken.drl:6:1: rule does not compile");
        assertThat(entries(".jar")).isEmpty();
    }

    private static List<RuleSource> rules(String name, String type) {
        return List.of(new RuleSource("rules/consistency/test.drl", "consistency/test.drl",
                ENTITY_RULE.formatted(type, name, type)));
    }

    private static List<String> rulesFired(RuleBase rules) {
        Location here = new Location("test.yaml", 1, 1);
        SessionResult result = rules.run(List.of(
                new Entity("g1", "gadget", new Names("G", "G"), List.of(), here),
                new Entity("w1", "widget", new Names("W", "W"), List.of(), here)));
        return result.findings().stream().map(f -> f.rule() + ": " + f.messageEn()).toList();
    }

    private List<Path> entries(String suffix) throws IOException {
        if (!Files.isDirectory(cacheFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheFolder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void aKeptExpansionGivesTheSameRulesAndAnEditedDslrIsExpandedAgain(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("english.dsl"), """
                [when]there is a gadget {g}={g} : Entity( type == "gadget" )
                [then]report {g}=insert( Finding.error( drools.getRule().getName(), "found " + {g}.id(), "gefunden " + {g}.id(), java.util.List.of( {g}.id() ) ) );
                """);
        Path dslr = rules.resolve("gadgets.dslr");
        Files.writeString(dslr, """
                package consistency;
                import org.factquiz.model.*;
                rule "Gadgets are reported"
                when
                    there is a gadget $g
                then
                    report $g
                end
                """);
        RuleCache cache = new RuleCache(cacheFolder);

        List<RuleSource> expanded = DslExpander.expandFolder(rules, cache);
        List<RuleSource> kept = DslExpander.expandFolder(rules, cache);
        Files.writeString(dslr, Files.readString(dslr).replace("Gadgets are reported", "Gadgets are named"));
        List<RuleSource> edited = DslExpander.expandFolder(rules, cache);

        assertThat(entries(".expanded")).hasSize(2);
        assertThat(kept).isEqualTo(expanded);
        assertThat(expanded.get(0).text()).contains("Entity( type == \"gadget\" )");
        assertThat(edited.get(0).text()).contains("rule \"Gadgets are named\"").doesNotContain("are reported");
    }

    @Test
    void aDamagedKeptExpansionIsExpandedAgain(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("english.dsl"), "[when]there is a gadget {g}={g} : Entity( type == \"gadget\" )\n");
        Files.writeString(rules.resolve("gadgets.dslr"), """
                package consistency;
                import org.factquiz.model.*;
                rule "Gadgets exist"
                when
                    there is a gadget $g
                then
                end
                """);
        RuleCache cache = new RuleCache(cacheFolder);
        List<RuleSource> expanded = DslExpander.expandFolder(rules, cache);
        for (Path kept : entries(".expanded")) {
            Files.writeString(kept, "not what was written");
        }

        assertThat(DslExpander.expandFolder(rules, cache)).isEqualTo(expanded);
    }
}
