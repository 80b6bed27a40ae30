package org.factquiz.draft;

import java.util.List;
import java.util.Optional;
import org.factquiz.model.Language;

/** A draft's prose blocks, the editor's directives among them, and the language its front matter names. */
record Prose(List<ProseBlock> blocks, List<Directive> directives, Optional<Language> declaredLanguage) {
    Prose {
        blocks = List.copyOf(blocks);
        directives = List.copyOf(directives);
    }
}
