package com.b12consult.domain.format;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Coded;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code labs[]}: the draws, their results, units, and whether each value is one a person can have. */
final class LabsReader {
    private static final List<String> PANEL_KEYS = List.of("takenOn", "results");
    private static final List<String> RESULT_KEYS = List.of("value", "unit");

    /** Names for analytes seen on lab reports; only ever suggested, never accepted in place of the code. */
    private static final Map<String, Analyte> ANALYTE_ALIASES = Map.ofEntries(
            Map.entry("plt", Analyte.PLATELETS), Map.entry("platelet", Analyte.PLATELETS),
            Map.entry("hb", Analyte.HEMOGLOBIN), Map.entry("hgb", Analyte.HEMOGLOBIN),
            Map.entry("haemoglobin", Analyte.HEMOGLOBIN), Map.entry("hct", Analyte.HEMATOCRIT),
            Map.entry("haematocrit", Analyte.HEMATOCRIT), Map.entry("pcv", Analyte.HEMATOCRIT),
            Map.entry("cobalamin", Analyte.B12), Map.entry("vitamin_b12", Analyte.B12),
            Map.entry("b_12", Analyte.B12), Map.entry("folic_acid", Analyte.FOLATE),
            Map.entry("retic", Analyte.RETICULOCYTES), Map.entry("retics", Analyte.RETICULOCYTES));

    /** Unit spellings seen on lab reports, after {@link #normalizeUnit}; suggested, never silently accepted. */
    private static final Map<String, LabUnit> UNIT_ALIASES = Map.ofEntries(
            Map.entry("k/ul", LabUnit.THOUSAND_PER_UL), Map.entry("thou/ul", LabUnit.THOUSAND_PER_UL),
            Map.entry("/mm3", LabUnit.PER_UL), Map.entry("cells/ul", LabUnit.PER_UL), Map.entry("/cumm", LabUnit.PER_UL),
            Map.entry("percent", LabUnit.PERCENT), Map.entry("fraction", LabUnit.L_PER_L),
            Map.entry("um3", LabUnit.FL), Map.entry("femtolitres", LabUnit.FL), Map.entry("femtoliters", LabUnit.FL));

    private final FieldReader fields;
    private final EventDates dates;
    private final Map<LocalDate, Map<Analyte, String>> seen = new HashMap<>();

    LabsReader(FieldReader fields, EventDates dates) {
        this.fields = fields;
        this.dates = dates;
    }

    List<LabPanel> read(ObjectNode root) {
        return fields.list(root, "", "labs", "[{\"takenOn\": \"2026-11-01\", \"results\": {...}}]", this::panel);
    }

    private Optional<LabPanel> panel(JsonNode node, String pointer) {
        Optional<ObjectNode> panel = fields.object(node, pointer, "a lab panel", PANEL_KEYS);
        if (panel.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> takenOn = fields.field(panel.get(), pointer, "takenOn", "the day the blood was taken, YYYY-MM-DD")
                .flatMap(n -> day(n, FieldReader.at(pointer, "takenOn")));
        Optional<Map<Analyte, Quantity>> results = fields.field(panel.get(), pointer, "results",
                        "the results of this draw, e.g. {\"platelets\": {\"value\": 240, \"unit\": \"10*9/L\"}}")
                .flatMap(n -> results(n, FieldReader.at(pointer, "results"), takenOn.orElse(null)));
        if (takenOn.isEmpty() || results.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabPanel(takenOn.get(), results.get()));
    }

    private Optional<LocalDate> day(JsonNode node, String pointer) {
        Optional<LocalDate> day = fields.day(node, pointer);
        day.ifPresent(d -> dates.check(d, pointer, "a lab result"));
        return day;
    }

    private Optional<Map<Analyte, Quantity>> results(JsonNode node, String pointer, LocalDate takenOn) {
        if (!node.isObject()) {
            fields.problem(pointer, "must be an object of results by lab, "
                    + "e.g. {\"b12\": {\"value\": 320, \"unit\": \"pg/mL\"}}; found "
                    + FieldReader.describe(node));
            return Optional.empty();
        }
        Map<Analyte, Quantity> results = new EnumMap<>(Analyte.class);
        boolean allRead = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String resultPointer = FieldReader.at(pointer, entry.getKey());
            Optional<Analyte> analyte = Coded.fromCode(Analyte.class, entry.getKey());
            if (analyte.isEmpty()) {
                fields.problem(resultPointer, unknownAnalyte(entry.getKey()));
                allRead = false;
                continue;
            }
            if (entry.getValue().isNull()) {
                fields.problem(resultPointer,
                        "no result given (null); remove the entry or give {\"value\": ..., \"unit\": ...}");
                allRead = false;
                continue;
            }
            Optional<Quantity> quantity = quantity(entry.getValue(), resultPointer, analyte.get());
            if (quantity.isPresent()) {
                results.put(analyte.get(), quantity.get());
                sameDayRepeat(takenOn, analyte.get(), resultPointer);
            } else {
                allRead = false;
            }
        }
        return allRead ? Optional.of(results) : Optional.empty();
    }

    private void sameDayRepeat(LocalDate takenOn, Analyte analyte, String pointer) {
        if (takenOn != null) {
            AssessmentValidator.sameDayLab(seen, takenOn, analyte, pointer).ifPresent(m -> fields.problem(pointer, m));
        }
    }

    private Optional<Quantity> quantity(JsonNode node, String pointer, Analyte analyte) {
        Optional<ObjectNode> result = fields.object(node, pointer, "a lab result", RESULT_KEYS);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        String example = analyte.acceptedUnits().get(0).code();
        Optional<Double> value = fields.field(result.get(), pointer, "value", "the number from the lab report")
                .flatMap(n -> fields.number(n, FieldReader.at(pointer, "value"), "240"));
        Optional<LabUnit> unit = fields.field(result.get(), pointer, "unit",
                        "the unit from the lab report; for " + analyte.label() + ": " + accepted(analyte))
                .flatMap(n -> fields.text(n, FieldReader.at(pointer, "unit"), example))
                .flatMap(text -> unit(text, analyte, FieldReader.at(pointer, "unit"), value.orElse(null)));
        if (value.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        Quantity quantity = new Quantity(value.get(), unit.get());
        Optional<String> implausible = AssessmentValidator.labValue(analyte, quantity);
        implausible.ifPresent(message -> fields.problem(FieldReader.at(pointer, "value"), message));
        return implausible.isPresent() ? Optional.empty() : Optional.of(quantity);
    }

    private Optional<LabUnit> unit(String text, Analyte analyte, String pointer, Double value) {
        Optional<LabUnit> unit = Coded.fromCode(LabUnit.class, text).filter(analyte::accepts);
        if (unit.isPresent()) {
            return unit;
        }
        fields.problem(pointer, unitProblem(text, analyte, value));
        return Optional.empty();
    }

    /** Why {@code text} is not a unit of {@code analyte}: the likely unit meant, what is accepted, a conversion. */
    static String unitProblem(String text, Analyte analyte, Double value) {
        StringBuilder message = new StringBuilder("\"" + text + "\" is not a unit for " + analyte.label());
        Optional<LabUnit> likely = likelyUnit(text, analyte);
        message.append(likely.isPresent() ? "; did you mean \"" + likely.get().code() + "\"?" : ".");
        message.append(" Accepted: ").append(accepted(analyte));
        LabPlausibility.conversionHint(analyte, text, value).ifPresent(hint -> message.append(". ").append(hint));
        return message.toString();
    }

    private static Optional<LabUnit> likelyUnit(String text, Analyte analyte) {
        String normal = normalizeUnit(text);
        for (LabUnit u : analyte.acceptedUnits()) {
            if (normalizeUnit(u.code()).equals(normal)) {
                return Optional.of(u);
            }
        }
        return Optional.ofNullable(UNIT_ALIASES.get(normal)).filter(analyte::accepts);
    }

    /** Folds the usual ways of writing a unit together: case, spaces, micro signs, 10^9 and x10e9. */
    private static String normalizeUnit(String unit) {
        return unit.trim().toLowerCase(Locale.ROOT)
                .replace('\u00b5', 'u').replace('\u03bc', 'u').replace("mcg", "ug").replace("mcl", "ul")
                .replaceAll("\\s+", "")
                .replaceAll("^x?10[\\^e*](\\d)", "10*$1");
    }

    private static String unknownAnalyte(String key) {
        List<String> codes = Coded.codes(Analyte.class);
        String normal = key.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        Analyte alias = ANALYTE_ALIASES.get(normal);
        List<String> near = alias != null ? List.of(alias.code()) : CodeSuggestions.closest(key, codes);
        return "\"" + key + "\" is not a lab this file records"
                + (near.isEmpty() ? "." : "; did you mean " + CodeSuggestions.orList(near) + "?")
                + " Accepted: " + String.join(", ", codes);
    }

    private static String accepted(Analyte analyte) {
        return String.join(", ", analyte.acceptedUnits().stream().map(LabUnit::code).toList());
    }
}
