package org.factquiz.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factquiz.model.Language;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.stats.ScoredAnswer;
import org.factquiz.stats.ScoresOverTime;
import org.factquiz.stats.TopicScores;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts as SVG: named and described for screen readers, every label text, the same bytes every time. */
class TeacherChartsTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void theScatterPlacesEveryQuestionWithADiscriminationIndexAndSaysWhichNeedALook() throws Exception {
        String svg = ItemChart.of("items", TeachingFixture.analysis(), FlagThresholds.DEFAULT, Words.of(Language.EN)).svg();
        Element root = parse(svg).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("items-title items-desc");
        assertThat(byId(root, "title", "items-title").getTextContent()).isEqualTo("Facility and discrimination of the questions");
        assertThat(byId(root, "desc", "items-desc").getTextContent()).isEqualTo("2 questions are plotted by their facility "
                + "index (across) and discrimination index (up). 2 need a look: No. 1, 2. One question without a "
                + "discrimination index is not shown. The numbers are in the table below.");
        List<Element> points = elements(root, "g").stream().filter(g -> g.getAttribute("class").matches("point( flagged)?")).toList();
        assertThat(points).hasSize(2);
        assertThat(points.get(0).getAttribute("class")).isEqualTo("point flagged");
        assertThat(points.get(0).getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
                .startsWith("No. 1 Which company makes the <b>product</b>?: facility 66.7%, discrimination");
        assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;");
    }

    @Test
    void theScoreLineHasOneLineAndOneLegendEntryPerTopicAndKeepsMarkupAsText() throws Exception {
        List<ScoredAnswer> answers = new ArrayList<>();
        Instant day = Instant.parse("2026-03-02T09:00:00Z");
        for (int d = 0; d < 5; d++) {
            answers.add(new ScoredAnswer("ana", "products", day.plusSeconds(86400L * d), d % 2, 1));
            answers.add(new ScoredAnswer("ana", "<script>alert(1)</script>", day.plusSeconds(86400L * d * 2), 1, 1));
        }
        List<TopicScores> topics = ScoresOverTime.byTopic(answers, ZoneOffset.UTC);
        String svg = ScoreReports.chart("scores", topics, Words.of(Language.DE)).svg();
        Element root = parse(svg).getDocumentElement();

        assertThat(elements(root, "polyline")).hasSize(2);
        assertThat(root.getElementsByTagNameNS(SVG, "script").getLength()).isZero();
        assertThat(byId(root, "desc", "scores-desc").getTextContent()).isEqualTo("Das Ergebnis je Tag in 2 Themen, vom "
                + "02.03.2026 bis zum 10.03.2026. Zuletzt: <script>alert(1)</script> 100,0\u00a0%, products 0,0\u00a0%. Die "
                + "Zahlen stehen in der Tabelle darunter.");
        List<String> legend = new ArrayList<>();
        Element legendGroup = elements(root, "g").stream().filter(g -> g.getAttribute("class").equals("legend")).findFirst()
                .orElseThrow();
        NodeList texts = legendGroup.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            legend.add(texts.item(i).getTextContent());
        }
        assertThat(legend).containsExactly("<script>alert(1)</script>", "products");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        Words w = Words.of(Language.EN);
        assertThat(ItemChart.of("items", TeachingFixture.analysis(), FlagThresholds.DEFAULT, w).svg())
                .isEqualTo(ItemChart.of("items", TeachingFixture.analysis(), FlagThresholds.DEFAULT, w).svg());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element byId(Element root, String name, String id) {
        return elements(root, name).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst().orElseThrow();
    }

    private static List<Element> elements(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(SVG, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
