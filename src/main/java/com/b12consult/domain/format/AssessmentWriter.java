package com.b12consult.domain.format;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.Coded;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Symptom;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Assessment} as an assessment file (version 1), so that reading it back gives an equal
 * assessment. Keys come in the spec's order, so two saves of the same consultation are byte for byte the same and
 * a diff shows only what changed. Empty lists and absent sections are left out at the top level; inside an
 * injection or a headache, {@code reactions} and {@code associated} are always written, so "none noted" is explicit.
 *
 * <p>The file keeps minutes: seconds in a time are dropped. The writer does not validate; use
 * {@link AssessmentValidator#problemsIn(Assessment)} to learn what reading the file back would refuse.
 */
public final class AssessmentWriter {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectWriter writer;

    public AssessmentWriter() {
        ObjectMapper mapper = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        // One item per line, codes included: a saved consultation then diffs line by line.
        pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        pretty.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        this.writer = mapper.writer(pretty);
    }

    /** The file's text, ending with a newline. */
    public String toJson(Assessment assessment) {
        try {
            return writer.writeValueAsString(toTree(assessment)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
    }

    /** Writes UTF-8 to the stream, which is left open. */
    public void write(Assessment assessment, OutputStream out) throws IOException {
        out.write(toJson(assessment).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Writes the file through a temporary file beside it, then moves it into place, so a crash mid-write never
     * leaves a half-written assessment where a complete one was.
     */
    public void write(Assessment assessment, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, toJson(assessment), StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public ObjectNode toTree(Assessment a) {
        ObjectNode root = nodes.objectNode();
        root.put("schemaVersion", a.schemaVersion());
        root.put("context", a.context().code());
        root.put("assessedAt", IsoDates.format(a.assessedAt()));
        root.set("patient", patient(a.patient()));
        codes(root, "clotRiskFactors", a.clotRiskFactors());
        codes(root, "conditions", a.conditions());
        codes(root, "medications", a.medications());
        if (!a.symptoms().isEmpty()) {
            ArrayNode symptoms = root.putArray("symptoms");
            a.symptoms().forEach(s -> symptoms.add(symptom(s)));
        }
        a.allergyHistory().ifPresent(h -> root.putObject("allergyHistory")
                .put("b12InjectionReaction", h.b12InjectionReaction().code())
                .put("otherMedicationAllergies", h.otherMedicationAllergies()));
        if (!a.labs().isEmpty()) {
            ArrayNode labs = root.putArray("labs");
            a.labs().forEach(p -> labs.add(panel(p)));
        }
        if (!a.injections().isEmpty()) {
            ArrayNode injections = root.putArray("injections");
            a.injections().forEach(i -> injections.add(injection(i)));
        }
        if (!a.headaches().isEmpty()) {
            ArrayNode headaches = root.putArray("headaches");
            a.headaches().forEach(h -> headaches.add(headache(h)));
        }
        codes(root, "headacheTriggers", a.headacheTriggers());
        a.exercise().ifPresent(e -> root.putObject("exercise")
                .put("planned", e.planned().code())
                .put("injectionSiteSoreness", e.injectionSiteSoreness().code()));
        a.plannedInjection().ifPresent(p -> {
            ObjectNode planned = root.putObject("plannedInjection");
            planned.put("product", p.product().code());
            planned.set("doseMicrograms", number(p.doseMicrograms()));
            planned.set("prescribedDoseMicrograms", number(p.prescribedDoseMicrograms()));
            planned.put("site", p.site().code());
            p.prescribedProduct().ifPresent(pp -> planned.put("prescribedProduct", pp.code()));
            p.dueOn().ifPresent(d -> planned.put("dueOn", IsoDates.format(d)));
        });
        return root;
    }

    private ObjectNode patient(PatientInfo p) {
        ObjectNode patient = nodes.objectNode().put("id", p.id()).put("sex", p.sex().code());
        p.birthDate().ifPresent(d -> patient.put("birthDate", IsoDates.format(d)));
        return patient;
    }

    private ObjectNode symptom(Symptom s) {
        ObjectNode symptom = nodes.objectNode().put("code", s.code().code());
        s.onsetAt().ifPresent(t -> symptom.put("onsetAt", IsoDates.format(t)));
        return symptom;
    }

    private ObjectNode panel(LabPanel p) {
        ObjectNode panel = nodes.objectNode().put("takenOn", IsoDates.format(p.takenOn()));
        ObjectNode results = panel.putObject("results");
        // LabPanel keeps an EnumMap, so results come in the spec's order of analytes.
        for (Map.Entry<Analyte, Quantity> e : p.results().entrySet()) {
            ObjectNode result = results.putObject(e.getKey().code());
            result.set("value", number(e.getValue().value()));
            result.put("unit", e.getValue().unit().code());
        }
        return panel;
    }

    private ObjectNode injection(Injection i) {
        ObjectNode injection = nodes.objectNode()
                .put("givenAt", IsoDates.format(i.givenAt()))
                .put("product", i.product().code());
        injection.set("doseMicrograms", number(i.doseMicrograms()));
        injection.put("site", i.site().code());
        injection.set("reactions", codeArray(i.reactions()));
        return injection;
    }

    private ObjectNode headache(HeadacheEntry h) {
        ObjectNode headache = nodes.objectNode()
                .put("onsetAt", IsoDates.format(h.onsetAt()))
                .put("severity", h.severity())
                .put("type", h.type().code());
        headache.set("associated", codeArray(h.associated()));
        return headache;
    }

    private void codes(ObjectNode root, String key, List<? extends Coded> codes) {
        if (!codes.isEmpty()) {
            root.set(key, codeArray(codes));
        }
    }

    private ArrayNode codeArray(List<? extends Coded> codes) {
        ArrayNode array = nodes.arrayNode();
        codes.forEach(c -> array.add(c.code()));
        return array;
    }

    /** Whole numbers without ".0" (1000, not 1000.0), others in the shortest form that reads back to the same double. */
    private JsonNode number(double value) {
        BigDecimal shortest = BigDecimal.valueOf(value).stripTrailingZeros();
        if (shortest.scale() < 0) {
            shortest = shortest.setScale(0);
        }
        return nodes.numberNode(shortest);
    }
}
