package com.b12consult.domain.format;

import static com.b12consult.domain.format.ReaderChecks.onlyProblem;
import static com.b12consult.domain.format.ReaderChecks.valid;
import static com.b12consult.domain.format.ReaderChecks.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.Coded;
import com.b12consult.domain.SymptomCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unknown codes everywhere, the closest codes suggested, and where light_sensitivity may stand. */
class ReaderCodesTest {
    private static final String INJECTION = "{\"givenAt\": \"2026-03-01T09:00\", \"product\": \"hydroxocobalamin\","
            + " \"doseMicrograms\": 1000, \"site\": \"left_deltoid\", \"reactions\": %s}";
    private static final String HEADACHE = "{\"onsetAt\": \"2026-03-01T20:00\", \"severity\": 3, \"type\": \"%s\","
            + " \"associated\": %s}";

    @Test
    void aMisspeltSymptomNamesTheClosestCodeAndListsTheAccepted() {
        ValidationProblem p = onlyProblem(with("/symptoms", "[{\"code\": \"leg_swollen\"}]"), "/symptoms/0/code",
                "\"leg_swollen\" is not a known symptom code", "did you mean leg_swelling_one_sided?",
                "accepted: leg_swelling_one_sided, leg_pain_tenderness");
        assertFalse(p.message().contains("light_sensitivity"), "light_sensitivity is not accepted there, so not listed");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
        "/context              | \"clinic\"                  | /context                  | consultation, pre_injection",
        "/patient/sex          | \"F\"                       | /patient/sex              | did you mean female?",
        "/clotRiskFactors      | [\"smoker\"]                | /clotRiskFactors/0        | did you mean smoking?",
        "/conditions           | [\"pernicious_anaemia\"]    | /conditions/0             | did you mean pernicious_anemia?",
        "/medications          | [\"warfarin\"]              | /medications/0            | anticoagulant, platelet_lowering_medication, new_medication",
        "/headacheTriggers     | [\"caffeine\"]              | /headacheTriggers/0       | did you mean caffeine_changes?",
        "/allergyHistory       | {\"b12InjectionReaction\": \"anaphylaxis\", \"otherMedicationAllergies\": false} | /allergyHistory/b12InjectionReaction | none, mild, allergic",
        "/exercise             | {\"planned\": \"HIIT\", \"injectionSiteSoreness\": \"none\"} | /exercise/planned | did you mean hiit?",
        "/exercise             | {\"planned\": \"walking\", \"injectionSiteSoreness\": \"moderate\"} | /exercise/injectionSiteSoreness | none, mild, severe",
        "/plannedInjection     | {\"product\": \"methylcobalamin\", \"doseMicrograms\": 1000, \"prescribedDoseMicrograms\": 1000, \"site\": \"left_thigh\"} | /plannedInjection/product | hydroxocobalamin, cyanocobalamin",
        "/plannedInjection     | {\"product\": \"cyanocobalamin\", \"doseMicrograms\": 1000, \"prescribedDoseMicrograms\": 1000, \"site\": \"left deltoid\"} | /plannedInjection/site | did you mean left_deltoid?",
        "/plannedInjection     | {\"product\": \"cyanocobalamin\", \"doseMicrograms\": 1000, \"prescribedDoseMicrograms\": 1000, \"site\": \"left_deltoid\", \"prescribedProduct\": \"hydroxo\"} | /plannedInjection/prescribedProduct | hydroxocobalamin, cyanocobalamin"})
    void anUnknownCodeIsRefusedWherever(String at, String json, String pointer, String gist) {
        onlyProblem(with(at, json), pointer, "is not a known", gist);
    }

    @Test
    void anUnknownReactionOrHeadacheTypeOrAssociatedSymptomIsRefused() {
        onlyProblem(with("/injections", "[" + INJECTION.formatted("[\"soreness\"]") + "]"), "/injections/0/reactions/0",
                "did you mean injection_site_soreness?");
        onlyProblem(with("/headaches", "[" + HEADACHE.formatted("cluster", "[]") + "]"), "/headaches/0/type",
                "tension, migraine, other, unknown");
        onlyProblem(with("/headaches", "[" + HEADACHE.formatted("migraine", "[\"nausea\", \"photophobia\"]") + "]"),
                "/headaches/0/associated/1", "did you mean light_sensitivity?");
    }

    @Test
    void lightSensitivityIsAHeadacheFeatureOnly() {
        onlyProblem(with("/symptoms", "[{\"code\": \"light_sensitivity\"}]"), "/symptoms/0/code",
                "only with a headache", "headaches[].associated");
        onlyProblem(with("/injections", "[" + INJECTION.formatted("[\"rash\", \"light_sensitivity\"]") + "]"),
                "/injections/0/reactions/1", "only with a headache");
        Assessment a = valid(with("/headaches", "[" + HEADACHE.formatted("migraine", "[\"light_sensitivity\"]") + "]"));
        assertEquals(List.of(SymptomCode.LIGHT_SENSITIVITY), a.headaches().get(0).associated());
    }

    @Test
    void aCodeTwiceIsHarmlessAndKeptAsWritten() {
        Assessment a = valid(with("/clotRiskFactors", "[\"smoking\", \"obesity\", \"smoking\"]"));
        assertEquals(List.of(ClotRiskFactor.SMOKING, ClotRiskFactor.OBESITY, ClotRiskFactor.SMOKING), a.clotRiskFactors());
    }

    @Test
    void everySpecCodeReadsInItsPlace() {
        String all = String.join("\", \"", Coded.codes(ClotRiskFactor.class));
        assertEquals(ClotRiskFactor.values().length, valid(with("/clotRiskFactors", "[\"" + all + "\"]")).clotRiskFactors().size());
        List<String> standalone = java.util.Arrays.stream(SymptomCode.values()).filter(SymptomCode::isStandaloneSymptom)
                .map(c -> "{\"code\": \"" + c.code() + "\"}").toList();
        assertEquals(standalone.size(), valid(with("/symptoms", "[" + String.join(",", standalone) + "]")).symptoms().size());
    }

    @Test
    void suggestionsFollowWordsTyposCaseAndSynonyms() {
        List<String> symptoms = Coded.codes(SymptomCode.class);
        assertEquals(List.of("leg_swelling_one_sided"), CodeSuggestions.closest("leg_swollen", symptoms));
        assertEquals(List.of("chest_pain"), CodeSuggestions.closest("chest_pian", symptoms));
        assertEquals(List.of("chest_pain"), CodeSuggestions.closest("Chest Pain", symptoms));
        assertEquals(List.of("sudden_shortness_of_breath"), CodeSuggestions.closest("short_of_breath", symptoms));
        assertEquals(List.of("easy_bruising"), CodeSuggestions.closest("bruising", symptoms));
        assertEquals(List.of("coughing_blood"), CodeSuggestions.closest("haemoptysis", symptoms));
        assertTrue(CodeSuggestions.closest("leg_hurts", symptoms).stream().allMatch(c -> c.startsWith("leg_")));
        assertTrue(CodeSuggestions.closest("xyzzy", symptoms).isEmpty());
    }

    @Test
    void thePrescribedProductAndTheDueDayAreReadAndWrittenBack() {
        String planned = "{\"product\": \"cyanocobalamin\", \"doseMicrograms\": 1000, \"prescribedDoseMicrograms\": 1000,"
                + " \"site\": \"left_deltoid\", \"prescribedProduct\": \"hydroxocobalamin\", \"dueOn\": \"2026-03-12\"}";
        Assessment a = valid(with("/plannedInjection", planned));
        var p = a.plannedInjection().orElseThrow();
        assertEquals(com.b12consult.domain.Product.HYDROXOCOBALAMIN, p.prescribedProduct().orElseThrow());
        assertEquals(java.time.LocalDate.of(2026, 3, 12), p.dueOn().orElseThrow());
        assertEquals(a, valid(new AssessmentWriter().toJson(a)), "written and read back the same");
        onlyProblem(with("/plannedInjection", planned.replace("2026-03-12", "2026-13-01")), "/plannedInjection/dueOn", "");
    }

    @Test
    void feverIsASymptomCodeOfItsOwn() {
        Assessment a = valid(with("/symptoms", "[{\"code\": \"fever\"}]"));
        assertEquals(SymptomCode.FEVER, a.symptoms().get(0).code());
    }
}
