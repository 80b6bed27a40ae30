package org.factquiz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates a fact base of a chosen size in the shipped facts format, for benchmarks: companies,
 * their founders and products, markets, cities and countries, counts of users and money,
 * comparisons, unique titles and superlatives, launches and dated relations, hedged, reported and
 * intended statements, causes and purposes. Every name is synthetic ({@code co-000042},
 * {@code pr-000042-1}). The same size and seed give the same files, byte for byte.
 *
 * <p>The base is consistent except for planted cases: {@link #casesPerKind} of every {@link Plant}
 * kind, each of which the consistency rules must report exactly once.
 */
public final class SyntheticFacts {
    /** The seed the benchmarks and tests use. */
    public static final long SEED = 20240817L;
    /** Sentences of each synthetic article (the shipped one has 19). */
    static final int SENTENCES = 20;
    static final int ENTITIES_PER_FILE = 5000;
    /** Statements per synthetic article, each in its own file (the shipped article has 72). */
    static final int STATEMENTS_PER_SOURCE = 100;
    static final int COUNTRIES = 50;
    static final int REGIONS = 5;
    static final int TECHNOLOGIES = 10;
    static final int ANALYSTS = 5;

    /** One claim per this many clusters (of 25 statements each): about one claim per 100 statements. */
    static final int CLUSTERS_PER_CLAIM = 4;

    private final FactsWriter out;
    private final Random random;
    private final YamlText claims = new YamlText().line("# Claims about the synthetic facts, with the verdict"
            + " each must get.").line("claims:");

    private SyntheticFacts(FactsWriter out, long seed) {
        this.out = out;
        this.random = new Random(seed);
    }

    /** What was generated, and which findings the consistency rules must report for it. */
    public record Generated(Path facts, int statements, int entities, long seed, Map<String, Integer> planted,
                            String claims) {
        public Generated {
            planted = Map.copyOf(planted);
        }

        public int plantedTotal() {
            return planted.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The number of cases of each kind planted in a base of about {@code statements} statements. */
    public static int casesPerKind(int statements) {
        return Math.max(1, statements / 10_000);
    }

    /**
     * Writes a fact base of about {@code statements} statements (as the loader counts them) into
     * {@code folder}, which must not exist or be empty.
     */
    public static Generated write(Path folder, int statements, long seed) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var existing = Files.list(folder)) {
                if (existing.findAny().isPresent()) {
                    throw new IOException("folder is not empty: " + folder);
                }
            }
        }
        Files.createDirectories(folder);
        int cases = casesPerKind(statements);
        int clusters = Math.max(2, (statements - COUNTRIES - cases * plantStatements()) / clusterStatements());
        try (FactsWriter out = new FactsWriter(folder, ENTITIES_PER_FILE, STATEMENTS_PER_SOURCE, SENTENCES)) {
            writeVocabulary(folder);
            SyntheticFacts generator = new SyntheticFacts(out, seed);
            generator.world();
            int planted = 0;
            int totalCases = cases * Plant.values().length;
            for (int i = 0; i < clusters; i++) {
                generator.cluster(i, clusters);
                // Spread the planted cases evenly through the files, as real mistakes would be.
                while (planted < totalCases && (long) planted * clusters <= (long) i * totalCases) {
                    Plant kind = Plant.values()[planted % Plant.values().length];
                    int n = planted / Plant.values().length;
                    kind.write(out, "pl-" + kind.ordinal() + "-" + n, n);
                    planted++;
                }
            }
            while (planted < totalCases) {
                Plant kind = Plant.values()[planted % Plant.values().length];
                int n = planted / Plant.values().length;
                kind.write(out, "pl-" + kind.ordinal() + "-" + n, n);
                planted++;
            }
            out.close();
            Map<String, Integer> expected = new TreeMap<>();
            for (Plant kind : Plant.values()) {
                expected.put(kind.rule(), cases);
            }
            return new Generated(folder, out.statementCount(), out.entityCount(), seed, expected,
                    generator.claims.toString());
        }
    }

    /** Shared entities: countries in regions, technologies, analysts who report figures. */
    private void world() {
        for (int r = 0; r < REGIONS; r++) {
            out.entity("rg-" + r, "region", "Region " + r, "Region " + r);
        }
        for (int c = 0; c < COUNTRIES; c++) {
            out.entity(country(c), "country", "Country " + c, "Land " + c);
            out.statement("s-" + country(c) + "-in-region", "relation", "subject", country(c), "predicate",
                    "located-in", "object", "rg-" + (c % REGIONS));
        }
        for (int t = 0; t < TECHNOLOGIES; t++) {
            out.entity("te-" + t, "technology", "Technology " + t, "Technologie " + t);
        }
        for (int a = 0; a < ANALYSTS; a++) {
            out.entity("an-" + a, "group", "Analysts " + a, "Analysten " + a);
        }
    }

    /**
     * One company with its founder, three products, a market and a city: relations, counts,
     * comparisons, titles, a launch, hedged and intended statements, a cause and a purpose.
     */
    private void cluster(int i, int clusters) {
        String n = String.format("%06d", i);
        String company = "co-" + n;
        String person = "pe-" + n;
        String chatbot = "pr-" + n + "-1";
        String social = "pr-" + n + "-2";
        String app = "pr-" + n + "-3";
        String market = "mk-" + n;
        String city = "ci-" + n;
        String s = "s-" + n + "-";
        out.entity(company, "company", "Company " + i, "Unternehmen " + i);
        out.entity(person, "person", "Person " + i, "Person " + i);
        out.entity(chatbot, "chatbot", "Chatbot " + i, "Chatbot " + i);
        out.entity(social, "social-media-app", "Social app " + i, "Social-App " + i);
        out.entity(app, "ai-application", "AI app " + i, "KI-App " + i);
        out.entity(market, "market", "Market " + i, "Markt " + i);
        out.entity(city, "region", "City " + i, "Stadt " + i);

        out.statement(s + "makes", "relation", "subject", company, "predicate", "makes", "object", chatbot,
                "since", Integer.toString(2021 + i % 3));
        out.statement(s + "owns", "relation", "subject", company, "predicate", "owns", "objects", List.of(social, app),
                "list", "open");
        out.statement(s + "founded", "relation", "subject", person, "predicate", "founded", "object", company,
                "since", Integer.toString(1995 + i % 25));
        out.statement(s + "competes", "relation", "subject", chatbot, "predicate", "competes-with", "object", app);
        for (String product : List.of(chatbot, social, app)) {
            out.statement(s + "in-" + product.charAt(product.length() - 1), "relation", "subject", product,
                    "predicate", "available-in", "object", market);
        }
        out.statement(s + "located", "relation", "subject", company, "predicate", "located-in", "object", city);
        out.statement(s + "city", "relation", "subject", city, "predicate", "located-in", "object",
                country(i % COUNTRIES));
        // The chatbot has the most users in its market; the social app and the AI app follow.
        int chatbotUsers = 50 + random.nextInt(50);
        out.statement(s + "users-1", "quantity", "subject", chatbot, "measure", Plant.USERS,
                "value", chatbotUsers, "scale", "million", "unit", "users", "at", "2024");
        out.statement(s + "users-2", "quantity", "subject", social, "measure", Plant.USERS,
                "value", 20 + random.nextInt(26), "scale", "million", "unit", "users", "at", "2024");
        out.statement(s + "users-3", "quantity", "subject", app, "measure", Plant.USERS,
                "value", 1 + random.nextInt(15), "scale", "million", "unit", "users", "bound", "about", "at", "2024");
        out.statement(s + "invest", "quantity", "subject", company, "measure", "investment",
                "value", 1 + random.nextInt(9), "scale", "billion", "unit", "money", "bound", "at-least",
                "status", "reported", "according-to", "an-" + (i % ANALYSTS), "at", "2023");
        out.statement(s + "beats", "comparison", "subject", chatbot, "measure", Plant.USERS, "comparator", "more",
                "object", social, "degree", "clearly");
        out.statement(s + "trails", "comparison", "subject", app, "measure", Plant.USERS, "comparator", "less",
                "object", social);
        out.statement(s + "popular", "title", "holder", chatbot, "title", Plant.POPULAR, "scope", market);
        out.statement(s + "richest", "title", "holder", person, "title", "richest-person", "scope", city);
        out.statement(s + "customer", "title", "holder", company, "title", "largest-customer",
                "of", "co-" + String.format("%06d", (i + 1) % clusters), "scope", country(i % COUNTRIES));
        out.statement(s + "launch", "event", "subject", chatbot, "event", "launch",
                "at", String.format("%d-%02d", 2020 + i % 4, 1 + i % 12));
        out.statement(s + "invests-in", "relation", "subject", company, "predicate", "invests-in",
                "object", "te-" + (i % TECHNOLOGIES), "status", "hedged", "hedge", "possibly");
        out.statement(s + "needs", "relation", "subject", company, "predicate", "needs",
                "object", "te-" + ((i + 1) % TECHNOLOGIES), "status", "intended");
        out.statement(s + "why", "link", "link", "cause", "from", List.of(s + "founded"), "to", s + "makes");
        out.statement(s + "aim", "link", "link", "purpose", "from", List.of(s + "makes"), "to", s + "needs");
        if (i % CLUSTERS_PER_CLAIM == 0) {
            claim(i / CLUSTERS_PER_CLAIM, i, clusters, company, chatbot, social, market, chatbotUsers);
        }
    }

    /** A claim about cluster {@code i}, of one of six kinds in turn, with the verdict the facts give it. */
    private void claim(int n, int i, int clusters, String company, String chatbot, String social, String market,
                       int chatbotUsers) {
        String id = "claim-" + String.format("%06d", i);
        switch (n % 6) {
            case 0 -> claims.item("id", id).field("kind", "relation").field("subject", company)
                    .field("predicate", "makes").field("object", chatbot).field("expect", "SUPPORTED");
            // Each chatbot has one maker (makes is single-subject), so another company making it is refuted.
            case 1 -> claims.item("id", id).field("kind", "relation")
                    .field("subject", "co-" + String.format("%06d", (i + 1) % clusters))
                    .field("predicate", "makes").field("object", chatbot).field("expect", "REFUTED");
            case 2 -> claims.item("id", id).field("kind", "comparison").field("subject", chatbot)
                    .field("measure", Plant.USERS).field("comparator", "more").field("object", social)
                    .field("expect", "SUPPORTED");
            case 3 -> claims.item("id", id).field("kind", "quantity").field("subject", chatbot)
                    .field("measure", Plant.USERS).field("comparator", "about").field("value", chatbotUsers)
                    .field("scale", "million").field("tolerance", "0.05").field("expect", "SUPPORTED");
            case 4 -> claims.item("id", id).field("kind", "title").field("subject", chatbot)
                    .field("title", Plant.POPULAR).field("scope", market).field("expect", "SUPPORTED");
            default -> claims.item("id", id).field("kind", "event").field("subject", chatbot)
                    .field("event", "launch").field("date", String.format("%d", 2020 + i % 4))
                    .field("expect", "SUPPORTED");
        }
    }

    private static String country(int c) {
        return String.format("cy-%02d", c);
    }

    /** How many statements one cluster makes, as the loader counts them. */
    private static int clusterStatements() {
        FactsWriter counter = new FactsWriter(null, ENTITIES_PER_FILE, STATEMENTS_PER_SOURCE, SENTENCES);
        new SyntheticFacts(counter, 0).cluster(0, 2);
        return counter.statementCount();
    }

    /** How many statements one case of every kind makes together. */
    private static int plantStatements() {
        FactsWriter counter = new FactsWriter(null, ENTITIES_PER_FILE, STATEMENTS_PER_SOURCE, SENTENCES);
        for (Plant kind : Plant.values()) {
            kind.write(counter, "pl", 0);
        }
        return counter.statementCount();
    }

    private static void writeVocabulary(Path folder) throws IOException {
        Files.writeString(folder.resolve("vocabulary.yaml"), """
                # Vocabulary of the synthetic fact bases: the shapes of the article, none of its names.
                types:
                  - {id: thing}
                  - {id: organisation, parent: thing}
                  - {id: company, parent: organisation}
                  - {id: group, parent: thing}
                  - {id: person, parent: thing}
                  - {id: product, parent: thing}
                  - {id: ai-application, parent: product}
                  - {id: chatbot, parent: ai-application}
                  - {id: social-media-app, parent: product}
                  - {id: place, parent: thing}
                  - {id: country, parent: place}
                  - {id: region, parent: place}
                  - {id: market, parent: thing}
                  - {id: technology, parent: thing}
                predicates:
                  - {id: owns, domain: [company], range: [product, company], inverse: owned-by, roles: [owner]}
                  - {id: makes, domain: [company], range: [product], inverse: made-by, single-subject: true,
                     roles: [maker]}
                  - {id: founded, domain: [person], range: [company], inverse: founded-by}
                  - {id: competes-with, domain: [thing], range: [thing], symmetric: true}
                  - {id: located-in, domain: [thing], range: [place], containment: true}
                  - {id: available-in, domain: [product], range: [place, market], roles: [scope]}
                  - {id: headquartered-in, domain: [company], range: [place], single-object: true}
                  - {id: invests-in, domain: [company], range: [thing]}
                  - {id: needs, domain: [company], range: [thing]}
                measures:
                  - {id: monthly-active-users, subject: [product], unit: users}
                  - {id: investment, subject: [company], unit: money}
                units:
                  - {id: users}
                  - {id: money}
                titles:
                  - {id: richest-person, holder: [person], unique: true}
                  - {id: most-popular-ai-application, holder: [ai-application], measure: monthly-active-users,
                     unique: true}
                  - {id: largest-customer, holder: [organisation], unique: true}
                events:
                  - {id: launch, roles: [start]}
                  - {id: shutdown, roles: [end]}
                phrases:
                  relations:
                    - {predicate: owns, en: ["{subject} owns {object}"], de: ["{subject} besitzt {object}"]}
                    - {predicate: owned-by, en: ["{subject} is owned by {object}"], de: ["{subject} gehört {object}"]}
                    - {predicate: makes, en: ["{subject} makes {object}"], de: ["{subject} stellt {object} her"]}
                    - {predicate: made-by, en: ["{subject} is made by {object}"],
                       de: ["{subject} wird von {object} hergestellt"]}
                    - {predicate: founded, en: ["{subject} founded {object}"], de: ["{subject} gründete {object}"]}
                    - {predicate: founded-by, en: ["{subject} was founded by {object}"],
                       de: ["{subject} wurde von {object} gegründet"]}
                    - {predicate: competes-with, en: ["{subject} competes with {object}"],
                       de: ["{subject} konkurriert mit {object}"]}
                    - {predicate: located-in, en: ["{subject} is located in {object}"], de: ["{subject} liegt in {object}"]}
                    - {predicate: available-in, en: ["{subject} is available in {object}"],
                       de: ["{subject} ist in {object} verfügbar"]}
                    - {predicate: headquartered-in, en: ["{subject} is headquartered in {object}"],
                       de: ["{subject} hat seinen Sitz in {object}"]}
                    - {predicate: invests-in, en: ["{subject} invests in {object}"], de: ["{subject} investiert in {object}"]}
                    - {predicate: needs, en: ["{subject} needs {object}"], de: ["{subject} braucht {object}"]}
                  quantities:
                    - {measure: monthly-active-users, en: ["{subject} has {value} monthly active users"],
                       de: ["{subject} hat {value} monatlich aktive Nutzer"]}
                    - {measure: investment, en: ["{subject} invests {value}"], de: ["{subject} investiert {value}"]}
                  titles:
                    - {title: richest-person, en: ["{holder} is the richest person in {scope}"],
                       de: ["{holder} ist die reichste Person in {scope}"]}
                    - {title: most-popular-ai-application, en: ["{holder} is the most popular AI application in {scope}"],
                       de: ["{holder} ist die beliebteste KI-Anwendung in {scope}"]}
                    - {title: largest-customer, en: ["{holder} is the largest customer of {of} in {scope}"],
                       de: ["{holder} ist der größte Kunde von {of} in {scope}"]}
                  events:
                    - {event: launch, en: ["{subject} was launched in {date}"], de: ["{subject} wurde {date} eingeführt"]}
                    - {event: shutdown, en: ["{subject} was shut down in {date}"], de: ["{subject} wurde {date} abgeschaltet"]}
                """, StandardCharsets.UTF_8);
    }

    /** Writes the expectations next to the facts folder (not inside it: the loader would read them). */
    static void writeExpectations(Generated generated, Path file) throws IOException {
        Map<String, Object> json = new TreeMap<>();
        json.put("seed", generated.seed());
        json.put("statements", generated.statements());
        json.put("entities", generated.entities());
        json.put("planted", new TreeMap<>(generated.planted()));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    /**
     * {@code SyntheticFacts OUT STATEMENTS [SEED]}: writes {@code OUT/facts}, the planted findings
     * to {@code OUT/planted.json} and claims with their expected verdicts to {@code OUT/claims.yaml}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticFacts OUT STATEMENTS [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int statements = Integer.parseInt(args[1].replace("_", ""));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        Generated generated = write(out.resolve("facts"), statements, seed);
        writeExpectations(generated, out.resolve("planted.json"));
        Files.writeString(out.resolve("claims.yaml"), generated.claims(), StandardCharsets.UTF_8);
        System.out.printf("%s: %d statements, %d entities, %d planted findings (seed %d)%n", out,
                generated.statements(), generated.entities(), generated.plantedTotal(), seed);
    }
}
