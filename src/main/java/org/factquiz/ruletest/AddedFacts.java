package org.factquiz.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.factquiz.load.DataText;
import org.factquiz.load.ParsedFile;
import org.factquiz.model.Location;

/**
 * The text that holds a case's added facts. Where it can, this is the test file's own lines of
 * the {@code add:} block with everything else blanked, so the loader's line and column numbers
 * are those of the test file; otherwise (a block it cannot cut out exactly) the block written
 * out again as YAML.
 */
final class AddedFacts {
    private AddedFacts() {
    }

    static String text(String fileText, ParsedFile<?> parsed, String pointer, JsonNode added) {
        Location start = parsed.places().get(pointer);
        if (start != null && start.line() > 0) {
            int last = start.line();
            for (Map.Entry<String, Location> place : parsed.places().entrySet()) {
                if (place.getKey().startsWith(pointer + "/")) {
                    last = Math.max(last, place.getValue().line());
                }
            }
            String[] lines = fileText.split("\r?\n", -1);
            if (last <= lines.length) {
                StringBuilder cut = new StringBuilder();
                for (int line = 1; line <= last; line++) {
                    String text = lines[line - 1];
                    if (line < start.line()) {
                        text = "";
                    } else if (line == start.line()) {
                        int column = Math.min(text.length(), Math.max(0, start.column() - 1));
                        text = " ".repeat(column) + text.substring(column);
                    }
                    cut.append(text).append('\n');
                }
                String candidate = cut.toString();
                if (FactsPatch.tree(new DataText(java.nio.file.Path.of(parsed.file()), candidate)).equals(added)) {
                    return candidate;
                }
            }
        }
        return FactsPatch.write(added);
    }
}
