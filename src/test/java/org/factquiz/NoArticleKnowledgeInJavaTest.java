package org.factquiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Knowledge is data: no entity of the article may be named in the Java sources. */
class NoArticleKnowledgeInJavaTest {
    static final Pattern ARTICLE_ENTITIES = Pattern.compile(
            "doubao|bytedance|ernie|tiktok|douyin|alibaba|nvidia|baidu|cici|zhang\\s*yiming|openai|malaysia",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noJavaSourceNamesAnEntityOfTheArticle() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = ARTICLE_ENTITIES.matcher(lines.get(i));
                    if (m.find()) {
                        hits.add(file + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }

        assertThat(hits).as("article entities named in src/main/java").isEmpty();
    }

    @Test
    void thePatternFindsEntitiesInAnySpellingItIsMeantToCatch() {
        assertThat(Stream.of("ByteDance", "NVIDIA", "Zhang Yiming", "\"cici-ai\"", "ernie-bot", "ZhangYiming"))
                .allMatch(text -> ARTICLE_ENTITIES.matcher(text).find());
        assertThat(ARTICLE_ENTITIES.matcher("Entity, Relation, Quantity, Comparison").find()).isFalse();
    }
}
