package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class DraftRepositoryTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;
    DraftRepository drafts;
    long ann;
    long bob;

    @BeforeEach
    void setUp() throws Exception {
        store = new StoreFixture(dir, kind);
        drafts = new DraftRepository(store.database, "doctor");
        PatientRepository patients = new PatientRepository(store.database, store.auditLog);
        ann = patients.create(Patient.unsaved("Ann", "P-1", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), StoreFixture.DOCTOR).id();
        bob = patients.create(Patient.unsaved("Bob", "P-2", Optional.empty(), Sex.MALE, KnownAllergies.NOT_RECORDED), StoreFixture.DOCTOR).id();
    }

    @AfterEach
    void tearDown() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    private static Map<String, Map<String, String>> steps(String dose) {
        Map<String, String> injections = new LinkedHashMap<>();
        injections.put("rx.dose", dose);
        injections.put("rx.startDate", "2026-13-45");
        injections.put("note", "quotes \" and newlines\n and ünïcode");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put("injections", injections);
        out.put("exercise", Map.of("planned", "hiit"));
        return out;
    }

    @Test
    void aDraftComesBackExactlyAsTypedAfterTheFileIsOpenedAgain() throws Exception {
        Instant at = Instant.parse("2026-11-21T10:32:15.123Z");
        drafts.save(new ConsultationDraft(ann, steps("1O00"), at));
        store.close();
        store = new StoreFixture(dir, kind);
        DraftRepository reopened = new DraftRepository(store.database, "doctor");
        ConsultationDraft back = reopened.findByPatient(ann).orElseThrow();
        assertEquals(steps("1O00"), back.steps());
        assertEquals(List.copyOf(steps("1O00").get("injections").keySet()),
                List.copyOf(back.steps().get("injections").keySet()), "fields keep their order");
        assertEquals(at, back.savedAt());
        assertEquals(Optional.empty(), reopened.findByPatient(bob));
    }

    @Test
    void onePerPatientTheLaterReplacingTheEarlierButNeverTheOtherWayRound() {
        drafts.save(new ConsultationDraft(ann, steps("100"), Instant.parse("2026-11-21T10:00:00Z")));
        drafts.save(new ConsultationDraft(ann, steps("1000"), Instant.parse("2026-11-21T10:01:00Z")));
        // a save queued before the last one arrives late: it must not bring back what was typed over
        drafts.save(new ConsultationDraft(ann, steps("10"), Instant.parse("2026-11-21T10:00:30Z")));
        assertEquals("1000", drafts.findByPatient(ann).orElseThrow().steps().get("injections").get("rx.dose"));
        drafts.save(new ConsultationDraft(bob, steps("500"), Instant.parse("2026-11-21T10:05:00Z")));
        assertEquals(List.of(bob, ann), drafts.listAll().stream().map(ConsultationDraft::patientId).toList(),
                "the most recently typed first");
    }

    @Test
    void discardRemovesOnlyThatPatientsDraft() {
        drafts.save(new ConsultationDraft(ann, steps("100"), Instant.parse("2026-11-21T10:00:00Z")));
        drafts.save(new ConsultationDraft(bob, steps("200"), Instant.parse("2026-11-21T10:00:00Z")));
        drafts.discard(ann);
        drafts.discard(ann);
        assertEquals(Optional.empty(), drafts.findByPatient(ann));
        assertTrue(drafts.findByPatient(bob).isPresent());
    }

    @Test
    void aDraftNeedsAPatientOnRecord() {
        assertThrows(RecordNotFoundException.class,
                () -> drafts.save(new ConsultationDraft(9999, steps("1"), Instant.parse("2026-11-21T10:00:00Z"))));
        assertEquals(List.of(), drafts.listAll());
    }

    @Test
    void aDraftKeptByTheVersionBeforeStepIdsIsReadUnderTheIdsItsTitlesBecame() {
        // format 1, as an older version wrote it: the bare map, keyed by the steps' titles (and of no known
        // author, as schema 9 keeps the drafts kept before it)
        store.database.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO consultation_drafts (patient_id, typed_by, steps_json, saved_at)"
                    + " VALUES (?, '', ?, '2026-11-20T09:00:00.000Z')")) {
                s.setLong(1, ann);
                s.setString(2, "{\"Blood count\": {\"panel.0.date\": \"2026-11-19\"}, \"Clot risk\": {}}");
                return s.executeUpdate();
            }
        });
        ConsultationDraft back = drafts.findByPatient(ann).orElseThrow();
        assertEquals(Map.of("blood-count", Map.of("panel.0.date", "2026-11-19"), "clot-risk", Map.of()), back.steps());

        // kept again, it is written in the current format and still reads the same
        drafts.save(new ConsultationDraft(ann, back.steps(), Instant.parse("2026-11-21T09:00:00Z")));
        assertEquals(back.steps(), drafts.findByPatient(ann).orElseThrow().steps());
        String stored = store.database.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT steps_json FROM consultation_drafts")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(stored.startsWith("{\"format\":2,\"steps\":"), stored);
    }

    @Test
    void aDraftOfAFormatNewerThanThisVersionIsLeftAloneNotMisread() {
        store.database.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO consultation_drafts (patient_id, typed_by, steps_json, saved_at)"
                    + " VALUES (?, 'doctor', '{\"format\": 3, \"steps\": {}}', '2026-11-20T09:00:00.000Z')")) {
                s.setLong(1, ann);
                return s.executeUpdate();
            }
        });
        assertEquals(Optional.empty(), drafts.findByPatient(ann));
    }

    @Test
    void twoPeopleWithOnePatientsConsultationOpenEachKeepTheirOwnDraft() {
        DraftRepository nurse = new DraftRepository(store.database, "nurse");
        drafts.save(new ConsultationDraft(ann, steps("1000"), Instant.parse("2026-11-21T10:00:00Z")));
        // typed later in the other room: it must neither replace the doctor's nor be restored to the doctor
        nurse.save(new ConsultationDraft(ann, steps("500"), Instant.parse("2026-11-21T10:01:00Z")));
        assertEquals("1000", drafts.findByPatient(ann).orElseThrow().steps().get("injections").get("rx.dose"));
        assertEquals("500", nurse.findByPatient(ann).orElseThrow().steps().get("injections").get("rx.dose"));
        assertEquals(1, drafts.listAll().size());
        assertEquals("1000", drafts.listAll().get(0).steps().get("injections").get("rx.dose"));

        // saving the consultation discards the saver's draft only
        nurse.discard(ann);
        assertEquals(Optional.empty(), nurse.findByPatient(ann));
        assertEquals("1000", drafts.findByPatient(ann).orElseThrow().steps().get("injections").get("rx.dose"));
        assertEquals(List.of(), nurse.listAll());
    }

    @Test
    void aDraftKeptBeforeDraftsHadAuthorsIsOfferedToAnyoneAndBecomesTheFirstSaversOwn() {
        store.database.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO consultation_drafts (patient_id, typed_by, steps_json, saved_at)"
                    + " VALUES (?, '', '{\"format\": 2, \"steps\": {\"injections\": {\"rx.dose\": \"750\"}}}',"
                    + " '2026-11-20T09:00:00.000Z')")) {
                s.setLong(1, ann);
                return s.executeUpdate();
            }
        });
        DraftRepository nurse = new DraftRepository(store.database, "nurse");
        assertEquals("750", drafts.findByPatient(ann).orElseThrow().steps().get("injections").get("rx.dose"));
        assertEquals("750", nurse.findByPatient(ann).orElseThrow().steps().get("injections").get("rx.dose"));
        assertEquals(1, nurse.listAll().size());

        drafts.save(new ConsultationDraft(ann, steps("750"), Instant.parse("2026-11-21T09:00:00Z")));
        assertEquals(Optional.empty(), nurse.findByPatient(ann), "it became the doctor's");
        assertEquals(List.of(), nurse.listAll());
        assertEquals(1, drafts.listAll().size(), "one draft, not the old one beside the new");
    }

    @Test
    void aDraftNeedsAnAuthor() {
        assertThrows(IllegalArgumentException.class, () -> new DraftRepository(store.database, "  "));
    }
}
