package com.b12consult.ui.consult;

import com.b12consult.domain.format.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says where an assessment problem is in the clinic's words rather than as a JSON pointer:
 * {@code /injections/1/doseMicrograms} becomes "Doses given, entry 2, dose micrograms".
 */
final class PlainWords {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("assessedAt", "Time of the consultation"),
            Map.entry("patient", "Patient"),
            Map.entry("birthDate", "birth date"),
            Map.entry("clotRiskFactors", "Clot risk factors"),
            Map.entry("conditions", "Conditions"),
            Map.entry("medications", "Medications"),
            Map.entry("symptoms", "Current symptoms"),
            Map.entry("onsetAt", "when it began"),
            Map.entry("allergyHistory", "Allergy history"),
            Map.entry("labs", "Blood count"),
            Map.entry("takenOn", "date taken"),
            Map.entry("results", "results"),
            Map.entry("injections", "Doses given"),
            Map.entry("givenAt", "time given"),
            Map.entry("doseMicrograms", "dose"),
            Map.entry("prescribedDoseMicrograms", "prescribed dose"),
            Map.entry("headaches", "Headache diary"),
            Map.entry("headacheTriggers", "Headache triggers"),
            Map.entry("exercise", "Exercise"),
            Map.entry("plannedInjection", "Dose today"));

    private PlainWords() {
    }

    static FieldProblem of(ValidationProblem problem) {
        if (problem.pointer().isEmpty()) {
            return new FieldProblem("The consultation", problem.message());
        }
        List<String> words = new ArrayList<>();
        for (String part : problem.pointer().substring(1).split("/")) {
            String p = part.replace("~1", "/").replace("~0", "~");
            if (p.matches("\\d+")) {
                words.add("entry " + (Integer.parseInt(p) + 1));
            } else {
                words.add(NAMES.getOrDefault(p, spaced(p)));
            }
        }
        return new FieldProblem(String.join(", ", words), problem.message());
    }

    /** {@code injectionSiteSoreness} as "injection site soreness". */
    private static String spaced(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
