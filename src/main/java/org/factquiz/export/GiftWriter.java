package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * Moodle's GIFT text format, as question/format/gift/format.php reads it: a {@code $CATEGORY:} per
 * topic, then per question a {@code // [id:...] [tag:...]} comment (idnumber and tags), the stable id
 * as {@code ::title::}, the text as {@code [html]}, per-answer feedback after {@code #} and the
 * general feedback (the right answer, the source sentences, the chain) after {@code ####}.
 *
 * <p>Moodle's importer splits on {@code ~ = # { } :} before it reads anything else, so each of them
 * (and the backslash) is escaped with a backslash wherever a text may contain it. HTML text carries
 * no {@code ->}: its {@code >} is an entity, so a matching item cannot be cut in two. A cloze gap is
 * written as GIFT's "missing word" short answer, which is what it is: one gap, a typed answer.
 */
final class GiftWriter implements QuizWriter {
    @Override
    public byte[] write(QuizExport quiz) {
        Language l = quiz.language();
        StringBuilder out = new StringBuilder();
        out.append("// ").append(escapeComment(quiz.title())).append(": ").append(quiz.questions().size())
                .append(" questions written by factquiz (GIFT, ").append(l.code()).append(", seed ")
                .append(quiz.seed()).append(")\n\n");
        for (Map.Entry<String, List<Question>> topic : Topics.grouped(quiz.questions()).entrySet()) {
            out.append("$CATEGORY: ").append(Topics.moodleCategory(quiz.title(), topic.getKey())).append("\n\n");
            for (Question q : topic.getValue()) {
                question(out, q, l);
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void question(StringBuilder out, Question q, Language l) {
        out.append("// [id:").append(escapeComment(q.id()).replace("]", "\\]")).append(']');
        for (String tag : q.tags()) {
            out.append(" [tag:").append(escapeComment(tag).replace("]", "\\]")).append(']');
        }
        out.append('\n');
        out.append("::").append(escape(q.id())).append("::[html]");
        Feedback feedback = Feedback.of(q, l, false);
        String general = "####" + html(feedback.html());
        String right = ExportWords.word("right", l);
        String wrong = ExportWords.word("wrong", l);
        switch (q.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> {
                out.append(html(text(q.prompt(), l))).append("{\n");
                Weights weights = Weights.of(q);
                for (Question.Choice c : q.choices()) {
                    boolean key = q.answer().choices().contains(c.id());
                    String mark = q.type() == QuestionType.MULTIPLE_CHOICE
                            ? (key ? "=" : "~")
                            : "~%" + Numbers.percent(key ? weights.key() : weights.distractor()) + "%";
                    out.append('\t').append(mark).append(html(text(c.text(), l))).append('#')
                            .append(html(Html.escape(key ? right : wrong))).append('\n');
                }
                out.append('\t').append(general).append("\n}\n");
            }
            case TRUE_FALSE -> out.append(html(text(q.prompt(), l))).append('{')
                    .append(Boolean.TRUE.equals(q.answer().truth()) ? "TRUE" : "FALSE")
                    .append('#').append(html(Html.escape(wrong))).append('#').append(html(Html.escape(right)))
                    .append(general).append("}\n");
            case NUMERIC -> out.append(html(text(q.prompt(), l))).append("{#\n")
                    .append("\t=%100%").append(Numbers.plain(q.answer().number())).append(':')
                    .append(Numbers.plain(q.answer().tolerance() == null ? 0 : q.answer().tolerance()))
                    .append('#').append(html(Html.escape(right))).append('\n')
                    .append("\t~#").append(html(Html.escape(wrong))).append('\n')
                    .append('\t').append(general).append("\n}\n");
            case MATCHING -> {
                out.append(html(text(q.prompt(), l))).append("{\n");
                for (int i = 0; i < q.items().size(); i++) {
                    String partner = q.answer().choices().get(i);
                    String answer = q.choices().stream().filter(c -> c.id().equals(partner))
                            .map(c -> c.text().get(l)).findFirst().orElse(partner);
                    // The item is HTML like the question text; the partner is plain text in Moodle.
                    out.append("\t=").append(html(text(q.items().get(i).text(), l))).append(" -> ")
                            .append(escape(Topics.oneLine(answer))).append('\n');
                }
                out.append('\t').append(general).append("\n}\n");
            }
            case CLOZE -> {
                String[] around = Cloze.around(q.prompt().get(l));
                out.append(html(Html.escape(around[0]))).append('{');
                for (String accepted : q.answer().accepted()) {
                    // A short answer is plain text, and Moodle reads * in it as "anything" unless escaped.
                    out.append('=').append(escape(Topics.oneLine(accepted)).replace("*", "\\*")).append('#')
                            .append(html(Html.escape(right))).append(' ');
                }
                out.append(general).append('}').append(html(Html.escape(around[1]))).append('\n');
            }
            default -> throw new IllegalArgumentException("GIFT has no " + q.type().label() + " question");
        }
    }

    private static String text(Map<Language, String> texts, Language l) {
        return Html.escape(texts.get(l));
    }

    /** HTML text as a GIFT text: escaped, and on one line (a blank line would end the question). */
    private static String html(String html) {
        return escape(html.replace("\r", "").replace("\n", "<br>"));
    }

    /** Backslash before every character the importer splits on, as Moodle's own exporter writes it. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A comment ends at the line's end. */
    private static String escapeComment(String text) {
        return Topics.oneLine(text);
    }
}
