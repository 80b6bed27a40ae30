package org.factquiz.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule texts into Drools' executable model (Java classes generated from the DRL). Some DRL
 * the classic compiler accepts is beyond the executable model's parser (for example a property
 * named {@code unit} or {@code when}); then this compiler gives up and says why, and the caller
 * falls back to the classic compiler.
 */
final class ExecutableModelCompiler {
    private static final String GROUP = "org.factquiz.rules";
    private static final String ARTIFACT = "executable-model";

    private ExecutableModelCompiler() {
    }

    /** Thrown when the executable model cannot be built from rules the classic compiler may still accept. */
    static final class Unsupported extends Exception {
        Unsupported(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static CompiledRules compile(List<RuleSource> sources) throws Unsupported {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId(GROUP, ARTIFACT, "1.0.0");
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (RuleSource source : sources) {
            kfs.write("src/main/resources/" + source.path(), source.text());
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException | LinkageError e) {
            throw new Unsupported("the executable model compiler failed: " + firstLine(e.toString()), e);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new Unsupported("the executable model compiler reports " + errors.size() + " error(s), first: "
                    + errors.get(0).getPath() + ":" + errors.get(0).getLine() + ": "
                    + firstLine(errors.get(0).getText()), null);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new HashMap<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                classes.put(name, module.getBytes(file));
            }
        }
        byte[] modelList = module.getBytes("META-INF/kie/" + GROUP + "/" + ARTIFACT + "/drools-model");
        if (modelList == null) {
            throw new Unsupported("the executable model compiler wrote no model list", null);
        }
        List<String> models = new ArrayList<>();
        for (String line : new String(modelList, StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                models.add(name);
            }
        }
        try {
            return new CompiledRules(classes, models);
        } catch (IllegalArgumentException e) {
            throw new Unsupported("the executable model is incomplete: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
