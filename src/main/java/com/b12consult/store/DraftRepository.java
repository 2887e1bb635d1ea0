package com.b12consult.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The consultation drafts of one workstation user: one per patient each, so two people with one patient's
 * consultation open in two rooms never overwrite or restore each other's. Saved many times a minute while a
 * clinician types, so a save is short, and it is not audited: a draft is not part of the record until the
 * consultation is saved. A draft kept before drafts had authors (schema 9) belongs to nobody ({@link #UNOWNED}):
 * it is offered to whoever opens that patient's consultation, and becomes theirs at their next save.
 */
public final class DraftRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, LinkedHashMap<String, String>>> STEPS = new TypeReference<>() {
    };

    /**
     * The draft format written: {@code {"format": 2, "steps": {step id: {field: text}}}}. Format 1 (before step ids)
     * was the bare map keyed by the steps' titles; it is read through {@link #FORMAT_1_TITLES}, so a draft kept by
     * an older version still restores, and is written as format 2 the next time it is kept.
     */
    static final int FORMAT = 2;
    /** The step titles format 1 was keyed by, as they were then, and the step ids they became. Frozen. */
    static final Map<String, String> FORMAT_1_TITLES = Map.of("Injections", "injections", "Clot risk", "clot-risk",
            "Blood count", "blood-count", "Headaches", "headaches", "Exercise", "exercise", "Review", "review");

    /** The author of a draft kept before schema 9. */
    static final String UNOWNED = "";
    private static final String COLUMNS = "patient_id, steps_json, saved_at";
    /** This user's drafts, and those of nobody that this user has none beside. */
    private static final String MINE = "(typed_by = ? OR (typed_by = '' AND NOT EXISTS (SELECT 1 FROM consultation_drafts"
            + " o WHERE o.patient_id = consultation_drafts.patient_id AND o.typed_by = ?)))";

    private final Database database;
    private final String typedBy;

    /** @param typedBy the workstation user whose drafts these are (not blank) */
    public DraftRepository(Database database, String typedBy) {
        this.database = Objects.requireNonNull(database, "database");
        this.typedBy = Objects.requireNonNull(typedBy, "typedBy").strip();
        if (this.typedBy.isEmpty()) {
            throw new IllegalArgumentException("a draft's author must not be blank");
        }
    }

    /**
     * Keeps the draft as this user's only one for the patient (an unowned one of the patient's becomes this one).
     * A draft older than the one kept is ignored, so a save that was queued behind a later one never brings back
     * what was typed over.
     *
     * @throws RecordNotFoundException if the patient is not in the database
     */
    public void save(ConsultationDraft draft) {
        String json;
        try {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("format", FORMAT);
            document.put("steps", draft.steps());
            json = JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The draft cannot be written as JSON: " + e.getMessage(), e);
        }
        database.inTransaction(c -> {
            Repositories.requirePatient(c, draft.patientId());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO consultation_drafts (patient_id, typed_by,"
                    + " steps_json, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (patient_id, typed_by) DO UPDATE SET"
                    + " steps_json = excluded.steps_json, saved_at = excluded.saved_at"
                    + " WHERE excluded.saved_at >= consultation_drafts.saved_at")) {
                s.setLong(1, draft.patientId());
                s.setString(2, typedBy);
                s.setString(3, json);
                s.setString(4, StoredValues.instant(draft.savedAt()));
                s.executeUpdate();
            }
            deleteUnowned(c, draft.patientId());
            return null;
        });
    }

    /** This user's draft for the patient (or the patient's unowned one), never another user's. */
    public Optional<ConsultationDraft> findByPatient(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM consultation_drafts"
                    + " WHERE patient_id = ? AND " + MINE)) {
                s.setLong(1, patientId);
                s.setString(2, typedBy);
                s.setString(3, typedBy);
                return all(s).stream().findFirst();
            }
        });
    }

    /** This user's drafts (and the unowned ones of patients this user has none for), the most recently typed first. */
    public List<ConsultationDraft> listAll() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM consultation_drafts WHERE " + MINE
                    + " ORDER BY saved_at DESC, patient_id")) {
                s.setString(1, typedBy);
                s.setString(2, typedBy);
                return all(s);
            }
        });
    }

    /** Deletes this user's draft of the patient (and the patient's unowned one), if there is one; never another user's. */
    public void discard(long patientId) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM consultation_drafts WHERE patient_id = ?"
                    + " AND typed_by = ?")) {
                s.setLong(1, patientId);
                s.setString(2, typedBy);
                s.executeUpdate();
            }
            deleteUnowned(c, patientId);
            return null;
        });
    }

    private static void deleteUnowned(java.sql.Connection c, long patientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM consultation_drafts WHERE patient_id = ?"
                + " AND typed_by = ?")) {
            s.setLong(1, patientId);
            s.setString(2, UNOWNED);
            s.executeUpdate();
        }
    }

    /** The steps of a stored draft, of either format; format 1's titles become step ids. */
    static Map<String, LinkedHashMap<String, String>> steps(String json) throws JsonProcessingException {
        JsonNode root = JSON.readTree(json);
        if (root.path("format").isInt()) {
            if (root.path("format").asInt() != FORMAT) {
                throw new IllegalArgumentException("a draft of format " + root.path("format").asInt()
                        + ", newer than this version reads");
            }
            return JSON.convertValue(root.path("steps"), STEPS);
        }
        Map<String, LinkedHashMap<String, String>> out = new LinkedHashMap<>();
        JSON.convertValue(root, STEPS).forEach((title, fields) -> out.put(FORMAT_1_TITLES.getOrDefault(title, title), fields));
        return out;
    }

    private static List<ConsultationDraft> all(PreparedStatement s) throws SQLException {
        List<ConsultationDraft> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, LinkedHashMap<String, String>> steps;
                try {
                    steps = steps(rs.getString("steps_json"));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    // The schema admits only JSON objects; one of another shape was written by hand: skip it.
                    continue;
                }
                out.add(new ConsultationDraft(rs.getLong("patient_id"), new LinkedHashMap<String, Map<String, String>>(steps),
                        StoredValues.instant(rs.getString("saved_at"))));
            }
        }
        return out;
    }
}
