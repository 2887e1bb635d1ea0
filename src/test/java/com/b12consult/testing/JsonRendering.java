package com.b12consult.testing;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.Coded;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Symptom;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Renders an assessment as JSON in any of the shapes the format allows, chosen at random. */
final class JsonRendering {
    private final Random random;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectMapper mapper = new ObjectMapper();

    JsonRendering(Random random) {
        this.random = random;
    }

    String text(JsonNode tree) {
        try {
            return random.nextBoolean() ? mapper.writeValueAsString(tree)
                    : mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode tree(Assessment a) {
        Map<String, JsonNode> root = new LinkedHashMap<>();
        root.put("schemaVersion", nodes.numberNode(a.schemaVersion()));
        root.put("context", nodes.textNode(a.context().code()));
        root.put("assessedAt", moment(a.assessedAt()));
        Map<String, JsonNode> patient = new LinkedHashMap<>();
        patient.put("id", nodes.textNode(a.patient().id()));
        patient.put("sex", nodes.textNode(a.patient().sex().code()));
        optional(patient, "birthDate", a.patient().birthDate().map(this::day));
        root.put("patient", object(patient));
        list(root, "clotRiskFactors", codes(a.clotRiskFactors()));
        list(root, "conditions", codes(a.conditions()));
        list(root, "medications", codes(a.medications()));
        list(root, "symptoms", a.symptoms().stream().map(this::symptom).toList());
        optional(root, "allergyHistory", a.allergyHistory().map(h -> {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            m.put("b12InjectionReaction", nodes.textNode(h.b12InjectionReaction().code()));
            m.put("otherMedicationAllergies", nodes.booleanNode(h.otherMedicationAllergies()));
            return object(m);
        }));
        list(root, "labs", a.labs().stream().map(this::panel).toList());
        list(root, "injections", a.injections().stream().map(this::injection).toList());
        list(root, "headaches", a.headaches().stream().map(this::headache).toList());
        list(root, "headacheTriggers", codes(a.headacheTriggers()));
        optional(root, "exercise", a.exercise().map(e -> {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            m.put("planned", nodes.textNode(e.planned().code()));
            m.put("injectionSiteSoreness", nodes.textNode(e.injectionSiteSoreness().code()));
            return object(m);
        }));
        optional(root, "plannedInjection", a.plannedInjection().map(p -> {
            Map<String, JsonNode> m = new LinkedHashMap<>();
            m.put("product", nodes.textNode(p.product().code()));
            m.put("doseMicrograms", number(p.doseMicrograms()));
            m.put("prescribedDoseMicrograms", number(p.prescribedDoseMicrograms()));
            m.put("site", nodes.textNode(p.site().code()));
            return object(m);
        }));
        return object(root);
    }

    JsonNode symptom(Symptom s) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("code", nodes.textNode(s.code().code()));
        optional(m, "onsetAt", s.onsetAt().map(this::moment));
        return object(m);
    }

    JsonNode panel(LabPanel p) {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (Map.Entry<Analyte, Quantity> e : p.results().entrySet()) {
            results.put(e.getKey().code(), quantity(e.getValue()));
        }
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("takenOn", day(p.takenOn()));
        m.put("results", object(results));
        return object(m);
    }

    JsonNode quantity(Quantity q) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("value", number(q.value()));
        m.put("unit", nodes.textNode(q.unit().code()));
        return object(m);
    }

    JsonNode injection(Injection i) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("givenAt", moment(i.givenAt()));
        m.put("product", nodes.textNode(i.product().code()));
        m.put("doseMicrograms", number(i.doseMicrograms()));
        m.put("site", nodes.textNode(i.site().code()));
        list(m, "reactions", codes(i.reactions()));
        return object(m);
    }

    JsonNode headache(HeadacheEntry h) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("onsetAt", moment(h.onsetAt()));
        m.put("severity", random.nextInt(5) == 0 ? DecimalNode.valueOf(new BigDecimal(h.severity() + ".0"))
                : nodes.numberNode(h.severity()));
        m.put("type", nodes.textNode(h.type().code()));
        list(m, "associated", codes(h.associated()));
        return object(m);
    }

    JsonNode moment(LocalDateTime t) {
        return nodes.textNode(String.format("%04d-%02d-%02dT%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute()));
    }

    JsonNode day(LocalDate d) {
        return nodes.textNode(String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }

    /** The shortest decimal that reads back as the same double, sometimes with a trailing ".0" or zero. */
    JsonNode number(double value) {
        BigDecimal shortest = BigDecimal.valueOf(value);
        if (random.nextInt(4) == 0) {
            shortest = shortest.setScale(Math.max(shortest.scale(), 0) + 1);
        }
        return DecimalNode.valueOf(shortest);
    }

    private List<JsonNode> codes(List<? extends Coded> codes) {
        return codes.stream().map(c -> (JsonNode) nodes.textNode(c.code())).toList();
    }

    /** An empty list may be written as [], left out, or written as null: all mean "none". */
    private void list(Map<String, JsonNode> object, String key, List<JsonNode> items) {
        if (items.isEmpty()) {
            switch (random.nextInt(3)) {
                case 0 -> object.put(key, nodes.arrayNode());
                case 1 -> object.put(key, nodes.nullNode());
                default -> { }
            }
            return;
        }
        ArrayNode array = nodes.arrayNode();
        items.forEach(array::add);
        object.put(key, array);
    }

    private void optional(Map<String, JsonNode> object, String key, Optional<JsonNode> value) {
        if (value.isPresent()) {
            object.put(key, value.get());
        } else if (random.nextInt(4) == 0) {
            object.put(key, nodes.nullNode());
        }
    }

    /** Key order carries no meaning in the format, so it is shuffled. */
    private ObjectNode object(Map<String, JsonNode> fields) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(fields.entrySet());
        Collections.shuffle(entries, random);
        ObjectNode node = nodes.objectNode();
        entries.forEach(e -> node.set(e.getKey(), e.getValue()));
        return node;
    }
}
