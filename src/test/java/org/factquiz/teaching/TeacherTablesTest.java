package org.factquiz.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factquiz.model.Language;
import org.factquiz.stats.ItemAnalysis;
import org.junit.jupiter.api.Test;

/** The teacher's tables: in the reader's language on the page, plain values in the CSV download. */
class TeacherTablesTest {
    private final ItemAnalysis analysis = TeachingFixture.analysis();

    @Test
    void theStatisticsTableShowsMoodlesColumnsInTheTeachersLanguage() {
        Table en = ItemTables.statistics(analysis, Words.of(Language.EN));
        Table de = ItemTables.statistics(analysis, Words.of(Language.DE));

        assertThat(en.caption()).isEqualTo("Item statistics: 3 questions, 6 attempts");
        assertThat(de.caption()).isEqualTo("Aufgabenstatistik: 3 Fragen, 6 Versuche");
        assertThat(en.columns()).extracting(Table.Column::header).containsExactly("No.", "Question", "Question id",
                "Topic", "Attempts", "Facility index", "Standard deviation", "Discrimination index",
                "Discriminative efficiency", "Effective weight", "Needs a look");
        assertThat(de.columns()).extracting(Table.Column::header).contains("Schwierigkeitsindex", "Trennschärfe");
        // which-maker: right 4 of 6, facility 66.7 %.
        List<Table.Cell> maker = en.rows().get(0);
        assertThat(maker.get(5).shown()).isEqualTo("66.7%");
        assertThat(de.rows().get(0).get(5).shown()).isEqualTo("66,7\u00a0%");
        assertThat(maker.get(5).value()).isEqualTo("66.67");
        assertThat(maker.get(10).shown()).isEqualTo("hardly tells stronger and weaker learners apart; nobody chose d (a bakery)");
        assertThat(de.rows().get(0).get(10).shown()).endsWith("; niemand wählte d (a bakery)");
        // is-it-true: everybody right, so no discrimination index: an empty cell, not a zero.
        List<Table.Cell> easy = en.rows().get(2);
        assertThat(easy.get(5).shown()).isEqualTo("100.0%");
        assertThat(easy.get(7).shown()).isEqualTo("–");
        assertThat(easy.get(7).value()).isEmpty();
    }

    @Test
    void theAnswersTableCountsEveryOptionAndEveryDistinctResponse() {
        Table answers = ItemTables.responses(analysis, Words.of(Language.EN));
        assertThat(answers.rows()).extracting(r -> r.get(1).value() + " " + r.get(2).value() + " " + r.get(4).value()
                        + " " + r.get(5).value())
                .containsExactly("which-maker a yes 4", "which-maker b no 1", "which-maker c no 1", "which-maker d no 0",
                        "which-year 2023 yes 3", "which-year 2022 no 2", "which-year 2024 no 1",
                        "is-it-true a yes 6", "is-it-true b no 0");
    }

    @Test
    void theCsvHoldsPlainValuesQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
        String csv = TableCsv.csv(ItemTables.statistics(analysis, Words.of(Language.DE)));
        assertThat(csv).startsWith(TableCsv.BOM);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get(5)).isEqualTo("Schwierigkeitsindex");
        assertThat(records.get(1).get(1)).isEqualTo("Which company makes the <b>product</b>?");
        assertThat(records.get(1).get(5)).isEqualTo("66.67");
        assertThat(records.get(2).get(1)).as("a prompt a spreadsheet would run as a formula")
                .isEqualTo("'=HYPERLINK(\"x\") In which year?");
        assertThat(records.get(2).get(3)).isEqualTo("<script>alert(1)</script>");
        assertThat(records.get(3).get(7)).isEmpty();
        String responses = TableCsv.csv(ItemTables.responses(analysis, Words.of(Language.EN)));
        assertThat(responses).contains("\"a rival, \"\"the big one\"\"\"");
    }

    @Test
    void negativeNumbersStayNumbersInTheCsv() {
        Table table = new Table("t", "c", List.of(new Table.Column("n", true), new Table.Column("s", false)),
                List.of(List.of(Table.Cell.text("-72.06"), Table.Cell.text("-72.06"))));
        assertThat(TableCsv.csv(table)).isEqualTo(TableCsv.BOM + "n,s\r\n-72.06,'-72.06\r\n");
    }
}
