package org.factquiz.language;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English lemmas of regular forms through Lucene's KStem, which checks its rules against a
 * dictionary of English words: "hired" is hire, "launched" launch, "modelled" model, "centres" centre.
 */
final class EnglishStems {
    private record Pipeline(KeywordTokenizer source, TokenStream stream, CharTermAttribute term) {
    }

    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(() -> {
        KeywordTokenizer source = new KeywordTokenizer();
        TokenStream stream = new KStemFilter(source);
        return new Pipeline(source, stream, stream.addAttribute(CharTermAttribute.class));
    });

    private EnglishStems() {
    }

    /** The lemma of a lower-case word, or the word itself. */
    static String lemma(String lowerCaseWord) {
        Pipeline p = PIPELINE.get();
        try {
            p.source().setReader(new StringReader(lowerCaseWord));
            p.stream().reset();
            String result = p.stream().incrementToken() ? p.term().toString() : lowerCaseWord;
            p.stream().end();
            p.stream().close();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
