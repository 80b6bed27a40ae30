package org.factquiz.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Anki's schema 11 keeps in its {@code col} row: the two note types of a factquiz package
 * (a front/back one and a cloze one, shaped like Anki's stock Basic and Cloze), decks, and the
 * default deck options.
 */
final class AnkiNoteTypes {
    private static final String CSS = ".card { font-family: arial; font-size: 20px; text-align: left; color: black;"
            + " background-color: white; }\n.cloze { font-weight: bold; color: blue; }\n";

    private AnkiNoteTypes() {
    }

    static Map<String, Object> models(long seconds) {
        Map<String, Object> models = new LinkedHashMap<>();
        models.put(Long.toString(AnkiCollection.BASIC_ID), model(AnkiCollection.BASIC_ID, AnkiCollection.BASIC, 0,
                List.of("Front", "Back"), "Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", seconds));
        models.put(Long.toString(AnkiCollection.CLOZE_ID), model(AnkiCollection.CLOZE_ID, AnkiCollection.CLOZE, 1,
                List.of("Text", "Back Extra"), "Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}", seconds));
        return models;
    }

    private static Map<String, Object> model(long id, String name, int type, List<String> fields, String template,
                                             String question, String answer, long seconds) {
        List<Map<String, Object>> flds = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", fields.get(i));
            field.put("ord", i);
            field.put("sticky", false);
            field.put("rtl", false);
            field.put("font", "Arial");
            field.put("size", 20);
            field.put("media", List.of());
            flds.add(field);
        }
        Map<String, Object> tmpl = new LinkedHashMap<>();
        tmpl.put("name", template);
        tmpl.put("ord", 0);
        tmpl.put("qfmt", question);
        tmpl.put("afmt", answer);
        tmpl.put("bqfmt", "");
        tmpl.put("bafmt", "");
        tmpl.put("did", null);
        tmpl.put("bfont", "");
        tmpl.put("bsize", 0);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", id);
        model.put("name", name);
        model.put("type", type);
        model.put("mod", seconds);
        model.put("usn", -1);
        model.put("sortf", 0);
        model.put("did", 1);
        model.put("tmpls", List.of(tmpl));
        model.put("flds", flds);
        model.put("css", CSS);
        model.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
                + "\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        model.put("latexPost", "\\end{document}");
        model.put("latexsvg", false);
        // The first field must not be empty for a card to exist.
        model.put("req", List.of(List.of(0, "any", List.of(0))));
        model.put("tags", List.of());
        model.put("vers", List.of());
        return model;
    }

    static Map<String, Object> deck(long id, String name, long seconds) {
        Map<String, Object> deck = new LinkedHashMap<>();
        deck.put("id", id);
        deck.put("name", name);
        deck.put("desc", "");
        deck.put("dyn", 0);
        deck.put("conf", 1);
        deck.put("collapsed", false);
        deck.put("browserCollapsed", false);
        deck.put("extendNew", 0);
        deck.put("extendRev", 0);
        deck.put("mod", seconds);
        deck.put("usn", -1);
        deck.put("newToday", List.of(0, 0));
        deck.put("revToday", List.of(0, 0));
        deck.put("lrnToday", List.of(0, 0));
        deck.put("timeToday", List.of(0, 0));
        return deck;
    }

    static Map<String, Object> deckOptions() {
        Map<String, Object> newCards = new LinkedHashMap<>();
        newCards.put("bury", true);
        newCards.put("delays", List.of(1, 10));
        newCards.put("initialFactor", 2500);
        newCards.put("ints", List.of(1, 4, 0));
        newCards.put("order", 1);
        newCards.put("perDay", 20);
        Map<String, Object> lapse = new LinkedHashMap<>();
        lapse.put("delays", List.of(10));
        lapse.put("leechAction", 1);
        lapse.put("leechFails", 8);
        lapse.put("minInt", 1);
        lapse.put("mult", 0);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("bury", true);
        review.put("ease4", 1.3);
        review.put("ivlFct", 1);
        review.put("maxIvl", 36500);
        review.put("perDay", 200);
        review.put("hardFactor", 1.2);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("id", 1);
        options.put("name", "Default");
        options.put("mod", 0);
        options.put("usn", 0);
        options.put("maxTaken", 60);
        options.put("autoplay", true);
        options.put("timer", 0);
        options.put("replayq", true);
        options.put("dyn", false);
        options.put("new", newCards);
        options.put("lapse", lapse);
        options.put("rev", review);
        return options;
    }
}
