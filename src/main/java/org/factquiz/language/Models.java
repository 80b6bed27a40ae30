package org.factquiz.language;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.factquiz.model.Language;

/**
 * OpenNLP's Universal Dependencies models (opennlp-models-{sentdetect,tokenizer,pos}-{de,en} 1.3.0), read from the class
 * path. Each is loaded on first use and kept for the life of the JVM: a command that reads only
 * English claims never loads a German model, and the daemon loads each one once. The models are
 * thread-safe; the taggers built on them are not, so callers make one per use.
 */
final class Models {
    private static final Map<Language, Lazy<SentenceModel>> SENTENCES = new EnumMap<>(Language.class);
    private static final Map<Language, Lazy<TokenizerModel>> TOKENS = new EnumMap<>(Language.class);
    private static final Map<Language, Lazy<POSModel>> TAGS = new EnumMap<>(Language.class);
    private static final Map<Language, Lazy<Boolean>> ANALYSIS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            SENTENCES.put(language, new Lazy<>(() -> read(language, "sentence", SentenceModel::new)));
            TOKENS.put(language, new Lazy<>(() -> read(language, "tokens", TokenizerModel::new)));
            TAGS.put(language, new Lazy<>(() -> read(language, "pos", POSModel::new)));
            ANALYSIS.put(language, new Lazy<>(() -> loadTogether(language)));
        }
    }

    private Models() {
    }

    /**
     * Makes sure every model {@link Analyzer#analyse} needs for {@code language} is loaded, reading
     * them side by side: on two cores a cold start waits for the slowest model, not for all of them.
     */
    static void prepareAnalysis(Language language) {
        ANALYSIS.get(language).get();
    }

    private static boolean loadTogether(Language language) {
        List<CompletableFuture<?>> loading = new ArrayList<>();
        loading.add(CompletableFuture.runAsync(() -> tags(language), LOADERS));
        if (language == Language.DE) {
            loading.add(CompletableFuture.runAsync(GermanLexicon::load, LOADERS));
        } else {
            loading.add(CompletableFuture.runAsync(EnglishLexicon::load, LOADERS));
        }
        tokens(language);
        try {
            CompletableFuture.allOf(loading.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        return true;
    }

    /** Daemon threads, so that a loading model never keeps a finished command's JVM alive. */
    private static final Executor LOADERS = command -> {
        Thread thread = new Thread(command, "factquiz-language-models");
        thread.setDaemon(true);
        thread.start();
    };

    static SentenceModel sentences(Language language) {
        return SENTENCES.get(language).get();
    }

    static TokenizerModel tokens(Language language) {
        return TOKENS.get(language).get();
    }

    static POSModel tags(Language language) {
        return TAGS.get(language).get();
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** The model file of the published jar: "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin". */
    private static <T> T read(Language language, String kind, Reader<T> reader) {
        String corpus = language == Language.DE ? "gsd" : "ewt";
        String name = "opennlp-" + language.code() + "-ud-" + corpus + "-" + kind + "-1.3-2.5.4.bin";
        InputStream raw = Models.class.getClassLoader().getResourceAsStream(name);
        if (raw == null) {
            throw new IllegalStateException("the OpenNLP model " + name + " is not on the class path "
                    + "(org.apache.opennlp:opennlp-models-*-" + language.code() + ")");
        }
        try (InputStream in = new BufferedInputStream(raw)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + name, e);
        }
    }
}
