package com.b12consult.testing;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.Coded;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.testing.AssessmentGenerator.BrokenCase;
import com.b12consult.testing.AssessmentGenerator.Mutation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/** Breaks a valid assessment file in one deliberate way and says where the reader must point. */
final class Mutations {
    private static final String[] UNKNOWN_KEYS = {"notes", "comment", "weight", "dosage", "prescriber", "colour"};
    private static final String[] UNKNOWN_ANALYTES = {"ferritin", "tsh", "hba1c", "vitamin_d", "iron"};
    private static final String[] FOREIGN_UNITS = {"mg/dL", "IU/L", "x10^9/L", "g/dl", "", "mmol", "U/L"};
    private static final String[] BAD_DAYS = {"2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
            "2026-06-00", "2026-06-32"};
    private static final String[] BAD_TIMES = {"T24:00", "T10:60", "T99:15"};
    private static final String[] BAD_MOMENT_FORMATS = {"21/11/2026 10:30", "2026-11-21 10:30", "2026-11-21T10:30:00",
            "2026-11-21T10:30Z", "Nov 21 2026", "2026-11-21", "", "2026-1-5T9:00"};
    private static final String[] BAD_DAY_FORMATS = {"21/11/2026", "2026-11-21T10:30", "2026-1-5", "", "20261121",
            "Nov 21 2026"};

    private final Random random;
    private final JsonRendering rendering;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    Mutations(Random random, JsonRendering rendering) {
        this.random = random;
        this.rendering = rendering;
    }

    BrokenCase apply(Mutation mutation, Assessment valid) {
        ObjectNode root = rendering.tree(valid);
        LocalDateTime at = valid.assessedAt();
        String pointer = switch (mutation) {
            case MALFORMED_JSON, DUPLICATE_KEY, NOT_AN_OBJECT -> null;
            case UNKNOWN_KEY -> unknownKey(root);
            case UNKNOWN_CODE -> unknownCode(root, at);
            case UNKNOWN_ANALYTE -> {
                String p = panel(root, at);
                String key = pick(UNKNOWN_ANALYTES);
                ((ObjectNode) node(root, p + "/results")).set(key, rendering.quantity(new Quantity(50, LabUnit.UG_PER_L)));
                yield p + "/results/" + key;
            }
            case WRONG_TYPE -> wrongType(root, at);
            case SEVERITY_OUT_OF_RANGE -> set(root, headache(root, at) + "/severity",
                    nodes.numberNode(random.nextBoolean() ? 11 + random.nextInt(90) : -1 - random.nextInt(10)));
            case DOSE_OUT_OF_RANGE -> set(root, dose(root, at), nodes.numberNode(pick(new Double[]{0.0, -1000.0, 0.5, 5.0, 20000.0, 1e6})));
            case IMPLAUSIBLE_LAB_VALUE -> set(root, result(root, at) + "/value",
                    nodes.numberNode(random.nextBoolean() ? -1 - random.nextInt(500) : 1e7 * (1 + random.nextInt(9))));
            case BAD_UNIT -> badUnit(root, at);
            case FUTURE_DATE -> futureDate(root, at);
            case BEFORE_BIRTH -> beforeBirth(root, at);
            case BIRTH_DATE_IMPLAUSIBLE -> set(root, "/patient/birthDate",
                    rendering.day(at.toLocalDate().minusYears(126 + random.nextInt(200))));
            case IMPOSSIBLE_DATE -> impossibleDate(root, at);
            case BAD_DATE_FORMAT -> badDateFormat(root, at);
            case MISSING_REQUIRED -> missingRequired(root, at);
            case LIGHT_SENSITIVITY_AS_SYMPTOM -> random.nextBoolean()
                    ? set(root, symptom(root, at) + "/code", nodes.textNode("light_sensitivity"))
                    : append(root, injection(root, at) + "/reactions", nodes.textNode("light_sensitivity"));
            case SCHEMA_VERSION -> set(root, "/schemaVersion", pick(new JsonNode[]{nodes.numberNode(2), nodes.numberNode(0),
                    nodes.textNode("1"), nodes.numberNode(1.5), nodes.nullNode(), nodes.numberNode(99)}));
            case NULL_IN_LIST -> append(root, pick(new String[]{"/conditions", "/clotRiskFactors", "/headacheTriggers"}),
                    nodes.nullNode());
            case DUPLICATE_EVENT -> duplicateEvent(root, at);
        };
        String text = rendering.text(root);
        return switch (mutation) {
            case MALFORMED_JSON -> new BrokenCase(malformed(text), mutation, "");
            case DUPLICATE_KEY -> new BrokenCase(text.replaceFirst("\\{", "{\"context\": \"consultation\", "), mutation, "");
            case NOT_AN_OBJECT -> new BrokenCase(random.nextBoolean() ? "[" + text + "]" : "\"assessment\"", mutation, "");
            default -> new BrokenCase(text, mutation, pointer);
        };
    }

    private String unknownKey(ObjectNode root) {
        List<String> objects = new ArrayList<>();
        collectObjects(root, "", objects);
        String object = objects.get(random.nextInt(objects.size()));
        String key = pick(UNKNOWN_KEYS);
        ((ObjectNode) node(root, object)).put(key, "x");
        return object + "/" + key;
    }

    private void collectObjects(JsonNode node, String pointer, List<String> into) {
        if (node.isObject()) {
            into.add(pointer);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collectObjects(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectObjects(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    private String unknownCode(ObjectNode root, LocalDateTime at) {
        String pointer = switch (random.nextInt(10)) {
            case 0 -> "/context";
            case 1 -> "/patient/sex";
            case 2 -> append(root, pick(new String[]{"/conditions", "/clotRiskFactors", "/medications", "/headacheTriggers"}),
                    nodes.textNode("smoking"));
            case 3 -> symptom(root, at) + "/code";
            case 4 -> injection(root, at) + pick(new String[]{"/product", "/site"});
            case 5 -> append(root, injection(root, at) + "/reactions", nodes.textNode("rash"));
            case 6 -> headache(root, at) + "/type";
            case 7 -> append(root, headache(root, at) + "/associated", nodes.textNode("nausea"));
            case 8 -> {
                root.set("exercise", nodes.objectNode().put("planned", "walking").put("injectionSiteSoreness", "none"));
                yield pick(new String[]{"/exercise/planned", "/exercise/injectionSiteSoreness"});
            }
            default -> {
                root.set("allergyHistory", nodes.objectNode().put("b12InjectionReaction", "none")
                        .put("otherMedicationAllergies", false));
                yield "/allergyHistory/b12InjectionReaction";
            }
        };
        String code = node(root, pointer).textValue();
        String mangled = switch (random.nextInt(4)) {
            case 0 -> code + "x";
            case 1 -> code.toUpperCase();
            case 2 -> code.substring(0, code.length() - 1);
            default -> code.replace('_', ' ') + " ";
        };
        return set(root, pointer, nodes.textNode(mangled));
    }

    private String wrongType(ObjectNode root, LocalDateTime at) {
        return switch (random.nextInt(9)) {
            case 0 -> set(root, "/patient/id", nodes.numberNode(42));
            case 1 -> set(root, "/context", nodes.numberNode(1));
            case 2 -> set(root, headache(root, at) + "/severity", nodes.textNode("5"));
            case 3 -> set(root, dose(root, at), nodes.textNode("1000"));
            case 4 -> set(root, result(root, at) + "/value", nodes.textNode("12.5"));
            case 5 -> set(root, pick(new String[]{"/conditions", "/medications", "/symptoms", "/labs"}),
                    random.nextBoolean() ? nodes.objectNode() : nodes.textNode("none"));
            case 6 -> set(root, "/patient", nodes.textNode("P-0001"));
            case 7 -> {
                root.set("allergyHistory", nodes.objectNode().put("b12InjectionReaction", "none")
                        .put("otherMedicationAllergies", "no"));
                yield "/allergyHistory/otherMedicationAllergies";
            }
            default -> set(root, "/assessedAt", nodes.numberNode(20261121));
        };
    }

    private String badUnit(ObjectNode root, LocalDateTime at) {
        String result = result(root, at);
        Analyte analyte = Coded.fromCode(Analyte.class, result.substring(result.lastIndexOf('/') + 1)).orElseThrow();
        List<String> wrong = new ArrayList<>(List.of(FOREIGN_UNITS));
        for (LabUnit unit : LabUnit.values()) {
            if (!analyte.accepts(unit)) {
                wrong.add(unit.code());
            }
        }
        return set(root, result + "/unit", nodes.textNode(wrong.get(random.nextInt(wrong.size()))));
    }

    private String futureDate(ObjectNode root, LocalDateTime at) {
        return switch (random.nextInt(5)) {
            case 0 -> set(root, panel(root, at) + "/takenOn", rendering.day(at.toLocalDate().plusDays(1 + random.nextInt(300))));
            case 1 -> set(root, injection(root, at) + "/givenAt", rendering.moment(at.plusMinutes(1 + random.nextInt(10000))));
            case 2 -> set(root, headache(root, at) + "/onsetAt", rendering.moment(at.plusMinutes(1 + random.nextInt(10000))));
            case 3 -> set(root, symptom(root, at) + "/onsetAt", rendering.moment(at.plusMinutes(1 + random.nextInt(10000))));
            default -> set(root, "/patient/birthDate", rendering.day(at.toLocalDate().plusDays(1 + random.nextInt(1000))));
        };
    }

    private String beforeBirth(ObjectNode root, LocalDateTime at) {
        LocalDate birth = at.toLocalDate().minusYears(30);
        set(root, "/patient/birthDate", rendering.day(birth));
        LocalDateTime before = birth.atTime(9, 0).minusDays(1 + random.nextInt(1000));
        return switch (random.nextInt(3)) {
            case 0 -> set(root, panel(root, at) + "/takenOn", rendering.day(before.toLocalDate()));
            case 1 -> set(root, injection(root, at) + "/givenAt", rendering.moment(before));
            default -> set(root, headache(root, at) + "/onsetAt", rendering.moment(before));
        };
    }

    private String impossibleDate(ObjectNode root, LocalDateTime at) {
        boolean badTime = random.nextInt(4) == 0;
        String moment = badTime ? "2026-06-15" + pick(BAD_TIMES) : pick(BAD_DAYS) + "T10:00";
        return switch (random.nextInt(5)) {
            case 0 -> set(root, "/assessedAt", nodes.textNode(moment));
            case 1 -> set(root, "/patient/birthDate", nodes.textNode(pick(BAD_DAYS)));
            case 2 -> set(root, panel(root, at) + "/takenOn", nodes.textNode(pick(BAD_DAYS)));
            case 3 -> set(root, injection(root, at) + "/givenAt", nodes.textNode(moment));
            default -> set(root, headache(root, at) + "/onsetAt", nodes.textNode(moment));
        };
    }

    private String badDateFormat(ObjectNode root, LocalDateTime at) {
        return switch (random.nextInt(4)) {
            case 0 -> set(root, "/assessedAt", nodes.textNode(pick(BAD_MOMENT_FORMATS)));
            case 1 -> set(root, "/patient/birthDate", nodes.textNode(pick(BAD_DAY_FORMATS)));
            case 2 -> set(root, panel(root, at) + "/takenOn", nodes.textNode(pick(BAD_DAY_FORMATS)));
            default -> set(root, symptom(root, at) + "/onsetAt", nodes.textNode(pick(BAD_MOMENT_FORMATS)));
        };
    }

    private String missingRequired(ObjectNode root, LocalDateTime at) {
        String pointer = switch (random.nextInt(10)) {
            case 0 -> pick(new String[]{"/schemaVersion", "/context", "/assessedAt", "/patient"});
            case 1 -> pick(new String[]{"/patient/id", "/patient/sex"});
            case 2 -> symptom(root, at) + "/code";
            case 3 -> panel(root, at) + pick(new String[]{"/takenOn", "/results"});
            case 4 -> result(root, at) + pick(new String[]{"/value", "/unit"});
            case 5 -> injection(root, at) + pick(new String[]{"/givenAt", "/product", "/doseMicrograms", "/site"});
            case 6 -> headache(root, at) + pick(new String[]{"/onsetAt", "/severity", "/type"});
            case 7 -> {
                root.set("exercise", nodes.objectNode().put("planned", "walking").put("injectionSiteSoreness", "none"));
                yield pick(new String[]{"/exercise/planned", "/exercise/injectionSiteSoreness"});
            }
            case 8 -> {
                root.set("allergyHistory", nodes.objectNode().put("b12InjectionReaction", "mild")
                        .put("otherMedicationAllergies", true));
                yield pick(new String[]{"/allergyHistory/b12InjectionReaction", "/allergyHistory/otherMedicationAllergies"});
            }
            default -> {
                root.set("plannedInjection", nodes.objectNode().put("product", "cyanocobalamin").put("doseMicrograms", 1000)
                        .put("prescribedDoseMicrograms", 1000).put("site", "left_thigh"));
                yield "/plannedInjection/" + pick(new String[]{"product", "doseMicrograms", "prescribedDoseMicrograms", "site"});
            }
        };
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) node(root, pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        return pointer;
    }

    private String duplicateEvent(ObjectNode root, LocalDateTime at) {
        switch (random.nextInt(3)) {
            case 0 -> {
                JsonNode first = node(root, injection(root, at));
                return append(root, "/injections", first.deepCopy()) + "/givenAt";
            }
            case 1 -> {
                JsonNode first = node(root, headache(root, at));
                return append(root, "/headaches", first.deepCopy()) + "/onsetAt";
            }
            default -> {
                String result = result(root, at);
                String panel = result.substring(0, result.indexOf("/results"));
                String copy = append(root, "/labs", node(root, panel).deepCopy());
                return copy + result.substring(result.indexOf("/results"));
            }
        }
    }

    private String malformed(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, 1 + random.nextInt(text.length() - 1));
            case 1 -> text.substring(0, text.lastIndexOf('}')) + ",}";
            case 2 -> text.replaceFirst(":", "=");
            default -> text.replaceFirst("\"", "");
        };
    }

    // --- Finding or adding the entry a mutation needs; each returns the entry's pointer. ---

    private String symptom(ObjectNode root, LocalDateTime at) {
        return entry(root, "symptoms", () -> rendering.symptom(
                new Symptom(SymptomCode.FATIGUE, Optional.of(at.minusHours(5)))));
    }

    private String injection(ObjectNode root, LocalDateTime at) {
        return entry(root, "injections", () -> rendering.injection(new Injection(at.minusDays(3).withHour(9).withMinute(1),
                Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of())));
    }

    private String headache(ObjectNode root, LocalDateTime at) {
        return entry(root, "headaches", () -> rendering.headache(new HeadacheEntry(at.minusDays(2).withHour(14).withMinute(1),
                3, HeadacheType.TENSION, List.of())));
    }

    private String panel(ObjectNode root, LocalDateTime at) {
        return entry(root, "labs", () -> rendering.panel(new LabPanel(at.toLocalDate().minusDays(3),
                Map.of(Analyte.PLATELETS, new Quantity(210, LabUnit.GIGA_PER_L)))));
    }

    /** A result of some panel, adding a panel or a result when there is none. */
    private String result(ObjectNode root, LocalDateTime at) {
        String panel = panel(root, at);
        ObjectNode results = (ObjectNode) node(root, panel + "/results");
        if (results.isEmpty()) {
            results.set("mcv", rendering.quantity(new Quantity(92, LabUnit.FL)));
        }
        List<String> keys = new ArrayList<>();
        results.fieldNames().forEachRemaining(keys::add);
        return panel + "/results/" + keys.get(random.nextInt(keys.size()));
    }

    private String dose(ObjectNode root, LocalDateTime at) {
        if (random.nextBoolean()) {
            return injection(root, at) + "/doseMicrograms";
        }
        root.set("plannedInjection", nodes.objectNode().put("product", "hydroxocobalamin").put("doseMicrograms", 1000)
                .put("prescribedDoseMicrograms", 1000).put("site", "right_deltoid"));
        return "/plannedInjection/" + (random.nextBoolean() ? "doseMicrograms" : "prescribedDoseMicrograms");
    }

    private String entry(ObjectNode root, String list, Supplier<JsonNode> make) {
        JsonNode existing = root.get(list);
        if (existing == null || !existing.isArray() || existing.isEmpty()) {
            root.set(list, nodes.arrayNode().add(make.get()));
            return "/" + list + "/0";
        }
        return "/" + list + "/" + random.nextInt(existing.size());
    }

    private String append(ObjectNode root, String listPointer, JsonNode item) {
        JsonNode list = node(root, listPointer);
        if (list == null || !list.isArray()) {
            int slash = listPointer.lastIndexOf('/');
            list = ((ObjectNode) node(root, listPointer.substring(0, slash))).putArray(listPointer.substring(slash + 1));
        }
        ((ArrayNode) list).add(item);
        return listPointer + "/" + (list.size() - 1);
    }

    private String set(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = node(root, pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return pointer;
    }

    private JsonNode node(ObjectNode root, String pointer) {
        JsonNode node = pointer.isEmpty() ? root : root.at(pointer);
        return node.isMissingNode() ? null : node;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
