package org.factquiz.load;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.Names;
import org.factquiz.model.QuestionTemplates;

/** Loads {@code rules/quiz/questions.yaml}: the wording of questions, which editors may change. */
public final class QuestionTemplatesLoader {
    record TemplatesFile(Map<String, FactsFile.NamesEntry> prompts, Map<String, FactsFile.NamesEntry> framing,
                         Map<String, FactsFile.NamesEntry> links,
                         Map<String, Map<String, String>> words) {
    }

    private static final List<String> REQUIRED_PROMPTS = List.of("statement", "ask-subject", "ask-holder",
            "ask-subject-through-title", "ask-all-objects", "ask-number", "ask-year", "order-chronology", "order-ranking",
            "match", "cloze", "ask-purpose", "ask-reason", "ask-reasons");

    private QuestionTemplatesLoader() {
    }

    public static QuestionTemplates load(Path file) throws InputException {
        DataFileReader reader = new DataFileReader(file.getParent() == null ? Path.of(".") : file.getParent());
        ParsedFile<TemplatesFile> parsed = reader.read(file, TemplatesFile.class);
        TemplatesFile content = parsed.content();
        Map<String, Names> prompts = names(content.prompts());
        for (String required : REQUIRED_PROMPTS) {
            if (!prompts.containsKey(required)) {
                throw InputException.of(new InputProblem(parsed.at("/prompts"), "missing prompt template '"
                        + required + "'"));
            }
        }
        Map<Language, Map<String, String>> words = new EnumMap<>(Language.class);
        if (content.words() != null) {
            for (Map.Entry<String, Map<String, String>> e : content.words().entrySet()) {
                try {
                    words.put(Language.valueOf(e.getKey().toUpperCase(Locale.ROOT)), Map.copyOf(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw InputException.of(new InputProblem(parsed.at("/words/" + e.getKey()),
                            "unknown language '" + e.getKey() + "': use en or de"));
                }
            }
        }
        return new QuestionTemplates(prompts, names(content.framing()), words, names(content.links()));
    }

    private static Map<String, Names> names(Map<String, FactsFile.NamesEntry> entries) {
        Map<String, Names> out = new HashMap<>();
        if (entries != null) {
            entries.forEach((key, n) -> {
                if (n != null && (n.en() != null || n.de() != null)) {
                    out.put(key, new Names(n.en() != null ? n.en() : n.de(), n.de() != null ? n.de() : n.en()));
                }
            });
        }
        return out;
    }

}
