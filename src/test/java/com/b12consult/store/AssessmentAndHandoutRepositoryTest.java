package com.b12consult.store;

import static com.b12consult.store.StoreFixture.DOCTOR;
import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.GivenHandout;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
class AssessmentAndHandoutRepositoryTest {
    @Parameter
    StoreKind kind;

    static final String SHA = "3f".repeat(32);
    static final String ASSESSMENT = "{\"schemaVersion\": 1, \"context\": \"consultation\","
            + " \"patient\": {\"id\": \"P-1\", \"sex\": \"female\"}, \"note\": \"Zoë 🙂 \\\"quoted\\\"\"}";
    static final String REPORT = "{\"schemaVersion\":1,\"decision\":{\"status\":\"proceed\",\"reasons\":[]}}";

    @TempDir
    Path dir;
    StoreFixture store;
    AssessmentRepository assessments;
    HandoutRepository handouts;
    long ann;
    long bob;

    @BeforeEach
    void open() throws Exception {
        reopen();
        PatientRepository patients = new PatientRepository(store.database, store.auditLog);
        ann = patients.create(Patient.unsaved("Ann", "P-1", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE).id();
        bob = patients.create(Patient.unsaved("Bob", "P-2", Optional.empty(), Sex.MALE, KnownAllergies.NOT_RECORDED), NURSE).id();
    }

    private void reopen() throws Exception {
        if (store != null) {
            store.close();
        }
        store = new StoreFixture(dir, kind);
        assessments = new AssessmentRepository(store.database, store.auditLog);
        handouts = new HandoutRepository(store.database, store.auditLog);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    @Test
    void assessmentsRoundTripExactlyNewestFirst() throws Exception {
        Instant firstSaved = store.clock.instant();
        SavedAssessment first = assessments.save(ann, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT,
                "2026.11.1", SHA.toUpperCase(), DOCTOR);
        store.clock.advance(Duration.ofMillis(1));
        SavedAssessment second = assessments.save(ann, AssessmentContext.PRE_INJECTION, REPORT, ASSESSMENT,
                "2026.11.2", SHA, NURSE);
        assessments.save(bob, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT, "2026.11.1", SHA, DOCTOR);
        reopen();

        assertEquals(List.of(second, first), assessments.listForPatient(ann));
        SavedAssessment loaded = assessments.load(first.id()).orElseThrow();
        assertEquals(first, loaded);
        assertEquals(ASSESSMENT, loaded.assessmentJson(), "the JSON text is kept byte for byte");
        assertEquals(SHA, loaded.rulebookSha256(), "digests are kept in lower case");
        assertEquals(firstSaved, first.savedAt());
        assertEquals(firstSaved.plusMillis(1), second.savedAt());
        assertEquals(Optional.empty(), assessments.load(999));

        AuditEntry audit = store.auditLog.list(AuditFilter.forPatient(ann).withAction(AuditAction.ASSESSMENT_SAVED), 1).get(0);
        assertEquals(second.savedAt(), audit.at());
        assertTrue(audit.detail().contains("assessment " + second.id()), audit.detail());
    }

    @Test
    void badAssessmentInputIsRefusedAndNothingSaved() {
        assertThrows(IllegalArgumentException.class, () -> assessments.save(ann, AssessmentContext.CONSULTATION,
                "{\"unfinished\": ", REPORT, "2026.11.1", SHA, DOCTOR));
        assertThrows(IllegalArgumentException.class, () -> assessments.save(ann, AssessmentContext.CONSULTATION,
                ASSESSMENT, "[1, 2]", "2026.11.1", SHA, DOCTOR));
        assertThrows(IllegalArgumentException.class, () -> assessments.save(ann, AssessmentContext.CONSULTATION,
                ASSESSMENT, "{} {}", "2026.11.1", SHA, DOCTOR));
        assertThrows(IllegalArgumentException.class, () -> assessments.save(ann, AssessmentContext.CONSULTATION,
                ASSESSMENT, REPORT, " ", SHA, DOCTOR));
        assertThrows(IllegalArgumentException.class, () -> assessments.save(ann, AssessmentContext.CONSULTATION,
                ASSESSMENT, REPORT, "2026.11.1", "abc", DOCTOR));
        assertThrows(RecordNotFoundException.class, () -> assessments.save(999, AssessmentContext.CONSULTATION,
                ASSESSMENT, REPORT, "2026.11.1", SHA, DOCTOR));
        assertEquals(List.of(), assessments.listForPatient(ann));
    }

    @Test
    void handoutsRoundTripPerAssessmentAndPatient() throws Exception {
        SavedAssessment a1 = assessments.save(ann, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT, "1", SHA, DOCTOR);
        SavedAssessment a2 = assessments.save(ann, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT, "1", SHA, DOCTOR);
        SavedAssessment b1 = assessments.save(bob, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT, "1", SHA, DOCTOR);
        GivenHandout h1 = handouts.record(a1.id(), pdf("first"), DOCTOR);
        store.clock.advance(Duration.ofMinutes(1));
        GivenHandout h2 = handouts.record(a2.id(), pdf("second"), DOCTOR);
        store.clock.advance(Duration.ofMinutes(1));
        GivenHandout h3 = handouts.record(a1.id(), pdf("third"), NURSE);
        GivenHandout hb = handouts.record(b1.id(), pdf("bob's"), NURSE);
        Instant lastGiven = store.clock.instant();
        reopen();

        assertEquals(List.of(h3, h1), handouts.listForAssessment(a1.id()));
        assertEquals(List.of(h3, h2, h1), handouts.listForPatient(ann));
        assertEquals(List.of(hb), handouts.listForPatient(bob));
        assertEquals(lastGiven, h3.givenAt());
        assertEquals(4, store.auditLog.list(AuditFilter.forAction(AuditAction.HANDOUT_GIVEN), 10).size());
        assertEquals(1, store.auditLog.list(AuditFilter.forPatient(bob).withAction(AuditAction.HANDOUT_GIVEN), 10).size());
        assertEquals(HandoutRepository.sha256(pdf("third")), h3.contentSha256(), "the hash is the document's");
    }

    private static byte[] pdf(String which) {
        return ("%PDF-1.7 the " + which + " handout").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Issue 13: a handout given is printed again as the same document, its hash matching the one recorded. */
    @Test
    void aHandoutGivenIsKeptAndGivenAgainAsTheSameDocumentAudited() throws Exception {
        SavedAssessment a1 = assessments.save(ann, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT, "1", SHA, DOCTOR);
        GivenHandout h = handouts.record(a1.id(), pdf("first"), DOCTOR);
        reopen();
        byte[] again = handouts.document(handouts.listForPatient(ann).get(0)).orElseThrow();
        assertArrayEquals(pdf("first"), again);
        assertEquals(h.contentSha256(), HandoutRepository.sha256(again));
        handouts.recordReprint(h, NURSE);
        var reprints = store.auditLog.list(AuditFilter.forPatient(ann).withAction(AuditAction.HANDOUT_REPRINTED), 10);
        assertEquals(1, reprints.size());
        assertTrue(reprints.get(0).detail().contains(h.contentSha256()), reprints.get(0).detail());
        assertEquals(1, handouts.listForPatient(ann).size(), "a reprint is not a new handout given");
    }

    @Test
    void aStoredHandoutThatNoLongerMatchesItsHashIsNotGivenAgain() throws Exception {
        SavedAssessment a1 = assessments.save(ann, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT, "1", SHA, DOCTOR);
        GivenHandout h = handouts.record(a1.id(), pdf("first"), DOCTOR);
        store.database.inTransaction(c -> {
            try (var s = c.prepareStatement("UPDATE handout_documents SET pdf = ? WHERE handout_id = ?")) {
                s.setBytes(1, pdf("altered"));
                s.setLong(2, h.id());
                return s.executeUpdate();
            }
        });
        StoreException e = assertThrows(StoreException.class, () -> handouts.document(h));
        assertTrue(e.getMessage().contains("no longer matches"), e.getMessage());
    }

    @Test
    void aHandoutForAnUnknownAssessmentOrWithNoDocumentIsRefused() {
        assertThrows(RecordNotFoundException.class, () -> handouts.record(999, pdf("any"), DOCTOR));
        SavedAssessment a1 = assessments.save(ann, AssessmentContext.CONSULTATION, ASSESSMENT, REPORT, "1", SHA, DOCTOR);
        assertThrows(IllegalArgumentException.class, () -> handouts.record(a1.id(), new byte[0], DOCTOR));
        assertEquals(List.of(), handouts.listForPatient(ann));
    }
}
