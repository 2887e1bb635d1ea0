package com.b12consult.ui.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.GivenHandout;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.Sex;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.ReportJson;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.HandoutRepository;
import com.b12consult.ui.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout screen's behaviour, without a toolkit: a fake printer and fake file choosers. */
class HandoutViewModelTest {
    static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(new RulebookLoader(new FactCatalog(), ArticleIndex.load()).loadBundled()));

    @TempDir
    Path dir;

    private TestDatabase db;
    private AuditLog audit;
    private AssessmentRepository assessments;
    private HandoutRepository handouts;
    private FakePrinter printer;
    private FakeFiles files;
    private HandoutViewModel model;
    private Patient grace;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        audit = new AuditLog(db.database, TestDatabase.CLOCK);
        assessments = new AssessmentRepository(db.database, audit);
        handouts = new HandoutRepository(db.database, audit);
        db.settings.save(new ClinicSettings("Riverside Health Centre", "", "01632 960 123", PaperSize.LETTER,
                LabLimits.defaults()), TestDatabase.NURSE);
        printer = new FakePrinter();
        files = new FakeFiles();
        model = new HandoutViewModel(EVALUATOR, new HandoutComposer(EVALUATOR.engine().rulebook()), new HandoutPdf(),
                assessments, handouts, db.settings, printer, files, TestDatabase.NURSE, TestDatabase.CLOCK,
                com.b12consult.ui.InlineTaskRunner.INSTANCE);
        grace = db.addPatient("Grace Hopper", "FX-7", "1958-11-30", Sex.MALE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path richFile() throws Exception {
        Path f = dir.resolve("rich.json");
        try (var in = getClass().getResourceAsStream("/com/b12consult/cli/rich-consultation.json")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void openingAFileSavesTheAssessmentAndShowsItsHandout() throws Exception {
        model.patientProperty().set(grace);
        files.toOpen = Optional.of(richFile());
        assertTrue(model.openAssessmentFile(), model.messageProperty().get());

        assertEquals(1, assessments.listForPatient(grace.id()).size());
        assertEquals(model.assessmentProperty().get().id(), assessments.listForPatient(grace.id()).get(0).id());
        assertTrue(model.hasHandout().get());
        try (PDDocument pdf = Loader.loadPDF(model.pdfProperty().get())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Grace Hopper"), text);
            assertTrue(text.contains("01632 960 123"), "the clinic's phone from Settings");
            assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 0.5, "Letter from Settings");
        }
        assertEquals(List.of(), handouts.listForAssessment(model.assessmentProperty().get().id()),
                "showing a handout is not giving it");
    }

    @Test
    void theScreenSaysWhomTheHandoutTellsThePatientToCallAndWhatToSetWhenTheClinicIsMissing() throws Exception {
        assertEquals("", model.contactProperty().get(), "no handout yet");
        model.patientProperty().set(grace);
        assertTrue(model.openAssessment(richFile()));
        assertEquals("Your clinic: Riverside Health Centre, phone 01632 960 123", model.contactProperty().get());

        db.settings.save(new ClinicSettings("", "", "", PaperSize.LETTER, LabLimits.defaults()), TestDatabase.NURSE);
        assertTrue(model.openAssessment(richFile()));
        assertEquals("Your clinic: the clinic that gave you this handout. Set the clinic's name and phone in"
                + " Settings to print them on the handout.", model.contactProperty().get());
        String text = text(model.pdfProperty().get());
        assertTrue(text.contains("Your clinic: the clinic that gave you this handout"), text);
        assertFalse(text.contains("01632 960 123"), "a phone no longer set is not printed");

        model.patientProperty().set(db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE));
        assertEquals("", model.contactProperty().get(), "forgotten with the patient's handout");
    }

    @Test
    void theNextDoseDateGoesOnTheHandoutAndIsForgottenWithThePatient() throws Exception {
        model.patientProperty().set(grace);
        assertTrue(model.openAssessment(richFile()));
        assertTrue(text(model.pdfProperty().get()).contains("Your next shot: ask us for the date."));
        model.nextDoseProperty().set(java.time.LocalDate.of(2026, 12, 5));
        assertTrue(text(model.pdfProperty().get()).contains("Your next shot: 5 December 2026."));
        model.patientProperty().set(db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE));
        assertNull(model.nextDoseProperty().get());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void printingRecordsTheHandoutWithTheHashOfItsPdf() throws Exception {
        model.patientProperty().set(grace);
        assertTrue(model.openAssessment(richFile()));
        printer.outcome = PrintService.Outcome.PRINTED;
        model.print();

        assertEquals(1, printer.jobs.size());
        List<GivenHandout> given = handouts.listForAssessment(model.assessmentProperty().get().id());
        assertEquals(1, given.size());
        assertEquals(sha256(model.pdfProperty().get()), given.get(0).contentSha256());
    }

    @Test
    void withNoPrinterItSaysSoAndOffersSaveAsPdf() throws Exception {
        model.patientProperty().set(grace);
        assertTrue(model.openAssessment(richFile()));
        printer.outcome = PrintService.Outcome.NO_PRINTER;
        model.print();

        assertTrue(model.noPrinterProperty().get());
        assertEquals(HandoutGiving.NO_PRINTER_MESSAGE, model.messageProperty().get());
        assertTrue(model.messageProperty().get().contains("No printer is installed"));
        assertEquals(List.of(), handouts.listForAssessment(model.assessmentProperty().get().id()), "nothing was given");

        Path target = dir.resolve("out.pdf");
        files.saveTo = Optional.of(target);
        model.saveAsPdf();
        assertEquals("handout-FX-7-2026-11-21.pdf", files.suggested);
        byte[] saved = Files.readAllBytes(target);
        assertEquals(sha256(saved), handouts.listForAssessment(model.assessmentProperty().get().id()).get(0).contentSha256());
    }

    @Test
    void cancellingPrintOrSaveRecordsNothing() throws Exception {
        model.patientProperty().set(grace);
        assertTrue(model.openAssessment(richFile()));
        printer.outcome = PrintService.Outcome.CANCELLED;
        model.print();
        files.saveTo = Optional.empty();
        model.saveAsPdf();
        assertEquals(List.of(), handouts.listForAssessment(model.assessmentProperty().get().id()));
        assertFalse(model.noPrinterProperty().get());
    }

    @Test
    void anInvalidFileIsNamedWithItsProblemsAndNothingIsSaved() throws Exception {
        model.patientProperty().set(grace);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"context\": \"consultation\", \"assessedAt\": \"2026-11-21T10:30\","
                + " \"patient\": {\"id\": \"FX-7\", \"sex\": \"male\"}, \"symptoms\": [{\"code\": \"leg_swollen\"}]}",
                StandardCharsets.UTF_8);
        assertFalse(model.openAssessment(bad));
        assertTrue(model.messageProperty().get().contains("bad.json is not a valid assessment"), model.messageProperty().get());
        assertTrue(model.messageProperty().get().contains("/symptoms/0/code"), model.messageProperty().get());
        assertEquals(List.of(), assessments.listForPatient(grace.id()));
        assertNull(model.pdfProperty().get());
    }

    @Test
    void aFileForAnotherPatientIsRefused() throws Exception {
        Patient ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        model.patientProperty().set(ada);
        assertFalse(model.openAssessment(richFile()));
        assertTrue(model.messageProperty().get().contains("is for patient FX-7, but the selected patient is Ada Lovelace"),
                model.messageProperty().get());
        assertEquals(List.of(), assessments.listForPatient(ada.id()));
    }

    @Test
    void withoutAPatientNothingOpensAndChangingPatientClearsTheHandout() throws Exception {
        files.toOpen = Optional.of(richFile());
        assertFalse(model.openAssessmentFile());
        assertTrue(model.messageProperty().get().startsWith("Select a patient"));
        model.patientProperty().set(grace);
        assertTrue(model.openAssessmentFile());
        assertNotNull(model.pdfProperty().get());
        model.patientProperty().set(db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE));
        assertNull(model.pdfProperty().get());
    }

    private SavedAssessment savedFor(Patient p, String json) throws Exception {
        var report = EVALUATOR.evaluate(new AssessmentReader().read(Files.readString(richFile())), LabLimits.defaults());
        return assessments.save(p.id(), AssessmentContext.PRE_INJECTION, json, ReportJson.write(report),
                report.rulebook().version(), report.rulebook().sha256(), TestDatabase.NURSE);
    }

    @Test
    void aSavedCheckShowsItsHandoutForThePatientAndIsNotSavedAgain() throws Exception {
        SavedAssessment saved = savedFor(grace, Files.readString(richFile()));

        assertTrue(model.openSavedAssessment(grace, saved, Optional.of(java.time.LocalDate.of(2026, 12, 5))),
                model.messageProperty().get());

        assertEquals(grace, model.patientProperty().get());
        assertEquals(saved, model.assessmentProperty().get(), "print and save record against the saved check");
        assertEquals(List.of(saved), assessments.listForPatient(grace.id()), "no second assessment");
        String text = text(model.pdfProperty().get());
        assertTrue(text.contains("Grace Hopper"), text);
        assertTrue(text.contains("Your next shot: 5 December 2026."), text);
        model.print();
        assertEquals(1, handouts.listForAssessment(saved.id()).size());
    }

    @Test
    void aSavedCheckWithoutANextDateSaysToAskAndReplacesTheHandoutShown() throws Exception {
        model.patientProperty().set(grace);
        assertTrue(model.openAssessment(richFile()));
        model.nextDoseProperty().set(java.time.LocalDate.of(2026, 12, 5));
        SavedAssessment check = savedFor(grace, Files.readString(richFile()));

        assertTrue(model.openSavedAssessment(grace, check, Optional.empty()));

        assertEquals(check, model.assessmentProperty().get());
        assertTrue(model.messageProperty().get().startsWith("The handout for the check just recorded."),
                model.messageProperty().get());
        assertNull(model.nextDoseProperty().get());
        assertTrue(text(model.pdfProperty().get()).contains("Your next shot: ask us for the date."));
    }

    @Test
    void aSavedAssessmentOfAnotherPatientOrThatNoLongerReadsShowsNoHandout() throws Exception {
        Patient ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        SavedAssessment gracesCheck = savedFor(grace, Files.readString(richFile()));
        assertFalse(model.openSavedAssessment(ada, gracesCheck, Optional.empty()));
        assertNull(model.pdfProperty().get());
        assertTrue(model.messageProperty().get().contains("another patient"), model.messageProperty().get());

        assertTrue(model.openSavedAssessment(grace, gracesCheck, Optional.empty()));
        SavedAssessment broken = savedFor(grace, "{\"schemaVersion\": \"1.0\"}");
        assertFalse(model.openSavedAssessment(grace, broken, Optional.empty()));
        assertNull(model.pdfProperty().get(), "the earlier handout is not left standing for the broken one");
        assertNull(model.assessmentProperty().get());
        assertTrue(model.messageProperty().get().contains("does not read as a valid assessment"),
                model.messageProperty().get());
        assertEquals(2, assessments.listForPatient(grace.id()).size(), "nothing saved by showing");
    }

    /** Saves the rich consultation with its report as evaluated, then changed by {@code edit} as text. */
    private SavedAssessment savedWithReport(java.util.function.UnaryOperator<String> edit) throws Exception {
        String json = Files.readString(richFile());
        var report = EVALUATOR.evaluate(new AssessmentReader().read(json), LabLimits.defaults());
        return assessments.save(grace.id(), AssessmentContext.CONSULTATION, json, edit.apply(ReportJson.write(report)),
                report.rulebook().version(), report.rulebook().sha256(), TestDatabase.NURSE);
    }

    /** Issue 14: the handout says what the stored report said, not what today's evaluation would say. */
    @Test
    void aSavedAssessmentsHandoutIsMadeFromItsStoredReportNotEvaluatedAgain() throws Exception {
        var report = EVALUATOR.evaluate(new AssessmentReader().read(Files.readString(richFile())), LabLimits.defaults());
        String original = report.findings().stream().filter(f -> f.patientText() != null && f.patientText().length() > 20)
                .map(com.b12consult.domain.Finding::patientText).findFirst().orElseThrow();
        String asStored = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(original);
        SavedAssessment saved = savedWithReport(r -> r.replace(asStored, "\"Stored-text-marker.\""));
        assertTrue(model.openSavedAssessment(grace, saved, Optional.empty()), model.messageProperty().get());
        String text = text(model.pdfProperty().get());
        assertTrue(text.contains("Stored-text-marker."), "the stored finding's words are printed");
        assertEquals("", model.rulebookNoticeProperty().get(), "same rulebook: nothing to say");
    }

    @Test
    void aHandoutFromAReportUnderAnotherRulebookSaysSoAndOffersAFreshCheck() throws Exception {
        String sha = EVALUATOR.engine().rulebook().ref().sha256();
        String version = EVALUATOR.engine().rulebook().ref().version();
        SavedAssessment saved = savedWithReport(r -> r.replace(sha, "0".repeat(64))
                .replace("\"" + version + "\"", "\"2025.01.1\""));
        assertTrue(model.openSavedAssessment(grace, saved, Optional.empty()), model.messageProperty().get());
        assertNotNull(model.pdfProperty().get(), "the handout of what was answered is still shown");
        String notice = model.rulebookNoticeProperty().get();
        assertTrue(notice.contains("2025.01.1") && notice.contains(version) && notice.contains("fresh check"), notice);
        model.patientProperty().set(db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE));
        assertEquals("", model.rulebookNoticeProperty().get(), "the notice goes with the handout");
    }

    /** Issue 13: a handout already given prints again as the same PDF, its hash the one recorded; audited. */
    @Test
    void aHandoutGivenPrintsAgainAsTheSameDocumentAndTheReprintIsAudited() throws Exception {
        model.patientProperty().set(grace);
        assertTrue(model.openAssessment(richFile()));
        model.nextDoseProperty().set(java.time.LocalDate.of(2026, 12, 5));
        model.print();
        byte[] given = printer.jobs.get(0);
        assertEquals(1, model.given().size());
        GivenHandout recorded = model.given().get(0);
        assertEquals(sha256(given), recorded.contentSha256());

        // another day, another patient in between: the handout is found on Grace's record and shown as it was
        model.patientProperty().set(db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE));
        assertTrue(model.given().isEmpty());
        model.patientProperty().set(grace);
        assertEquals(List.of(recorded), model.given());
        assertTrue(model.showGiven(recorded), model.messageProperty().get());
        assertTrue(java.util.Arrays.equals(given, model.pdfProperty().get()), "the very document given");
        model.print();
        assertTrue(java.util.Arrays.equals(given, printer.jobs.get(1)), "printed again byte for byte");
        files.saveTo = Optional.of(dir.resolve("again.pdf"));
        model.saveAsPdf();
        assertEquals(sha256(Files.readAllBytes(dir.resolve("again.pdf"))), recorded.contentSha256());
        assertEquals(1, handouts.listForPatient(grace.id()).size(), "a reprint is not a new handout given");
        assertEquals(2, audit.list(com.b12consult.store.AuditFilter.forPatient(grace.id())
                .withAction(com.b12consult.domain.AuditAction.HANDOUT_REPRINTED), 10).size());
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static final class FakePrinter implements PrintService {
        Outcome outcome = Outcome.PRINTED;
        final List<byte[]> jobs = new ArrayList<>();

        @Override
        public Outcome print(byte[] pdf, String jobName) {
            if (outcome == Outcome.PRINTED) {
                jobs.add(pdf);
            }
            return outcome;
        }
    }

    static final class FakeFiles implements HandoutFiles {
        Optional<Path> toOpen = Optional.empty();
        Optional<Path> saveTo = Optional.empty();
        String suggested;

        @Override
        public Optional<Path> chooseAssessmentFile() {
            return toOpen;
        }

        @Override
        public Optional<Path> choosePdfTarget(String suggestedName) {
            suggested = suggestedName;
            return saveTo;
        }
    }
}
