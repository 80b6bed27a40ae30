package org.factquiz.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Rules compiled ahead of time into Drools' executable model: the generated classes (by binary
 * name) and the names of the classes that describe the rules. Building a {@link KieBase} from them
 * needs no DRL parser and no Java compiler, which is what makes a cached start fast.
 */
final class CompiledRules {
    private static final String MODELS_ENTRY = "META-INF/factquiz/models";

    private final Map<String, byte[]> classes;
    private final List<String> modelClasses;

    CompiledRules(Map<String, byte[]> classes, List<String> modelClasses) {
        this.classes = Map.copyOf(classes);
        this.modelClasses = List.copyOf(modelClasses);
        if (this.modelClasses.isEmpty()) {
            throw new IllegalArgumentException("no rule model classes");
        }
        for (String model : this.modelClasses) {
            if (!this.classes.containsKey(model)) {
                throw new IllegalArgumentException("rule model class " + model + " is missing");
            }
        }
    }

    /** Defines the generated classes in a class loader of their own and builds the rule base from them. */
    KieBase newKieBase() throws ReflectiveOperationException {
        return newKieBase(new GeneratedClassLoader(classes, CompiledRules.class.getClassLoader()), modelClasses);
    }

    /**
     * Builds the rule base from a jar {@link #writeJar} wrote, loading the classes from the file
     * itself: the JVM's class data sharing can then map them from its archive instead of defining
     * and verifying hundreds of generated classes on every start.
     */
    static KieBase newKieBase(Path jar) throws IOException, ReflectiveOperationException {
        List<String> models;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(MODELS_ENTRY);
            if (entry == null) {
                throw new IOException("not a compiled rules jar: " + MODELS_ENTRY + " is missing");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                models = modelNames(in.readAllBytes());
            }
        }
        // Kept open for as long as the rule base lives: its classes load lazily from the file.
        URLClassLoader loader = new URLClassLoader("factquiz-rules", new URL[] {jar.toUri().toURL()},
                CompiledRules.class.getClassLoader());
        return newKieBase(loader, models);
    }

    private static KieBase newKieBase(ClassLoader loader, List<String> modelClasses)
            throws ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            models.add((Model) loader.loadClass(name).getConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static List<String> modelNames(byte[] bytes) throws IOException {
        List<String> names = Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isBlank()).toList();
        if (names.isEmpty()) {
            throw new IOException("not a compiled rules jar: no rule model classes");
        }
        return names;
    }

    /** Writes the classes as a jar, in name order so that equal rules give equal bytes. */
    void writeJar(OutputStream out) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(MODELS_ENTRY));
            jar.write(String.join("\n", modelClasses).getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(classes).entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey().replace('.', '/') + ".class"));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
    }

    /** Loads the generated classes from memory, so that a cache file can change under a running session. */
    private static final class GeneratedClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        GeneratedClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("factquiz-rules", parent);
            this.classes = Objects.requireNonNull(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
