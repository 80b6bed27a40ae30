package org.factquiz.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Markdown and plain text in, sentences out: what is prose, and where each sentence stands (line
 * and column of its first character, and just after its last), as an editor would point at it.
 */
class DraftProseTest {
    private final List<InputProblem> problems = new ArrayList<>();

    private Draft markdown(String text) {
        return new DraftReader().parse(DraftText.of("d.md", text, true), null, problems);
    }

    private Draft plain(String text) {
        return new DraftReader().parse(DraftText.of("d.txt", text, false), null, problems);
    }

    /** "text @line:column-line:column" for each sentence. */
    private static List<String> placed(Draft draft) {
        return draft.sentences().stream().map(s -> s.text() + " @" + s.start().line() + ":" + s.start().column() + "-"
                + s.end().line() + ":" + s.end().column()).toList();
    }

    @Test
    void paragraphSentencesArePlacedAcrossLineBreaksAndInlineMarkup() {
        Draft draft = markdown("Doubao has *many* users. Baidu makes\n**Ernie Bot**. Zhang founded [ByteDance](https://x.org).\n");

        assertThat(placed(draft)).containsExactly(
                "Doubao has many users. @1:1-1:25",
                "Baidu makes Ernie Bot. @1:26-2:15",
                "Zhang founded ByteDance. @2:16-2:57");
    }

    @Test
    void codeBlocksFrontMatterHtmlImagesAndBareUrlsAreNotProse() {
        Draft draft = markdown("""
                ---
                title: Doubao was launched in 2019.
                ---
                Doubao was launched in 2023.

                ```
                Doubao was launched in 2020.
                ```

                    Doubao was launched in 2021.

                <div>Doubao was launched in 2022.</div>

                ![Doubao was launched in 2018.](chart.png) See <https://example.org/doubao>.
                """);

        assertThat(placed(draft)).containsExactly("Doubao was launched in 2023. @4:1-4:29", "See . @14:44-14:77");
    }

    @Test
    void headingsListItemsQuotesAndTableCellsAreSentencesOfTheirOwn() {
        Draft draft = markdown("""
                # Doubao leads
                - Baidu makes Ernie Bot
                - Alibaba competes with ByteDance
                > ByteDance owns TikTok
                > and Douyin.

                | maker | product |
                |---|---|
                | Baidu makes Ernie Bot. | Ernie Bot |
                """);

        assertThat(placed(draft)).containsExactly(
                "Doubao leads @1:3-1:15",
                "Baidu makes Ernie Bot @2:3-2:24",
                "Alibaba competes with ByteDance @3:3-3:34",
                "ByteDance owns TikTok and Douyin. @4:3-5:14",
                "maker @7:3-7:8", "product @7:11-7:18",
                "Baidu makes Ernie Bot. @9:3-9:25", "Ernie Bot @9:28-9:37");
    }

    @Test
    void entitiesEscapesTabsCrlfAndAByteOrderMarkKeepColumnsOnTheSource() {
        Draft draft = markdown("\uFEFFAT&amp;T \\*rocks\\*.\tDoubao &#8220;wins&#8221;.\r\nNext\r\nline.\r\n");

        assertThat(placed(draft)).containsExactly("AT&T *rocks*. @1:1-1:20", "Doubao “wins”. @1:21-1:47",
                "Next line. @2:1-3:6");
    }

    @Test
    void abbreviationsDoNotEndASentenceInEitherLanguage() {
        Draft german = markdown("ByteDance investiert ca. 5 Mrd. Euro in KI. Dr. Zhang bleibt z. B. bei\nDoubao.\n");
        Draft english = markdown("Doubao was launched in Aug. 2023 by ByteDance Ltd. in China. Mr. Zhang agrees.\n");

        assertThat(german.language()).isEqualTo(Language.DE);
        assertThat(placed(german)).containsExactly("ByteDance investiert ca. 5 Mrd. Euro in KI. @1:1-1:44",
                "Dr. Zhang bleibt z. B. bei Doubao. @1:45-2:8");
        assertThat(placed(english)).containsExactly("Doubao was launched in Aug. 2023 by ByteDance Ltd. in China."
                + " @1:1-1:61", "Mr. Zhang agrees. @1:62-1:79");
    }

    @Test
    void inlineCodeStaysInItsSentenceAsWritten() {
        Draft draft = markdown("Run `factquiz check` now. Doubao has users.\n");

        assertThat(placed(draft)).containsExactly("Run `factquiz check` now. @1:1-1:26", "Doubao has users. @1:27-1:44");
    }

    @Test
    void plainTextParagraphsEndAtBlankLinesAndCommentsAreNotProse() {
        Draft draft = plain("First line\r\ngoes on. <!-- factquiz: ignore -->Second.\r\n\r\n\tThird one.\n");

        assertThat(placed(draft)).containsExactly("First line goes on. @1:1-2:9", "Second. @2:35-2:42",
                "Third one. @4:2-4:12");
        assertThat(draft.directives()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Directive.Kind.IGNORE);
            assertThat(d.location()).hasToString("d.txt:2:10");
        });
    }

    @Test
    void directivesKeepTheirReasonAndAMisspelledOneIsAProblemAtItsPlace() {
        Draft draft = markdown("""
                A. <!-- factquiz: ignore -- quoted on purpose -->

                <!-- factquiz: ignroe-next-line -->
                B.
                """);

        assertThat(draft.directives()).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("quoted on purpose"));
        assertThat(problems).singleElement().hasToString("d.md:3:1: unknown factquiz directive 'ignroe-next-line' (did"
                + " you mean 'ignore-next-line'?); expected one of: ignore, ignore-next-line, off, on");
    }

    @Test
    void ignoreCoversTheSentenceItFollowsAndIgnoreNextLineTheSentencesOfTheNextLine() {
        Draft draft = markdown("""
                One. Two. <!-- factquiz: ignore --> Three.
                <!-- factquiz: ignore-next-line -->
                Four. Five.
                Six.

                <!-- factquiz: off -->
                Seven.

                Eight.
                <!-- factquiz: on -->
                Nine.
                """);

        List<String> covered = new ArrayList<>();
        for (Directive d : draft.directives()) {
            covered.add(d.kind().keyword() + ": " + Suppressions.covered(draft, d).stream()
                    .map(i -> draft.sentences().get(i).text()).toList());
        }
        assertThat(covered).containsExactly("ignore: [Two.]", "ignore-next-line: [Four., Five.]",
                "off: [Seven., Eight.]", "on: []");
    }

    @Test
    void languageComesFromTheOptionThenFrontMatterThenTheWords() {
        assertThat(markdown("Die Firma hat das Produkt und die Nutzer.\n").language()).isEqualTo(Language.DE);
        assertThat(markdown("The company has the product and its users.\n").language()).isEqualTo(Language.EN);
        Draft declared = markdown("---\nlang: de-CH\n---\nThe company has the product and its users.\n");
        assertThat(declared.language()).isEqualTo(Language.DE);
        assertThat(declared.languageSource()).isEqualTo(Draft.LanguageSource.FRONT_MATTER);
        Draft forced = new DraftReader().parse(DraftText.of("d.md", "Die Firma hat das Produkt.", true), Language.EN,
                problems);
        assertThat(forced.language()).isEqualTo(Language.EN);
        assertThat(forced.languageSource()).isEqualTo(Draft.LanguageSource.OPTION);
    }
}
