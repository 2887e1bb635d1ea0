package com.b12consult.demo;

import com.b12consult.domain.DoseCalendar;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SymptomCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One sample patient's time at the clinic, planned before anything is written: who they are, what was prescribed,
 * and each thing that happened, in order, every one of them before {@code today}. Doses follow the
 * {@link DoseCalendar} as the check screen does; a dose held, refused or not given stays due and is given at a
 * later visit. Some patients are moved in time so that their next dose falls due today, or is overdue.
 */
final class PatientStory {
    /** Something that happened, and when it was written down. */
    sealed interface Event {
        LocalDateTime at();
    }

    record Registered(LocalDateTime at) implements Event {
    }

    record Prescribed(LocalDateTime at) implements Event {
    }

    record LabEntered(LocalDateTime at, LabPanel panel) implements Event {
    }

    record HeadacheNoted(LocalDateTime at, HeadacheEntry entry) implements Event {
    }

    /** A visit for the dose due on {@code dueOn}: given, or not, for {@code reason}; {@code number} counts visits. */
    record Visit(LocalDateTime at, int number, LocalDate dueOn, DoseOutcomeKind kind, String reason,
                 InjectionSite site, List<SymptomCode> reactionsNoted, List<SymptomCode> signsNow) implements Event {
    }

    /** Reactions the patient reported after the dose of visit {@code visit}. */
    record ReactionReported(LocalDateTime at, int visit, List<SymptomCode> reactions) implements Event {
    }

    /** A consultation; the first one carries the prescription, a review the newest lab panel. */
    record Consulted(LocalDateTime at, Kind kind, Optional<LabPanel> newLab) implements Event {
        enum Kind { FIRST, REVIEW, RED_FLAG }
    }

    private static final List<String> ALLERGY_LISTS = List.of("Penicillin", "Penicillin (rash)", "Latex",
            "Sulfonamides", "Codeine (nausea)", "Sticking plaster", "Ibuprofen", "Amoxicillin, latex", "Peanuts");
    private static final List<String> HELD = List.of("Unwell with a fever today: rebooked",
            "Feverish since yesterday: rebooked for when well");
    private static final List<String> NOT_GIVEN = List.of("Product out of stock: rebooked",
            "Had to leave before the dose: rebooked", "Arrived after the clinic closed: rebooked");
    private static final List<SymptomCode> LATER = List.of(SymptomCode.INJECTION_SITE_SORENESS,
            SymptomCode.INJECTION_SITE_SORENESS, SymptomCode.DIZZINESS, SymptomCode.NAUSEA, SymptomCode.FATIGUE);

    final Patient patient;
    final Optional<Prescription> prescription;
    final List<Event> events;

    private PatientStory(Patient patient, Optional<Prescription> prescription, List<Event> events) {
        this.patient = patient;
        this.prescription = prescription;
        this.events = events;
    }

    LocalDateTime registeredAt() {
        return events.get(0).at();
    }

    PatientStory withIdentifier(String identifier) {
        Patient p = patient;
        return new PatientStory(Patient.unsaved(p.name(), identifier, p.birthDate(), p.sex(), p.knownAllergies()),
                prescription, events);
    }

    /** The story of the {@code index}th patient planned (the index picks the rare kinds, so a small clinic has them). */
    static PatientStory plan(SplittableRandom r, int index, LocalDate today) {
        double s = r.nextDouble();
        Sex sex = s < 0.53 ? Sex.FEMALE : s < 0.985 ? Sex.MALE : s < 0.993 ? Sex.OTHER : Sex.UNKNOWN;
        String name = SampleNames.name(r, sex);
        Optional<LocalDate> birth = r.nextInt(100) < 97
                ? Optional.of(today.minusYears(18 + r.nextInt(76)).minusDays(r.nextInt(365))) : Optional.empty();
        double a = r.nextDouble();
        KnownAllergies allergies = a < 0.5 ? KnownAllergies.NONE_KNOWN
                : a < 0.72 ? KnownAllergies.listed(SampleNames.pick(r, ALLERGY_LISTS)) : KnownAllergies.NOT_RECORDED;
        Patient patient = Patient.unsaved(name, "P-" + index, birth, sex, allergies);

        boolean referralOnly = index % 25 == 24;
        boolean inLoading = !referralOnly && (index % 9 == 4 || r.nextDouble() < 0.06);
        Product product = r.nextDouble() < 0.85 ? Product.HYDROXOCOBALAMIN : Product.CYANOCOBALAMIN;
        int interval = product == Product.CYANOCOBALAMIN ? 30 : r.nextDouble() < 0.7 ? 84 : 56;
        boolean withLoading = inLoading || r.nextDouble() < 0.7;
        DosingSchedule schedule = new DosingSchedule(withLoading ? Optional.of(LoadingCourse.forDays(2, 14))
                : Optional.empty(), interval);
        int loadingDays = withLoading ? 14 : 0;
        int maintenance = withLoading ? 1 + r.nextInt(4) : 5 + r.nextInt(7);
        LocalDate start = inLoading ? today.minusDays(1 + r.nextInt(11))
                : today.minusDays(loadingDays + (long) maintenance * interval + r.nextInt(interval));
        if (referralOnly) {
            start = today.minusDays(3 + r.nextInt(20));
        }
        Prescription rx = Prescription.unsaved(0, product, 1000, schedule, start);

        List<Visit> visits = referralOnly ? List.of() : visits(r, rx, today);
        // move the whole course so that its next dose is due today, or overdue, when that keeps it in the past
        LocalDate next = DoseCalendar.next(rx, givenTimes(visits), today).dueOn();
        LocalDate lastDay = visits.isEmpty() ? start : visits.get(visits.size() - 1).at().toLocalDate();
        long shift = 0;
        if (!referralOnly && index % 8 == 3) {
            shift = ChronoUnit.DAYS.between(next, today);
        } else if (!referralOnly && index % 8 == 6) {
            shift = ChronoUnit.DAYS.between(next, today) - 1 - r.nextInt(21);
        }
        if (shift != 0 && lastDay.plusDays(shift).isBefore(today) && !start.plusDays(shift).isAfter(today)) {
            start = start.plusDays(shift);
            lastDay = lastDay.plusDays(shift);
            rx = Prescription.unsaved(0, product, 1000, schedule, start);
            long by = shift;
            visits = visits.stream().map(v -> new Visit(v.at().plusDays(by), v.number(), v.dueOn().plusDays(by),
                    v.kind(), v.reason(), v.site(), v.reactionsNoted(), v.signsNow())).toList();
        }

        List<Event> events = new ArrayList<>();
        LocalDate drawn = start.minusDays(7 + r.nextInt(21));
        events.add(new Registered(at(drawn, 8, 40, r)));
        Labs labs = new Labs(r, index);
        LabPanel baseline = labs.baseline(drawn);
        boolean firstConsultation = r.nextDouble() < 0.35 || index % 10 == 1;
        if (firstConsultation) {
            events.add(new Consulted(start.atTime(8, 5 * r.nextInt(6)), Consulted.Kind.FIRST, Optional.of(baseline)));
        } else {
            events.add(new LabEntered(at(drawn.plusDays(2), 10, 0, r), baseline));
            if (!referralOnly) {
                events.add(new Prescribed(start.atTime(8, 5 * r.nextInt(6))));
            }
        }
        events.addAll(visits);
        for (Visit v : visits) {
            if (v.kind() == DoseOutcomeKind.GIVEN && r.nextDouble() < 0.035) {
                LocalDateTime said = at(v.at().toLocalDate().plusDays(1 + r.nextInt(3)), 9, 30, r);
                if (said.toLocalDate().isBefore(today)) {
                    events.add(new ReactionReported(said, v.number(), List.of(SampleNames.pick(r, LATER))));
                }
            }
        }
        if (!referralOnly) {
            boolean review = r.nextDouble() < 0.12;
            LocalDate taken = drawn.plusDays(90 + r.nextInt(90));
            for (int n = 1; taken.plusDays(2).isBefore(today); n++) {
                LabPanel panel = labs.followUp(taken, n);
                LocalDateTime entered = at(taken.plusDays(2), 10, 0, r);
                LocalDate after = taken.plusDays(120 + r.nextInt(120));
                boolean last = !after.plusDays(2).isBefore(today);
                events.add(last && review ? new Consulted(entered, Consulted.Kind.REVIEW, Optional.of(panel))
                        : new LabEntered(entered, panel));
                taken = after;
            }
            if (index % 12 == 5 || r.nextDouble() < 0.1) {
                headaches(r, visits, today, events);
            }
            long quiet = ChronoUnit.DAYS.between(lastDay, today);
            if (index % 30 == 7 && quiet >= 2) {
                LocalDate day = today.minusDays(1 + r.nextInt((int) Math.min(10, quiet - 1)));
                events.add(new Consulted(at(day, 14, 0, r).withHour(14), Consulted.Kind.RED_FLAG, Optional.empty()));
            }
        }
        events.sort(Comparator.comparing(Event::at));
        return new PatientStory(patient, referralOnly ? Optional.empty() : Optional.of(rx), List.copyOf(events));
    }

    private static List<Visit> visits(SplittableRandom r, Prescription rx, LocalDate today) {
        List<Visit> visits = new ArrayList<>();
        List<InjectionSite> sites = sitePair(r);
        List<LocalDateTime> given = new ArrayList<>();
        int number = 0;
        while (true) {
            LocalDate dueOn = DoseCalendar.next(rx, given, today).dueOn();
            int late = r.nextInt(100);
            LocalDate day = dueOn.plusDays(late < 75 ? 0 : late < 93 ? 1 + r.nextInt(3) : 4 + r.nextInt(7));
            if (!day.isBefore(today)) {
                return visits;
            }
            double o = r.nextDouble();
            DoseOutcomeKind kind = o < 0.02 ? DoseOutcomeKind.HELD : o < 0.035 ? DoseOutcomeKind.REFUSED
                    : o < 0.05 ? DoseOutcomeKind.NOT_GIVEN : DoseOutcomeKind.GIVEN;
            if (kind != DoseOutcomeKind.GIVEN) {
                String reason = switch (kind) {
                    case HELD -> SampleNames.pick(r, HELD);
                    case REFUSED -> r.nextBoolean() ? "" : "Asked to come back next week";
                    default -> SampleNames.pick(r, NOT_GIVEN);
                };
                visits.add(new Visit(at(day, 8, 30, r), ++number, dueOn, kind, reason, sites.get(0), List.of(),
                        kind == DoseOutcomeKind.HELD ? List.of(SymptomCode.FEVER) : List.of()));
                day = day.plusDays(2 + r.nextInt(6));
                if (!day.isBefore(today)) {
                    return visits;
                }
            }
            LocalDateTime at = at(day, 8, 30, r);
            List<SymptomCode> noted = r.nextDouble() < 0.025 ? List.of(SymptomCode.INJECTION_SITE_SORENESS) : List.of();
            visits.add(new Visit(at, ++number, dueOn, DoseOutcomeKind.GIVEN, "", sites.get(given.size() % 2), noted,
                    List.of()));
            given.add(at);
        }
    }

    private static List<LocalDateTime> givenTimes(List<Visit> visits) {
        return visits.stream().filter(v -> v.kind() == DoseOutcomeKind.GIVEN).map(Visit::at).toList();
    }

    private static List<InjectionSite> sitePair(SplittableRandom r) {
        double s = r.nextDouble();
        return s < 0.7 ? List.of(InjectionSite.LEFT_DELTOID, InjectionSite.RIGHT_DELTOID)
                : s < 0.9 ? List.of(InjectionSite.LEFT_GLUTEAL, InjectionSite.RIGHT_GLUTEAL)
                : List.of(InjectionSite.LEFT_THIGH, InjectionSite.RIGHT_THIGH);
    }

    /** A few headaches noted in the diary, each a day or two after a dose, written down the next day. */
    private static void headaches(SplittableRandom r, List<Visit> visits, LocalDate today, List<Event> events) {
        List<Visit> given = visits.stream().filter(v -> v.kind() == DoseOutcomeKind.GIVEN).toList();
        int count = Math.min(given.size(), 2 + r.nextInt(4));
        for (int i = given.size() - count; i < given.size(); i++) {
            if (r.nextInt(3) == 0) {
                continue;
            }
            LocalDateTime onset = given.get(i).at().toLocalDate().plusDays(1 + r.nextInt(2))
                    .atTime(7 + r.nextInt(12), r.nextInt(4) * 15);
            LocalDateTime noted = at(onset.toLocalDate().plusDays(1), 9, 0, r);
            if (!noted.toLocalDate().isBefore(today)) {
                continue;
            }
            HeadacheType type = SampleNames.pick(r, List.of(HeadacheType.TENSION, HeadacheType.TENSION,
                    HeadacheType.MIGRAINE, HeadacheType.UNKNOWN));
            List<SymptomCode> with = type == HeadacheType.MIGRAINE && r.nextBoolean()
                    ? List.of(SymptomCode.LIGHT_SENSITIVITY, SymptomCode.NAUSEA) : List.of();
            events.add(new HeadacheNoted(noted, new HeadacheEntry(onset, 2 + r.nextInt(4), type, with)));
        }
    }

    /** A moment on {@code day} in clinic hours, from {@code hour}:{@code minute} to eight hours later, to 5 minutes. */
    static LocalDateTime at(LocalDate day, int hour, int minute, SplittableRandom r) {
        return day.atTime(LocalTime.of(hour, minute)).plusMinutes(5L * r.nextInt(96));
    }
}
