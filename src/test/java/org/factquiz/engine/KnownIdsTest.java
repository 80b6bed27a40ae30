package org.factquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.model.Entity;
import org.factquiz.model.Identified;
import org.factquiz.model.KnownIds;
import org.junit.jupiter.api.Test;

/**
 * "The entity ids are known" and "The statement ids are known" collect the ids that "did you mean"
 * hints compare an unknown id with, once per kind for the whole fact base.
 */
class KnownIdsTest {
    @Test
    void theIdsOfEntitiesAndStatementsAreCollectedOncePerKind() throws Exception {
        Knowledge knowledge = Knowledge.load(Path.of("facts"), Path.of("rules"));

        SessionResult session = knowledge.run();

        List<KnownIds> known = session.all(KnownIds.class);
        assertThat(known).extracting(KnownIds::kind).containsExactlyInAnyOrder("entity", "statement");
        assertThat(ids(known, "entity")).containsExactlyInAnyOrderElementsOf(
                knowledge.facts().entities().stream().map(Entity::id).toList());
        assertThat(ids(known, "statement")).containsExactlyInAnyOrderElementsOf(
                knowledge.facts().statements().stream().map(Identified::id).toList());
    }

    private static List<String> ids(List<KnownIds> known, String kind) {
        return known.stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow().ids();
    }
}
