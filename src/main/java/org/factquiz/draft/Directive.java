package org.factquiz.draft;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.load.ClosestNames;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;

/**
 * An editor's comment in a draft that tells the checker to leave sentences alone, as linters read
 * theirs: {@code <!-- factquiz: ignore -->} (the sentence it stands in or after),
 * {@code <!-- factquiz: ignore-next-line -->}, and {@code <!-- factquiz: off -->} ...
 * {@code <!-- factquiz: on -->}. Anything after the keyword is the reason, reported with the suppression.
 *
 * @param offset where the comment starts in the draft; {@code end} where it ends
 * @param block  the prose block the comment stands in, or -1 when it stands between blocks
 */
public record Directive(Kind kind, String reason, Location location, int offset, int end, int block) {
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern FACTQUIZ = Pattern.compile("\\s*factquiz\\s*:\\s*([\\p{L}\\p{N}_-]*)(.*)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    public Directive {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        reason = reason == null ? "" : reason;
    }

    /** What a directive does. */
    public enum Kind {
        IGNORE("ignore"), IGNORE_NEXT_LINE("ignore-next-line"), OFF("off"), ON("on");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        static Kind of(String keyword) {
            for (Kind kind : values()) {
                if (kind.keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * The directives among the HTML comments of {@code text} from {@code start} to {@code end}; a
     * comment that starts with "factquiz:" but names no known directive is a problem (a typo there
     * would otherwise silently suppress nothing).
     */
    static void find(DraftText text, int start, int end, int block, List<Directive> found,
                     List<InputProblem> problems) {
        Matcher comment = COMMENT.matcher(text.text()).region(start, end);
        while (comment.find()) {
            Matcher m = FACTQUIZ.matcher(comment.group(1));
            if (!m.matches()) {
                continue;
            }
            Location at = text.at(comment.start());
            Kind kind = Kind.of(m.group(1));
            if (kind == null) {
                List<String> keywords = java.util.Arrays.stream(Kind.values()).map(Kind::keyword).toList();
                problems.add(new InputProblem(at, "unknown factquiz directive '" + m.group(1) + "'"
                        + ClosestNames.hint(m.group(1), keywords) + "; expected one of: " + String.join(", ", keywords)));
                continue;
            }
            String reason = m.group(2).strip().replaceFirst("^(--|[-–—:])\\s*", "").strip();
            found.add(new Directive(kind, reason, at, comment.start(), comment.end(), block));
        }
    }
}
