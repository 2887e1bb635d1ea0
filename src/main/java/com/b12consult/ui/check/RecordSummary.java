package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.Injection;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.RecordedHeadache;
import com.b12consult.domain.format.TypedDates;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The record at a glance, in lines a nurse reads in seconds: each a caption and what it says. */
public final class RecordSummary {
    /** One line of the summary; {@code alert} lines are shown in the warning colour. */
    public record Line(String id, String caption, String text, boolean alert) {
    }

    private RecordSummary() {
    }

    public static List<Line> of(OnRecord r) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("recordPrescription", "Prescription",
                r.prescription().map(RecordSummary::prescription).orElse("None on record: record one below."),
                r.prescription().isEmpty()));
        r.due().ifPresent(d -> lines.add(new Line("recordDue", "This dose",
                "Dose " + d.doseNumber() + (d.loading() ? " (loading course)" : " (maintenance)") + ". " + d.describe(),
                false)));
        lines.add(new Line("recordLastDose", "Last dose", r.lastDose().map(d -> dose(d.injection()))
                .orElse("None on record: this is the first dose."), false));
        String reactions = r.lastDose().map(d -> d.injection().reactions().isEmpty() ? "None recorded"
                : d.injection().reactions().stream().map(CodeLabels::of).collect(Collectors.joining(", ")))
                .orElse("No dose yet");
        lines.add(new Line("recordReactions", "Reactions after it", reactions,
                r.lastDose().map(d -> !d.injection().reactions().isEmpty()).orElse(false)));
        List<RecordedHeadache> since = r.headachesSinceLastDose();
        lines.add(new Line("recordHeadaches", "Headaches since", since.isEmpty() ? "None recorded"
                : since.stream().map(h -> h.entry().onsetAt().toLocalDate() + " severity " + h.entry().severity()
                        + "/10 (" + CodeLabels.of(h.entry().type()) + ")").collect(Collectors.joining("; ")),
                !since.isEmpty()));
        KnownAllergies allergies = r.patient().knownAllergies();
        lines.add(new Line("recordAllergies", "Known allergies", allergies.describe(), allergies.any()));
        lines.add(new Line("recordAlerts", "Open alerts", r.openAlerts().isEmpty() ? "None"
                : String.join("\n", r.openAlerts()), !r.openAlerts().isEmpty()));
        return lines;
    }

    /** Each due dose on record and what became of it, newest first. */
    public static List<String> history(OnRecord r) {
        return r.outcomes().stream().map(RecordSummary::outcome).toList();
    }

    static String outcome(DoseOutcome o) {
        String what = switch (o.kind()) {
            case GIVEN -> "given" + (o.lotNumber().isEmpty() ? "" : ", lot " + o.lotNumber())
                    + (o.givenBy().isEmpty() ? "" : ", by " + o.givenBy())
                    + (o.overrideReason().isEmpty() ? "" : "; HOLD overridden: " + o.overrideReason());
            case HELD -> "held: " + o.reason();
            case REFUSED -> "refused by the patient" + (o.reason().isEmpty() ? "" : ": " + o.reason());
            case NOT_GIVEN -> "not given: " + o.reason();
        };
        return "Dose due " + o.dueOn() + " " + what + " (check said " + o.decision().label() + ")";
    }

    /** What a correction says, beside the outcome it corrects; empty while the outcome stands. */
    static String correction(DoseOutcome o) {
        return o.enteredInError().map(e -> "Entered in error: " + e.reason() + " (marked by " + e.recordedBy() + ", "
                + TypedDates.format(e.recordedAt(), ZoneId.systemDefault()) + ")").orElse("");
    }

    /** The outcome in a word or two: given, held, refused, not given. */
    static String kind(DoseOutcome o) {
        return o.kind().code().replace('_', ' ');
    }

    static String prescription(Prescription p) {
        String loading = p.schedule().loading().map(RecordSummary::loading).orElse("");
        return CodeLabels.of(p.product()) + " " + DoseDrawnUp.micrograms(p.doseMicrograms()) + " micrograms IM; "
                + loading + "every " + p.schedule().maintenanceIntervalDays() + " days; from " + p.startDate();
    }

    private static String loading(LoadingCourse l) {
        return "loading " + l.doses() + " doses every " + l.intervalDays() + (l.intervalDays() == 1 ? " day" : " days")
                + ", then ";
    }

    static String dose(Injection i) {
        return TypedDates.format(i.givenAt()) + ", " + CodeLabels.of(i.site()) + ", "
                + CodeLabels.of(i.product()) + " " + DoseDrawnUp.micrograms(i.doseMicrograms()) + " micrograms";
    }

    static boolean given(DoseOutcome o) {
        return o.kind() == DoseOutcomeKind.GIVEN;
    }
}
