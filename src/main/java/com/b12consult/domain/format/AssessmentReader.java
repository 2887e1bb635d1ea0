package com.b12consult.domain.format;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.Coded;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.Sex;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads an assessment file (version 1, see the spec's assessment-format.md) into an {@link Assessment}, or refuses
 * it with every problem found. Nothing is guessed: an unknown key, code or unit is an error, not silently dropped,
 * because a misspelt symptom must never vanish from a safety check.
 *
 * <p>Required: {@code schemaVersion} (1), {@code context}, {@code assessedAt}, {@code patient} with {@code id} and
 * {@code sex}; inside an entry, every field the domain record needs ({@code labs[].takenOn} and {@code results},
 * a result's {@code value} and {@code unit}, an injection's {@code givenAt}, {@code product},
 * {@code doseMicrograms} and {@code site}, a headache's {@code onsetAt}, {@code severity} and {@code type}, a
 * symptom's {@code code}, and all fields of {@code allergyHistory}, {@code exercise} and {@code plannedInjection}
 * when those are given). Optional: {@code patient.birthDate}, a symptom's {@code onsetAt}, every list (absent means
 * empty), {@code reactions}, {@code associated}, and the {@code allergyHistory}, {@code exercise} and
 * {@code plannedInjection} sections. A JSON null counts as absent.
 *
 * <p>Duplicates: the same code twice in a list is harmless (a code present twice means the same as once) and is
 * kept as written. A JSON object with the same key twice, two doses or two headaches at the same minute, and the
 * same lab twice on one day are refused, because each would be read as two events or leave it unclear which value
 * counts.
 */
public final class AssessmentReader {
    private static final List<String> ROOT_KEYS = List.of("schemaVersion", "context", "assessedAt", "patient",
            "clotRiskFactors", "conditions", "medications", "symptoms", "allergyHistory", "labs", "injections",
            "headaches", "headacheTriggers", "exercise", "plannedInjection");
    private static final List<String> PATIENT_KEYS = List.of("id", "sex", "birthDate");

    public Assessment read(String json) throws InvalidAssessmentException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode tree;
        try {
            tree = JsonTrees.parse(text);
        } catch (JsonProcessingException e) {
            throw new InvalidAssessmentException(List.of(syntaxProblem(e)));
        }
        return read(tree);
    }

    /** Reads the whole stream (UTF-8, UTF-16 or UTF-32, as JSON allows); the stream is not closed. */
    public Assessment read(InputStream in) throws IOException, InvalidAssessmentException {
        return readBytes(in.readAllBytes());
    }

    public Assessment read(Path file) throws IOException, InvalidAssessmentException {
        return readBytes(Files.readAllBytes(file));
    }

    /** Reads an already parsed tree, e.g. the {@code assessment} part of a larger document. */
    public Assessment read(JsonNode tree) throws InvalidAssessmentException {
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidAssessmentException(List.of(new ValidationProblem("",
                    "the file is empty; an assessment file is a JSON object starting with {\"schemaVersion\": 1, ...")));
        }
        FieldReader fields = new FieldReader();
        if (tree.isObject() && !schemaVersion((ObjectNode) tree, fields)) {
            throw new InvalidAssessmentException(fields.problems());
        }
        Optional<Assessment> assessment = fields.object(tree, "", "the assessment file", ROOT_KEYS)
                .flatMap(root -> assessment(root, fields));
        if (!fields.problems().isEmpty()) {
            throw new InvalidAssessmentException(fields.problems());
        }
        return assessment.orElseThrow(() -> new IllegalStateException("assessment neither read nor refused"));
    }

    private Assessment readBytes(byte[] bytes) throws InvalidAssessmentException {
        JsonNode tree;
        try {
            tree = JsonTrees.parse(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidAssessmentException(List.of(syntaxProblem(e)));
        } catch (IOException e) {
            // Reading from a byte array does no I/O; only a malformed encoding ends up here.
            throw new InvalidAssessmentException(List.of(new ValidationProblem("",
                    "the file is not readable text (" + e.getMessage() + "); save it as UTF-8")));
        }
        return read(tree);
    }

    private static ValidationProblem syntaxProblem(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String place = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
        String detail = String.valueOf(e.getOriginalMessage()).split("\n")[0];
        String hint;
        if (detail.contains("end-of-input")) {
            hint = "the file ends too early; a closing } or ] or a quote is missing";
        } else if (detail.startsWith("Duplicate field")) {
            hint = detail.replace("Duplicate field", "the same field is given twice:") + "; keep one";
        } else if (detail.contains("was expecting double-quote to start field name")) {
            hint = detail + " (field names go in double quotes, and no comma may stand just before a })";
        } else {
            hint = detail;
        }
        return new ValidationProblem("", place + "the file is not valid JSON: " + hint);
    }

    private Optional<Assessment> assessment(ObjectNode root, FieldReader fields) {
        Optional<AssessmentContext> context = fields.field(root, "", "context",
                        "who is assessing: " + String.join(", ", Coded.codes(AssessmentContext.class)))
                .flatMap(n -> fields.code(n, "/context", AssessmentContext.class, "context"));
        Optional<LocalDateTime> assessedAt = fields.field(root, "", "assessedAt",
                        "when the assessment is made, YYYY-MM-DDTHH:MM, e.g. 2026-11-21T10:30")
                .flatMap(n -> fields.moment(n, "/assessedAt"));
        AtomicReference<LocalDate> birthDate = new AtomicReference<>();
        Optional<PatientInfo> patient = patient(root, fields, assessedAt.orElse(null), birthDate);

        // the birth date bounds the events even when another patient field is wrong, as the validator's does
        EventDates dates = new EventDates(fields, assessedAt.orElse(null), birthDate.get());
        EntriesReader entries = new EntriesReader(fields, dates);
        List<ClotRiskFactor> clotRiskFactors = codes(root, fields, "clotRiskFactors", ClotRiskFactor.class, "clot risk factor");
        List<MedicalCondition> conditions = codes(root, fields, "conditions", MedicalCondition.class, "condition");
        List<Medication> medications = codes(root, fields, "medications", Medication.class, "medication class");
        var symptoms = entries.symptoms(root);
        var allergyHistory = entries.allergyHistory(root);
        var labs = new LabsReader(fields, dates).read(root);
        var injections = entries.injections(root);
        var headaches = entries.headaches(root);
        List<HeadacheTrigger> triggers = codes(root, fields, "headacheTriggers", HeadacheTrigger.class, "headache trigger");
        var exercise = entries.exercise(root);
        var plannedInjection = entries.plannedInjection(root);

        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Assessment(Assessment.SCHEMA_VERSION, context.orElseThrow(), assessedAt.orElseThrow(),
                patient.orElseThrow(), clotRiskFactors, conditions, medications, symptoms, allergyHistory, labs,
                injections, headaches, triggers, exercise, plannedInjection));
    }

    /**
     * False when the file is from a newer version: its other fields may mean something else, so they are not
     * checked against version 1 and the only problem reported is the version.
     */
    private static boolean schemaVersion(ObjectNode root, FieldReader fields) {
        Optional<JsonNode> node = fields.field(root, "", "schemaVersion", "add \"schemaVersion\": 1 (this app reads version 1)");
        if (node.isEmpty()) {
            return true;
        }
        JsonNode version = node.get();
        if (version.isNumber() && version.decimalValue().compareTo(BigDecimal.ONE) == 0) {
            return true;
        }
        if (version.isIntegralNumber() && version.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            fields.problem("/schemaVersion", "this file is version " + version.asText()
                    + "; this app reads version 1 only. Open it with a newer version of B12 Consult");
            return false;
        }
        String hint = version.isTextual() && version.textValue().trim().equals("1") ? "; write it without quotes: 1" : "";
        fields.problem("/schemaVersion", "must be the number 1; found " + FieldReader.describe(version) + hint);
        return true;
    }

    private static Optional<PatientInfo> patient(ObjectNode root, FieldReader fields, LocalDateTime assessedAt,
                                                 AtomicReference<LocalDate> plausibleBirthDate) {
        return fields.field(root, "", "patient", "who the assessment is about: {\"id\": ..., \"sex\": ...}")
                .flatMap(node -> fields.object(node, "/patient", "patient", PATIENT_KEYS))
                .flatMap(patient -> {
                    Optional<String> id = fields.field(patient, "/patient", "id", "the patient's identifier, e.g. \"P-0042\"")
                            .flatMap(n -> fields.text(n, "/patient/id", "P-0042"))
                            .filter(text -> {
                                if (text.isBlank()) {
                                    fields.problem("/patient/id", "is empty; give the patient's identifier, e.g. \"P-0042\"");
                                }
                                return !text.isBlank();
                            });
                    Optional<Sex> sex = fields.field(patient, "/patient", "sex",
                                    "one of " + String.join(", ", Coded.codes(Sex.class))
                                            + " (sex-specific hemoglobin limits need it; use unknown when not recorded)")
                            .flatMap(n -> fields.code(n, "/patient/sex", Sex.class, "sex"));
                    Optional<JsonNode> birthNode = fields.field(patient, "/patient", "birthDate", null);
                    Optional<LocalDate> birthDate = birthNode.flatMap(n -> fields.day(n, "/patient/birthDate"))
                            .filter(day -> plausibleBirthDate(day, assessedAt, fields));
                    birthDate.ifPresent(plausibleBirthDate::set);
                    if (id.isEmpty() || sex.isEmpty() || birthNode.isPresent() && birthDate.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new PatientInfo(id.get(), sex.get(), birthDate));
                });
    }

    private static boolean plausibleBirthDate(LocalDate birthDate, LocalDateTime assessedAt, FieldReader fields) {
        Optional<String> problem = assessedAt == null ? Optional.empty()
                : AssessmentValidator.birthDate(birthDate, assessedAt);
        problem.ifPresent(message -> fields.problem("/patient/birthDate", message));
        return problem.isEmpty();
    }

    private static <E extends Enum<E> & Coded> List<E> codes(ObjectNode root, FieldReader fields, String key,
                                                             Class<E> type, String noun) {
        return fields.list(root, "", key, "[\"" + Coded.codes(type).get(0) + "\"]",
                (node, pointer) -> fields.code(node, pointer, type, noun));
    }
}
