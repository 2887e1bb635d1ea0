package com.b12consult.rules;

import com.b12consult.domain.Citation;
import com.b12consult.domain.Coded;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.Severity;
import com.b12consult.domain.SymptomGroup;
import com.b12consult.domain.Topic;
import com.b12consult.domain.format.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the rulebook JSON into typed rules and checks it whole before anything uses it: every fact,
 * code, limit and citation must exist, ids must be unique, and a rule's effect on the decision must
 * agree with its severity. Any problem refuses the whole rulebook, naming the rule.
 */
public final class RulebookLoader {
    public static final String RESOURCE = "rulebook.json";

    private static final Set<String> RULEBOOK_KEYS = Set.of("version", "onEveryHandout", "onHandoutWhenTopic", "onEveryPlan",
            "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "topic", "kind", "severity", "decision", "withheldWhen",
            "when", "title", "text", "patientText", "source", "convention");

    /** What {@code "decision"} says for a rule that informs without moving the decision, whatever its severity. */
    static final String NO_DECISION = "none";

    private final FactCatalog facts;
    private final ArticleIndex articles;

    public RulebookLoader(FactCatalog facts, ArticleIndex articles) {
        this.facts = facts;
        this.articles = articles;
    }

    /** The rulebook shipped with the app, checked against the catalogue of facts and the article index. */
    public static Rulebook shipped() {
        return new RulebookLoader(new FactCatalog(), ArticleIndex.load()).loadBundled();
    }

    /** The rulebook shipped with the app. */
    public Rulebook loadBundled() {
        try (InputStream in = RulebookLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new RulebookException(List.of(RESOURCE + " is missing from the application"));
            }
            return load(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Rulebook load(byte[] json) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JsonTrees.parse(json);
        } catch (IOException e) {
            throw new RulebookException(List.of("not valid JSON: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new RulebookException(List.of("the rulebook must be a JSON object with \"version\" and \"rules\""));
        }
        unknownKeys(root, RULEBOOK_KEYS, "rulebook", problems);
        String version = root.path("version").asText("");
        if (version.isBlank()) {
            problems.add("rulebook: \"version\" is missing");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = root.path("rules");
        if (!list.isArray() || list.isEmpty()) {
            problems.add("rulebook: \"rules\" must be a non-empty list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                String id = r.path("id").asText("");
                String where = id.isBlank() ? "rule #" + (i + 1) + " (no id)" : "rule " + id;
                if (!id.isBlank() && !ids.add(id)) {
                    problems.add(where + ": duplicate id");
                }
                readRule(r, where, problems).ifPresent(rules::add);
            }
        }
        List<String> onEveryHandout = onEveryHandout(root, rules, problems);
        Map<Topic, String> onHandoutWhenTopic = onHandoutWhenTopic(root, rules, problems);
        String onEveryPlan = onEveryPlan(root, rules, problems);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return new Rulebook(new RulebookRef(version, sha256(json)), rules, onEveryHandout, onHandoutWhenTopic,
                onEveryPlan);
    }

    /**
     * The red flags every handout carries, whatever its report says: each must name a rule, and that rule must be a
     * red flag (an urgent alert), for a handout to list it under getting help right away.
     */
    private static List<String> onEveryHandout(JsonNode root, List<Rule> rules, List<String> problems) {
        JsonNode list = root.path("onEveryHandout");
        if (!list.isArray() || list.isEmpty()) {
            problems.add("rulebook: \"onEveryHandout\" must list the ids of the red flags every handout carries");
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : list) {
            String id = n.asText("");
            Optional<Rule> rule = rules.stream().filter(r -> r.id().equals(id)).findFirst();
            if (rule.isEmpty()) {
                problems.add("rulebook: \"onEveryHandout\" names \"" + id + "\", and no rule has that id");
            } else if (rule.get().severity() != Severity.URGENT || rule.get().kind() != FindingKind.ALERT) {
                problems.add("rule " + id + ": \"onEveryHandout\" lists red flags only, and this rule is a "
                        + rule.get().severity().code() + " " + rule.get().kind().code() + ", not an urgent alert");
            } else if (!out.add(id)) {
                problems.add("rulebook: \"onEveryHandout\" names \"" + id + "\" twice");
            }
        }
        return List.copyOf(out);
    }

    /**
     * The red flag a handout carries when its topic applies to the patient, by topic: each an urgent alert of that
     * topic, so a handout about platelets tells the patient which bleeding signs need help now.
     */
    private static Map<Topic, String> onHandoutWhenTopic(JsonNode root, List<Rule> rules, List<String> problems) {
        JsonNode byTopic = root.path("onHandoutWhenTopic");
        if (!byTopic.isObject()) {
            problems.add("rulebook: \"onHandoutWhenTopic\" must name, by topic, the red flag a handout carries when"
                    + " that topic applies, e.g. {\"headache\": \"headache.red-flags\"}");
            return Map.of();
        }
        Map<Topic, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : byTopic.properties()) {
            Optional<Topic> topic = Coded.fromCode(Topic.class, e.getKey());
            String id = e.getValue().asText("");
            Optional<Rule> rule = rules.stream().filter(r -> r.id().equals(id)).findFirst();
            if (topic.isEmpty()) {
                problems.add("rulebook: \"onHandoutWhenTopic\" names the topic \"" + e.getKey() + "\"; topics are "
                        + String.join(", ", Coded.codes(Topic.class)));
            } else if (rule.isEmpty()) {
                problems.add("rulebook: \"onHandoutWhenTopic\" names \"" + id + "\", and no rule has that id");
            } else if (rule.get().topic() != topic.get() || rule.get().severity() != Severity.URGENT
                    || rule.get().kind() != FindingKind.ALERT) {
                problems.add("rule " + id + ": \"onHandoutWhenTopic\" names for " + e.getKey()
                        + " an urgent alert of that topic, and this rule is a " + rule.get().severity().code() + " "
                        + rule.get().kind().code() + " of " + rule.get().topic().code());
            } else {
                out.put(topic.get(), id);
            }
        }
        return out;
    }

    /** The caveat every plan carries, what to expect and when: a rule whose patient text a handout can print. */
    private static String onEveryPlan(JsonNode root, List<Rule> rules, List<String> problems) {
        String id = root.path("onEveryPlan").asText("");
        Optional<Rule> rule = rules.stream().filter(r -> r.id().equals(id)).findFirst();
        if (id.isBlank()) {
            problems.add("rulebook: \"onEveryPlan\" must name the rule every handout's plan carries, e.g."
                    + " \"general.expect-gradual\"");
        } else if (rule.isEmpty()) {
            problems.add("rulebook: \"onEveryPlan\" names \"" + id + "\", and no rule has that id");
        } else if (rule.get().patientText().isBlank()) {
            problems.add("rule " + id + ": \"onEveryPlan\" needs a rule with a patient text to print");
        }
        return id;
    }

    private Optional<Rule> readRule(JsonNode r, String where, List<String> problems) {
        if (!r.isObject()) {
            problems.add(where + ": must be an object");
            return Optional.empty();
        }
        int before = problems.size();
        unknownKeys(r, RULE_KEYS, where, problems);
        Topic topic = code(r, "topic", Topic.class, where, problems);
        FindingKind kind = code(r, "kind", FindingKind.class, where, problems);
        Severity severity = code(r, "severity", Severity.class, where, problems);
        Optional<DecisionStatus> decision = severity == null ? Optional.empty() : decision(r, severity, where, problems);
        Set<DecisionStatus> withheldWhen = withheldWhen(r, decision, where, problems);
        Optional<String> convention = Optional.empty();
        if (r.has("convention")) {
            convention = Optional.of(text(r, "convention", where, problems));
        }
        String title = text(r, "title", where, problems);
        String text = text(r, "text", where, problems);
        String patientText = text(r, "patientText", where, problems);
        Citation source = citation(r.path("source"), where, problems);
        Condition when = r.has("when") ? condition(r.get("when"), where + " /when", problems) : null;
        if (when == null && !r.has("when")) {
            problems.add(where + ": \"when\" (the condition) is missing");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Rule(r.get("id").asText(), topic, kind, severity, decision, withheldWhen, when, title, text,
                patientText, source, convention));
    }

    /**
     * Decisions beside which the rule's advice is left out. Only advice that does not itself move the decision
     * may be withheld, or a rule could silence the very decision it makes.
     */
    private static Set<DecisionStatus> withheldWhen(JsonNode r, Optional<DecisionStatus> decision, String where,
                                                    List<String> problems) {
        if (!r.has("withheldWhen")) {
            return Set.of();
        }
        JsonNode list = r.get("withheldWhen");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(where + ": \"withheldWhen\" must be a non-empty list of decisions; accepted: "
                    + Coded.codes(DecisionStatus.class));
            return Set.of();
        }
        Set<DecisionStatus> out = new LinkedHashSet<>();
        for (JsonNode d : list) {
            Optional<DecisionStatus> status = Coded.fromCode(DecisionStatus.class, d.asText());
            if (status.isEmpty()) {
                problems.add(where + ": \"withheldWhen\" has \"" + d.asText() + "\"; accepted: " + Coded.codes(DecisionStatus.class));
            } else {
                out.add(status.get());
            }
        }
        if (decision.isPresent()) {
            problems.add(where + ": a rule that sets the decision cannot be withheld by a decision; leave out "
                    + "\"withheldWhen\", or write \"decision\": \"" + NO_DECISION + "\"");
        }
        return out;
    }

    /**
     * The rule's effect on the decision: what its severity asks for ({@link Rule#decisionFor}) unless
     * {@code "decision"} says otherwise, {@code "none"} for a rule that informs without moving the decision. A
     * decision that only repeats the severity's is refused, so that each rule says it once. Red flags always win:
     * an urgent finding must make the decision urgent, and a decision must not outrank its finding.
     */
    private static Optional<DecisionStatus> decision(JsonNode r, Severity severity, String where, List<String> problems) {
        Optional<DecisionStatus> byDefault = Rule.decisionFor(severity);
        if (!r.has("decision")) {
            return byDefault;
        }
        String v = r.get("decision").asText("");
        Optional<DecisionStatus> stated = Optional.empty();
        if (!v.equals(NO_DECISION)) {
            stated = Coded.fromCode(DecisionStatus.class, v).filter(d -> d != DecisionStatus.PROCEED);
            if (stated.isEmpty()) {
                problems.add(where + ": \"decision\" is \"" + v + "\"; accepted: \"" + NO_DECISION + "\" (the rule does not move "
                        + "the decision) or one of " + Coded.codes(DecisionStatus.class).stream()
                        .filter(c -> !c.equals(DecisionStatus.PROCEED.code())).toList());
                return byDefault;
            }
        }
        if (stated.equals(byDefault)) {
            problems.add(where + ": \"decision\": \"" + v + "\" is what severity \"" + severity.code()
                    + "\" decides anyway; leave \"decision\" out");
        }
        if (severity == Severity.URGENT && stated.orElse(null) != DecisionStatus.URGENT) {
            problems.add(where + ": an urgent finding must set the decision to \"urgent\"");
        }
        stated.ifPresent(d -> {
            Severity least = leastSeverityFor(d);
            if (severity.compareTo(least) < 0) {
                problems.add(where + ": decision \"" + d.code() + "\" needs severity \"" + least.code() + "\" or higher, not \""
                        + severity.code() + "\"");
            }
        });
        return stated;
    }

    /** The least severity whose finding asks for this decision by default: a rule may not ask for more than that. */
    private static Severity leastSeverityFor(DecisionStatus decision) {
        for (Severity s : Severity.values()) {
            if (Rule.decisionFor(s).orElse(DecisionStatus.PROCEED).compareTo(decision) >= 0) {
                return s;
            }
        }
        throw new IllegalStateException("no severity decides " + decision.code());
    }

    private Citation citation(JsonNode s, String where, List<String> problems) {
        if (!s.isObject()) {
            problems.add(where + ": \"source\" is missing: cite an article section or a named guideline");
            return null;
        }
        if (s.has("guideline")) {
            unknownKeys(s, Set.of("guideline"), where + " source", problems);
            String g = s.get("guideline").asText("");
            if (g.isBlank()) {
                problems.add(where + ": \"source.guideline\" must name a published guideline");
                return null;
            }
            return new Citation.Guideline(g);
        }
        unknownKeys(s, Set.of("article", "section"), where + " source", problems);
        String key = s.path("article").asText("");
        String section = s.path("section").asText("");
        Optional<ArticleIndex.Article> article = articles.article(key);
        if (article.isEmpty()) {
            problems.add(where + ": unknown article \"" + key + "\"; cite one of "
                    + articles.all().stream().map(ArticleIndex.Article::key).toList() + " or a guideline");
            return null;
        }
        if (!article.get().sections().contains(section)) {
            problems.add(where + ": \"" + section + "\" is not a section heading of the " + key + " article");
            return null;
        }
        return new Citation.Article(key, section);
    }

    private Condition condition(JsonNode n, String where, List<String> problems) {
        if (!n.isObject() || n.size() == 0) {
            problems.add(where + ": a condition must be an object such as {\"is\": FACT}");
            return null;
        }
        if (n.has("all") || n.has("any")) {
            String op = n.has("all") ? "all" : "any";
            unknownKeys(n, Set.of(op), where, problems);
            JsonNode parts = n.get(op);
            if (!parts.isArray() || parts.isEmpty()) {
                problems.add(where + ": \"" + op + "\" needs a non-empty list of conditions");
                return null;
            }
            List<Condition> list = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Condition c = condition(parts.get(i), where + "/" + op + "/" + i, problems);
                if (c != null) {
                    list.add(c);
                }
            }
            return list.size() != parts.size() ? null : op.equals("all") ? new Condition.All(list) : new Condition.Any(list);
        }
        if (n.has("not")) {
            unknownKeys(n, Set.of("not"), where, problems);
            Condition inner = condition(n.get("not"), where + "/not", problems);
            return inner == null ? null : new Condition.Not(inner);
        }
        if (n.has("is")) {
            unknownKeys(n, Set.of("is"), where, problems);
            return fact(n.get("is").asText(), Fact.Flag.class, where, problems).map(f -> (Condition) new Condition.Is(f)).orElse(null);
        }
        if (n.has("known")) {
            unknownKeys(n, Set.of("known"), where, problems);
            return fact(n.get("known").asText(), Fact.class, where, problems).map(f -> (Condition) new Condition.Known(f)).orElse(null);
        }
        if (n.has("has")) {
            return has(n, where, problems);
        }
        if (n.has("fact")) {
            return n.has("in") ? textIn(n, where, problems) : compare(n, where, problems);
        }
        problems.add(where + ": unknown condition " + n.fieldNames().next()
                + "; use all, any, not, is, known, has, or fact with op/value, op/limit or in");
        return null;
    }

    private Condition has(JsonNode n, String where, List<String> problems) {
        unknownKeys(n, Set.of("has", "anyOf", "group"), where, problems);
        Optional<Fact.Codes> fact = fact(n.get("has").asText(), Fact.Codes.class, where, problems);
        if (fact.isEmpty()) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> allowed = fact.get().allowedCodes();
        n.path("anyOf").forEach(c -> {
            if (!allowed.contains(c.asText())) {
                problems.add(where + ": unknown code \"" + c.asText() + "\" for " + fact.get().name());
            }
            codes.add(c.asText());
        });
        Optional<SymptomGroup> group = Optional.empty();
        if (n.has("group")) {
            String g = n.get("group").asText().toUpperCase(Locale.ROOT);
            try {
                group = Optional.of(SymptomGroup.valueOf(g));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown symptom group \"" + n.get("group").asText() + "\"");
                return null;
            }
            if (!codes.isEmpty()) {
                problems.add(where + ": give either \"anyOf\" or \"group\", not both");
            }
        }
        if (n.has("anyOf") && codes.isEmpty()) {
            problems.add(where + ": \"anyOf\" is empty; leave it out to mean any code");
        }
        return new Condition.Has(fact.get(), Set.copyOf(codes), group);
    }

    private Condition textIn(JsonNode n, String where, List<String> problems) {
        unknownKeys(n, Set.of("fact", "in"), where, problems);
        Optional<Fact.Text> fact = fact(n.get("fact").asText(), Fact.Text.class, where, problems);
        if (fact.isEmpty()) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        n.get("in").forEach(v -> {
            if (!fact.get().allowed().contains(v.asText())) {
                problems.add(where + ": \"" + v.asText() + "\" is not a value of " + fact.get().name() + "; accepted: "
                        + fact.get().allowed());
            }
            values.add(v.asText());
        });
        if (values.isEmpty()) {
            problems.add(where + ": \"in\" needs at least one value");
        }
        return new Condition.TextIn(fact.get(), Set.copyOf(values));
    }

    private Condition compare(JsonNode n, String where, List<String> problems) {
        unknownKeys(n, Set.of("fact", "op", "value", "limit"), where, problems);
        Optional<Fact.Number> fact = fact(n.get("fact").asText(), Fact.Number.class, where, problems);
        Optional<Condition.Op> op = Condition.Op.of(n.path("op").asText());
        if (op.isEmpty()) {
            problems.add(where + ": \"op\" must be one of <, <=, >, >=, ==, !=");
        }
        if (fact.isEmpty() || op.isEmpty()) {
            return null;
        }
        if (!fact.get().comparable()) {
            problems.add(where + ": " + fact.get().name() + " mixes units and can only be tested with \"known\"");
            return null;
        }
        if (n.has("limit") == n.has("value")) {
            problems.add(where + ": give exactly one of \"value\" (a number) or \"limit\" (a lab limit key)");
            return null;
        }
        if (n.has("value")) {
            if (!n.get("value").isNumber()) {
                problems.add(where + ": \"value\" must be a number");
                return null;
            }
            return new Condition.Compare(fact.get(), op.get(), OptionalDouble.of(n.get("value").asDouble()), Optional.empty());
        }
        Optional<LabLimitKey> limit = Coded.fromCode(LabLimitKey.class, n.get("limit").asText());
        if (limit.isEmpty()) {
            problems.add(where + ": unknown lab limit \"" + n.get("limit").asText() + "\"; accepted: " + Coded.codes(LabLimitKey.class));
            return null;
        }
        if (!limit.get().analyte().code().equals(fact.get().name())) {
            problems.add(where + ": limit " + limit.get().code() + " is for " + limit.get().analyte().code() + ", not "
                    + fact.get().name());
            return null;
        }
        return new Condition.Compare(fact.get(), op.get(), OptionalDouble.empty(), limit);
    }

    private <F extends Fact> Optional<F> fact(String name, Class<F> kind, String where, List<String> problems) {
        Optional<Fact> f = facts.find(name);
        if (f.isEmpty()) {
            problems.add(where + ": unknown fact \"" + name + "\"");
            return Optional.empty();
        }
        if (!kind.isInstance(f.get())) {
            problems.add(where + ": fact \"" + name + "\" is a " + f.get().type().name().toLowerCase(Locale.ROOT)
                    + " and cannot be used here");
            return Optional.empty();
        }
        return Optional.of(kind.cast(f.get()));
    }

    private static <E extends Enum<E> & Coded> E code(JsonNode r, String key, Class<E> type, String where, List<String> problems) {
        String v = r.path(key).asText("");
        Optional<E> e = Coded.fromCode(type, v);
        if (e.isEmpty()) {
            problems.add(where + ": \"" + key + "\" is \"" + v + "\"; accepted: " + Coded.codes(type));
            return null;
        }
        return e.get();
    }

    private static String text(JsonNode r, String key, String where, List<String> problems) {
        String v = r.path(key).asText("");
        if (v.isBlank()) {
            problems.add(where + ": \"" + key + "\" is missing or empty");
        }
        return v;
    }

    private static void unknownKeys(JsonNode n, Set<String> allowed, String where, List<String> problems) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problems.add(where + ": unknown key \"" + k + "\"; accepted: " + allowed.stream().sorted().toList());
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
