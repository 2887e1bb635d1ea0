package com.b12consult.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
 * Consultation drafts, one per patient. Saved many times a minute while a clinician types, so a save is
 * one statement, and it is not audited: a draft is not part of the record until the consultation is saved.
 */
public final class DraftRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, LinkedHashMap<String, String>>> STEPS = new TypeReference<>() {
    };

    private final Database database;

    public DraftRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Keeps the draft as the patient's only one. A draft older than the one kept is ignored, so a save that
     * was queued behind a later one never brings back what was typed over.
     *
     * @throws RecordNotFoundException if the patient is not in the database
     */
    public void save(ConsultationDraft draft) {
        String json;
        try {
            json = JSON.writeValueAsString(draft.steps());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The draft cannot be written as JSON: " + e.getMessage(), e);
        }
        database.inTransaction(c -> {
            Repositories.requirePatient(c, draft.patientId());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO consultation_drafts (patient_id, steps_json,"
                    + " saved_at) VALUES (?, ?, ?) ON CONFLICT (patient_id) DO UPDATE SET steps_json ="
                    + " excluded.steps_json, saved_at = excluded.saved_at"
                    + " WHERE excluded.saved_at >= consultation_drafts.saved_at")) {
                s.setLong(1, draft.patientId());
                s.setString(2, json);
                s.setString(3, StoredValues.instant(draft.savedAt()));
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<ConsultationDraft> findByPatient(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT patient_id, steps_json, saved_at"
                    + " FROM consultation_drafts WHERE patient_id = ?")) {
                s.setLong(1, patientId);
                return all(s).stream().findFirst();
            }
        });
    }

    /** Every draft, the most recently typed first. */
    public List<ConsultationDraft> listAll() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT patient_id, steps_json, saved_at"
                    + " FROM consultation_drafts ORDER BY saved_at DESC, patient_id")) {
                return all(s);
            }
        });
    }

    /** Deletes the patient's draft, if there is one. */
    public void discard(long patientId) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM consultation_drafts WHERE patient_id = ?")) {
                s.setLong(1, patientId);
                return s.executeUpdate();
            }
        });
    }

    private static List<ConsultationDraft> all(PreparedStatement s) throws SQLException {
        List<ConsultationDraft> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, LinkedHashMap<String, String>> steps;
                try {
                    steps = JSON.readValue(rs.getString("steps_json"), STEPS);
                } catch (JsonProcessingException e) {
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
