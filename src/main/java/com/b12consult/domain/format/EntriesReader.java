package com.b12consult.domain.format;

import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.Coded;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Product;
import com.b12consult.domain.SiteSoreness;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the sections about what happened and what is planned: symptoms, doses, headaches, allergy, exercise. */
final class EntriesReader {
    private static final List<String> SYMPTOM_KEYS = List.of("code", "onsetAt");
    private static final List<String> INJECTION_KEYS = List.of("givenAt", "product", "doseMicrograms", "site", "reactions");
    private static final List<String> HEADACHE_KEYS = List.of("onsetAt", "severity", "type", "associated");
    private static final List<String> ALLERGY_KEYS = List.of("b12InjectionReaction", "otherMedicationAllergies");
    private static final List<String> EXERCISE_KEYS = List.of("planned", "injectionSiteSoreness");
    private static final List<String> PLANNED_KEYS = List.of("product", "doseMicrograms", "prescribedDoseMicrograms", "site",
            "prescribedProduct", "dueOn");
    private static final List<String> STANDALONE_SYMPTOMS = Arrays.stream(SymptomCode.values())
            .filter(SymptomCode::isStandaloneSymptom).map(SymptomCode::code).toList();

    private final FieldReader fields;
    private final EventDates dates;

    EntriesReader(FieldReader fields, EventDates dates) {
        this.fields = fields;
        this.dates = dates;
    }

    List<Symptom> symptoms(ObjectNode root) {
        return fields.list(root, "", "symptoms", "[{\"code\": \"fatigue\"}]", (node, pointer) -> {
            Optional<ObjectNode> o = fields.object(node, pointer, "a symptom", SYMPTOM_KEYS);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            Optional<SymptomCode> code = fields.field(o.get(), pointer, "code", "the symptom code, e.g. \"fatigue\"")
                    .flatMap(n -> symptomCode(n, FieldReader.at(pointer, "code"), true));
            Optional<JsonNode> onsetNode = fields.field(o.get(), pointer, "onsetAt", null);
            Optional<LocalDateTime> onset = onsetNode
                    .flatMap(n -> moment(n, FieldReader.at(pointer, "onsetAt"), "a symptom's onset"));
            if (code.isEmpty() || onsetNode.isPresent() && onset.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Symptom(code.get(), onset));
        });
    }

    List<Injection> injections(ObjectNode root) {
        Map<LocalDateTime, String> seen = new HashMap<>();
        return fields.list(root, "", "injections", "[{\"givenAt\": \"2026-11-14T09:10\", ...}]", (node, pointer) -> {
            Optional<ObjectNode> o = fields.object(node, pointer, "an injection", INJECTION_KEYS);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode i = o.get();
            Optional<LocalDateTime> givenAt = fields.field(i, pointer, "givenAt", "when the dose was given, YYYY-MM-DDTHH:MM")
                    .flatMap(n -> moment(n, FieldReader.at(pointer, "givenAt"), "a dose given"));
            givenAt.ifPresent(t -> duplicate(seen, t, FieldReader.at(pointer, "givenAt"), "injection"));
            Optional<Product> product = product(i, pointer);
            Optional<Double> dose = dose(i, pointer, "doseMicrograms", "the dose given in micrograms, e.g. 1000");
            Optional<InjectionSite> site = site(i, pointer);
            List<SymptomCode> reactions = fields.list(i, pointer, "reactions", "[\"injection_site_soreness\"]",
                    (n, p) -> symptomCode(n, p, true));
            if (givenAt.isEmpty() || product.isEmpty() || dose.isEmpty() || site.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Injection(givenAt.get(), product.get(), dose.get(), site.get(), reactions));
        });
    }

    List<HeadacheEntry> headaches(ObjectNode root) {
        Map<LocalDateTime, String> seen = new HashMap<>();
        String example = "[{\"onsetAt\": \"2026-11-14T20:00\", \"severity\": 4, ...}]";
        return fields.list(root, "", "headaches", example, (node, pointer) -> {
            Optional<ObjectNode> o = fields.object(node, pointer, "a headache entry", HEADACHE_KEYS);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode h = o.get();
            Optional<LocalDateTime> onset = fields.field(h, pointer, "onsetAt", "when the headache began, YYYY-MM-DDTHH:MM")
                    .flatMap(n -> moment(n, FieldReader.at(pointer, "onsetAt"), "a headache"));
            onset.ifPresent(t -> duplicate(seen, t, FieldReader.at(pointer, "onsetAt"), "headache"));
            Optional<Integer> severity = fields.field(h, pointer, "severity", "a whole number from 0 (none) to 10 (worst)")
                    .flatMap(n -> severity(n, FieldReader.at(pointer, "severity")));
            Optional<HeadacheType> type = fields.field(h, pointer, "type", "one of " + String.join(", ",
                            Coded.codes(HeadacheType.class)) + " (use unknown when not known)")
                    .flatMap(n -> fields.code(n, FieldReader.at(pointer, "type"), HeadacheType.class, "headache type"));
            List<SymptomCode> associated = fields.list(h, pointer, "associated", "[\"nausea\", \"light_sensitivity\"]",
                    (n, p) -> symptomCode(n, p, false));
            if (onset.isEmpty() || severity.isEmpty() || type.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new HeadacheEntry(onset.get(), severity.get(), type.get(), associated));
        });
    }

    Optional<AllergyHistory> allergyHistory(ObjectNode root) {
        return fields.field(root, "", "allergyHistory", null).flatMap(node -> {
            String pointer = "/allergyHistory";
            Optional<ObjectNode> o = fields.object(node, pointer, "allergyHistory", ALLERGY_KEYS);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            Optional<B12InjectionReaction> reaction = fields.field(o.get(), pointer, "b12InjectionReaction",
                            "past reaction to B12 injections: " + String.join(", ", Coded.codes(B12InjectionReaction.class)))
                    .flatMap(n -> fields.code(n, FieldReader.at(pointer, "b12InjectionReaction"), B12InjectionReaction.class,
                            "past reaction to B12 injections"));
            Optional<Boolean> other = fields.field(o.get(), pointer, "otherMedicationAllergies",
                            "true or false: whether the patient has other medication allergies")
                    .flatMap(n -> fields.bool(n, FieldReader.at(pointer, "otherMedicationAllergies")));
            return reaction.isPresent() && other.isPresent()
                    ? Optional.of(new AllergyHistory(reaction.get(), other.get()))
                    : Optional.empty();
        });
    }

    Optional<ExercisePlan> exercise(ObjectNode root) {
        return fields.field(root, "", "exercise", null).flatMap(node -> {
            String pointer = "/exercise";
            Optional<ObjectNode> o = fields.object(node, pointer, "exercise", EXERCISE_KEYS);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            Optional<PlannedExercise> planned = fields.field(o.get(), pointer, "planned",
                            "what is planned on injection day: " + String.join(", ", Coded.codes(PlannedExercise.class)))
                    .flatMap(n -> fields.code(n, FieldReader.at(pointer, "planned"), PlannedExercise.class, "kind of exercise"));
            Optional<SiteSoreness> soreness = fields.field(o.get(), pointer, "injectionSiteSoreness",
                            "one of " + String.join(", ", Coded.codes(SiteSoreness.class)))
                    .flatMap(n -> fields.code(n, FieldReader.at(pointer, "injectionSiteSoreness"), SiteSoreness.class,
                            "injection-site soreness"));
            return planned.isPresent() && soreness.isPresent()
                    ? Optional.of(new ExercisePlan(planned.get(), soreness.get()))
                    : Optional.empty();
        });
    }

    Optional<PlannedInjection> plannedInjection(ObjectNode root) {
        return fields.field(root, "", "plannedInjection", null).flatMap(node -> {
            String pointer = "/plannedInjection";
            Optional<ObjectNode> o = fields.object(node, pointer, "plannedInjection", PLANNED_KEYS);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            Optional<Product> product = product(o.get(), pointer);
            Optional<Double> dose = dose(o.get(), pointer, "doseMicrograms",
                    "the dose about to be given in micrograms, e.g. 1000");
            Optional<Double> prescribed = dose(o.get(), pointer, "prescribedDoseMicrograms",
                    "the prescribed dose in micrograms, from the prescription, e.g. 1000");
            Optional<InjectionSite> site = site(o.get(), pointer);
            // optional: a missing key is no problem, a wrong value is
            boolean hasPrescribedProduct = o.get().hasNonNull("prescribedProduct");
            Optional<Product> prescribedProduct = hasPrescribedProduct
                    ? fields.code(o.get().get("prescribedProduct"), FieldReader.at(pointer, "prescribedProduct"), Product.class,
                    "prescribed B12 product") : Optional.empty();
            boolean hasDueOn = o.get().hasNonNull("dueOn");
            Optional<LocalDate> dueOn = hasDueOn
                    ? fields.day(o.get().get("dueOn"), FieldReader.at(pointer, "dueOn")) : Optional.empty();
            if (product.isEmpty() || dose.isEmpty() || prescribed.isEmpty() || site.isEmpty()
                    || hasPrescribedProduct && prescribedProduct.isEmpty() || hasDueOn && dueOn.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PlannedInjection(product.get(), dose.get(), prescribed.get(), site.get(),
                    prescribedProduct, dueOn));
        });
    }

    private Optional<SymptomCode> symptomCode(JsonNode node, String pointer, boolean standaloneOnly) {
        if (standaloneOnly && node.isTextual() && node.textValue().equals(SymptomCode.LIGHT_SENSITIVITY.code())) {
            return accepted(AssessmentValidator.standalone(SymptomCode.LIGHT_SENSITIVITY), pointer)
                    ? Optional.of(SymptomCode.LIGHT_SENSITIVITY) : Optional.empty();
        }
        List<String> accepted = standaloneOnly ? STANDALONE_SYMPTOMS : Coded.codes(SymptomCode.class);
        return fields.code(node, pointer, SymptomCode.class, "symptom code", accepted);
    }

    private Optional<Product> product(ObjectNode o, String pointer) {
        return fields.field(o, pointer, "product", "the B12 product: " + String.join(", ", Coded.codes(Product.class)))
                .flatMap(n -> fields.code(n, FieldReader.at(pointer, "product"), Product.class, "B12 product"));
    }

    private Optional<InjectionSite> site(ObjectNode o, String pointer) {
        return fields.field(o, pointer, "site", "the injection site: " + String.join(", ", Coded.codes(InjectionSite.class)))
                .flatMap(n -> fields.code(n, FieldReader.at(pointer, "site"), InjectionSite.class, "injection site"));
    }

    private Optional<Double> dose(ObjectNode o, String pointer, String key, String requiredHint) {
        String at = FieldReader.at(pointer, key);
        return fields.field(o, pointer, key, requiredHint).flatMap(n -> fields.number(n, at, "1000"))
                .filter(dose -> accepted(AssessmentValidator.dose(dose), at));
    }

    /** True when the validator found nothing; otherwise its problem is reported at the field. */
    private boolean accepted(Optional<String> problem, String pointer) {
        problem.ifPresent(message -> fields.problem(pointer, message));
        return problem.isEmpty();
    }

    private Optional<Integer> severity(JsonNode node, String pointer) {
        return fields.wholeNumber(node, pointer, "4", AssessmentValidator.severityRule()).flatMap(value -> {
            boolean onScale = value.compareTo(BigDecimal.ZERO) >= 0 && value.compareTo(BigDecimal.TEN) <= 0;
            String shown = value.stripTrailingZeros().toPlainString();
            return accepted(AssessmentValidator.severity(shown, onScale), pointer)
                    ? Optional.of(value.intValueExact()) : Optional.empty();
        });
    }

    private Optional<LocalDateTime> moment(JsonNode node, String pointer, String what) {
        Optional<LocalDateTime> moment = fields.moment(node, pointer);
        moment.ifPresent(t -> dates.check(t, pointer, what));
        return moment;
    }

    private void duplicate(Map<LocalDateTime, String> seen, LocalDateTime at, String pointer, String what) {
        AssessmentValidator.sameMinute(seen, at, pointer, what).ifPresent(message -> fields.problem(pointer, message));
    }
}
