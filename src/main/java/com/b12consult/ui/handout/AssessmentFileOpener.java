package com.b12consult.ui.handout;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.format.ValidationProblem;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.SettingsRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The handout screen's way in for an assessment file made elsewhere: reads it, evaluates it under the clinic's
 * lab limits, and saves it with its report for the patient it names, or says why nothing was saved.
 */
final class AssessmentFileOpener {
    /** What opening a file came to. */
    sealed interface Opened {
    }

    /** Saved for the patient: the assessment and its report as stored, and the clinic's settings it was evaluated under. */
    record Saved(SavedAssessment saved, Assessment assessment, StoredReport report, ClinicSettings clinic) implements Opened {
    }

    /** Nothing was saved, and why. */
    record Refused(String message) implements Opened {
    }

    private final AssessmentEvaluator evaluator;
    private final AssessmentRepository assessments;
    private final SettingsRepository settings;
    private final HandoutFiles files;
    private final Actor actor;

    AssessmentFileOpener(AssessmentEvaluator evaluator, AssessmentRepository assessments, SettingsRepository settings,
                         HandoutFiles files, Actor actor) {
        this.evaluator = evaluator;
        this.assessments = assessments;
        this.settings = settings;
        this.files = files;
        this.actor = actor;
    }

    /** Asks which file to open; empty when the user cancels. */
    Optional<Path> choose() {
        return files.chooseAssessmentFile();
    }

    Opened open(Patient p, Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Refused(file.getFileName() + " cannot be read: " + e.getMessage());
        }
        ClinicSettings clinic = settings.load();
        AssessmentEvaluator.Outcome outcome = evaluator.evaluate(json, clinic.labLimits());
        if (outcome instanceof AssessmentEvaluator.Outcome.Invalid invalid) {
            return new Refused(file.getFileName() + " is not a valid assessment, so nothing was saved. "
                    + invalid.problems().stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        }
        AssessmentEvaluator.Outcome.Evaluated done = (AssessmentEvaluator.Outcome.Evaluated) outcome;
        String fileFor = done.assessment().patient().id();
        if (!fileFor.equals(p.identifier())) {
            return new Refused(file.getFileName() + " is for patient " + fileFor + ", but the selected patient is "
                    + p.name() + " (" + p.identifier() + "). Select that patient, or check the file. Nothing was saved.");
        }
        SavedAssessment saved = assessments.save(p.id(), done.assessment().context(), json,
                ReportJson.write(done.report()), done.report().rulebook().version(), done.report().rulebook().sha256(),
                actor);
        return new Saved(saved, done.assessment(), StoredReport.of(done.report()), clinic);
    }
}
