package com.b12consult.assessment;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Finding;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.RecordedHeadache;
import com.b12consult.domain.RecordedLabPanel;
import com.b12consult.domain.Report;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.ReportJson;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.NewConsultation;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Saves a consultation: its assessment and report, what the clinician added, and only what is new for the
 * patient's record against what was on record when the consultation opened (the steps start from the
 * record, so most of what they hold is already there).
 */
public final class ConsultationSaver {
    private final ConsultationRepository repository;
    private final AssessmentWriter writer;
    private final Actor actor;

    public ConsultationSaver(ConsultationRepository repository, AssessmentWriter writer, Actor actor) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * Saves it all in one transaction: nothing is saved if any part is refused.
     *
     * @param opened     the record as it was when the consultation opened
     * @param parts      what the steps built (for the prescription)
     * @param assessment the consultation's assessment, as built from {@code parts}
     * @param report     its report, as the review showed it
     * @throws IllegalStateException if an urgent or warning alert of the report has no answer (nothing is saved)
     */
    public SavedConsultation save(OnRecord opened, AssessmentParts parts, Assessment assessment, Report report,
                                  ConsultationResponses responses) {
        List<String> unanswered = report.findings().stream().filter(Finding::needsAnswer)
                .filter(f -> responses.answerTo(f.id()).isEmpty()).map(f -> "\u201c" + f.title() + "\u201d").toList();
        if (!unanswered.isEmpty()) {
            // the review blocks this first; a caller that skipped it must not store an unanswered alert
            throw new IllegalStateException("Not saved: every urgent or warning alert needs an answer first; not"
                    + " answered: " + String.join(", ", unanswered));
        }
        return repository.save(whatIsNew(opened, parts, assessment, report, responses), actor);
    }

    /** The consultation to save: the labs, doses and diary entries not on record, and the prescription if it changed. */
    public NewConsultation whatIsNew(OnRecord opened, AssessmentParts parts, Assessment assessment, Report report,
                                     ConsultationResponses responses) {
        long patientId = opened.patient().id();
        Set<LabPanel> labsOnRecord = new HashSet<>(opened.labs().stream().map(RecordedLabPanel::panel).toList());
        Set<DoseKey> dosesOnRecord = new HashSet<>(opened.injections().stream()
                .map(r -> DoseKey.of(r.injection())).toList());
        Set<HeadacheEntry> diaryOnRecord = new HashSet<>(opened.headaches().stream()
                .map(RecordedHeadache::entry).map(ConsultationSaver::toSecond).toList());
        List<LabPanel> newLabs = assessment.labs().stream().filter(p -> !labsOnRecord.contains(p)).distinct().toList();
        List<Injection> newDoses = assessment.injections().stream()
                .filter(i -> !dosesOnRecord.contains(DoseKey.of(i))).toList();
        List<HeadacheEntry> newDiary = assessment.headaches().stream()
                .filter(h -> !diaryOnRecord.contains(toSecond(h))).toList();
        Optional<Prescription> newPrescription = parts.prescription
                .filter(p -> opened.prescription().map(onRecord -> !sameOrder(onRecord, p)).orElse(true))
                .map(p -> Prescription.unsaved(patientId, p.product(), p.doseMicrograms(), p.schedule(),
                        p.startDate()));
        return new NewConsultation(patientId, writer.toJson(assessment), ReportJson.write(report), report.rulebook(),
                responses, newLabs, newDoses, newDiary, newPrescription);
    }

    private static boolean sameOrder(Prescription a, Prescription b) {
        return a.product() == b.product() && a.doseMicrograms() == b.doseMicrograms()
                && a.schedule().equals(b.schedule()) && a.startDate().equals(b.startDate());
    }

    /**
     * A dose is the same dose when given at the same second, of the same product, dose and site. Its
     * reactions are left out: the record shows later-reported reactions against a dose, which the steps
     * start from, and they do not make it a second dose.
     */
    private record DoseKey(LocalDateTime givenAt, Product product, double micrograms, InjectionSite site) {
        static DoseKey of(Injection i) {
            return new DoseKey(i.givenAt().truncatedTo(ChronoUnit.SECONDS), i.product(), i.doseMicrograms(), i.site());
        }
    }

    /** The store keeps times to the second: compare as it does. */
    private static HeadacheEntry toSecond(HeadacheEntry h) {
        return new HeadacheEntry(h.onsetAt().truncatedTo(ChronoUnit.SECONDS), h.severity(), h.type(), h.associated());
    }
}
