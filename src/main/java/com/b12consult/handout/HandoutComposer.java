package com.b12consult.handout;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Injection;
import com.b12consult.domain.Product;
import com.b12consult.domain.Report;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.Severity;
import com.b12consult.domain.Topic;
import com.b12consult.handout.HandoutDocument.Block;
import com.b12consult.handout.HandoutDocument.BulletList;
import com.b12consult.handout.HandoutDocument.FillInTable;
import com.b12consult.handout.HandoutDocument.Lead;
import com.b12consult.handout.HandoutDocument.Paragraph;
import com.b12consult.handout.HandoutDocument.Section;
import com.b12consult.rules.Rule;
import com.b12consult.rules.Rulebook;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes one patient's handout from a saved assessment and its report. Every clinical sentence comes from
 * the rulebook's patient texts, so the clinician and the patient read the same content at two reading
 * levels; this class adds only headings, the plan's facts and the clinic's details.
 */
public final class HandoutComposer {

    static final String URGENT_HEADING = "When to get help right away";
    static final String NOW_HEADING = "Important for you now";
    static final String PLAN_HEADING = "Your plan";
    static final String NEXT_STEPS_HEADING = "Questions to ask and next steps";
    /** The plan's first line when the dose is not to be given: why, in the patient's words, and where to read more. */
    static final String SHOT_NOT_NOW = "No B12 shot for now. You need medical help first: see \u201c" + URGENT_HEADING + "\u201d.";
    static final String SHOT_ON_HOLD = "Your B12 shot is on hold. Do not have another shot until your clinician has checked "
            + "you: see \u201c" + NOW_HEADING + "\u201d.";
    static final String NEXT_AFTER_CHECK = "we will give you a new date after your clinician has checked you.";
    /**
     * Whom to call, in words, when Settings holds no clinic name: the patient still knows who "us" is. The
     * handout, not the shot: a handout is given when the dose is held too.
     */
    static final String THE_CLINIC = "the clinic that gave you this handout";
    /**
     * Without a phone the handout cannot say "call us on": it sends the urgent signs where their own sentences
     * do, in the rulebook's words ("Get medical help now", "Call for emergency help now"), not to the clinic.
     */
    static final String URGENT_NOT_THE_CLINIC = "For the signs under \u201c" + URGENT_HEADING + "\u201d, do not wait"
            + " for the clinic: get medical help now or call for emergency help now, as each sign says.";
    static final String SUPPORTS_NOT_REPLACES = "This handout supports your clinician's advice. It does not replace it.";
    static final List<String> HEADACHE_LOG_COLUMNS = List.of("Date and time of your shot", "When the headache started",
            "How bad (0 to 10)", "Other symptoms");

    private static final Map<Topic, String> TOPIC_HEADINGS = topicHeadings();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Map<String, Rule> rulesById;
    /** Shown on every handout, whatever the report says: the rulebook names the signs no patient should sit on. */
    private final List<String> onEveryHandout;
    /** Red flags that belong to a topic, shown when that topic applies to the patient, in the rulebook's order. */
    private final Map<Topic, String> onHandoutWhenTopic;
    /** What to expect, and when: part of every plan. */
    private final String whatToExpect;
    private final RulebookRef rulebook;

    /** A composer for the rulebook's handout policy, which its loader has checked (every rule it names exists). */
    public HandoutComposer(Rulebook rulebook) {
        this.rulesById = rulebook.rules().stream().collect(Collectors.toMap(Rule::id, r -> r, (a, b) -> a));
        this.onEveryHandout = rulebook.onEveryHandout();
        this.onHandoutWhenTopic = rulebook.onHandoutWhenTopic();
        this.whatToExpect = rulebook.onEveryPlan();
        this.rulebook = rulebook.ref();
    }

    /**
     * The handout for one patient.
     *
     * @param patientName  as the clinic knows the patient (an assessment file holds only the patient id)
     * @param nextDose     the next dose date, when the schedule is known
     * @param date         the day the handout is given
     */
    public HandoutDocument compose(Assessment assessment, Report report, String patientName, ClinicSettings clinic,
                                   Optional<LocalDate> nextDose, LocalDate date) {
        return compose(assessment, StoredReport.of(report), patientName, clinic, nextDose, date);
    }

    /** The rulebook whose red flags every handout prints; a stored report may come from another. */
    public RulebookRef rulebook() {
        return rulebook;
    }

    /**
     * The handout for one patient from a report as it was stored: its findings' patient texts as they were then;
     * the red flags every handout carries come from the rulebook in use.
     */
    public HandoutDocument compose(Assessment assessment, StoredReport report, String patientName, ClinicSettings clinic,
                                   Optional<LocalDate> nextDose, LocalDate date) {
        List<Finding> findings = report.findings();
        Set<Topic> topics = findings.stream().map(Finding::topic).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> shown = new LinkedHashSet<>();
        List<Section> sections = new ArrayList<>();

        sections.add(urgentHelp(assessment, findings, topics, shown));
        List<String> now = findings.stream()
                .filter(f -> f.kind() == FindingKind.ALERT && !shown.contains(f.id()))
                .sorted(Comparator.comparing(Finding::severity, Comparator.comparingInt(HandoutComposer::rank)))
                .map(f -> remember(shown, f.id(), f.patientText()))
                .toList();
        if (!now.isEmpty()) {
            sections.add(new Section(NOW_HEADING, List.of(new BulletList(now))));
        }
        sections.add(plan(assessment, report.decision().status(), nextDose, shown));

        Map<Topic, List<String>> byTopic = new EnumMap<>(Topic.class);
        for (Finding f : findings) {
            if (!shown.contains(f.id()) && f.topic() != Topic.GENERAL) {
                byTopic.computeIfAbsent(group(f.topic()), t -> new ArrayList<>()).add(remember(shown, f.id(), f.patientText()));
            }
        }
        for (Map.Entry<Topic, List<String>> e : byTopic.entrySet()) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new BulletList(e.getValue()));
            if (e.getKey() == Topic.HEADACHE) {
                blocks.add(headacheLog());
            }
            sections.add(new Section(TOPIC_HEADINGS.get(e.getKey()), blocks));
        }
        if (!byTopic.containsKey(Topic.HEADACHE) && topics.contains(Topic.HEADACHE)) {
            // every headache text was an alert shown above: the log still belongs to the handout
            sections.add(new Section(TOPIC_HEADINGS.get(Topic.HEADACHE), List.of(
                    headacheLog())));
        }
        List<String> nextSteps = findings.stream().filter(f -> !shown.contains(f.id()) && f.topic() == Topic.GENERAL)
                .map(f -> remember(shown, f.id(), f.patientText())).toList();
        if (!nextSteps.isEmpty()) {
            sections.add(new Section(NEXT_STEPS_HEADING, List.of(new BulletList(nextSteps))));
        }

        String clinicName = clinic.clinicName().strip();
        String clinicPhone = clinic.clinicPhone().strip();
        return new HandoutDocument("Your B12 treatment: notes for " + patientName.strip(), "en", clinic.paperSize(),
                patientName.strip(), clinicName, clinicPhone, contactLine(clinicName, clinicPhone), date, sections,
                callLine(clinicName, clinicPhone) + " " + SUPPORTS_NOT_REPLACES);
    }

    /** Under the title: the clinic as set, or in words when it is not, so "tell us" always names someone. */
    static String contactLine(String name, String phone) {
        String who = name.isEmpty() ? (phone.isEmpty() ? THE_CLINIC : "") : name;
        if (phone.isEmpty()) {
            return "Your clinic: " + who;
        }
        return "Your clinic: " + (who.isEmpty() ? "" : who + ", ") + "phone " + phone;
    }

    /** At the end: whom to call with questions; with no phone to give, where the urgent signs go instead. */
    static String callLine(String name, String phone) {
        if (!phone.isEmpty()) {
            return "Questions? Call us on " + phone + ".";
        }
        return "Questions? Call " + (name.isEmpty() ? THE_CLINIC : name + ", " + THE_CLINIC) + ". "
                + URGENT_NOT_THE_CLINIC;
    }

    private Section urgentHelp(Assessment assessment, List<Finding> findings, Set<Topic> topics, Set<String> shown) {
        // what fired as urgent for this patient is set apart first, then the signs every patient watches for
        List<String> now = findings.stream().filter(f -> f.severity() == Severity.URGENT)
                .map(f -> remember(shown, f.id(), f.patientText())).toList();
        List<String> watch = new ArrayList<>();
        List<String> ids = new ArrayList<>(onEveryHandout);
        onHandoutWhenTopic.forEach((topic, id) -> {
            if (topics.contains(topic)) {
                ids.add(id);
            }
        });
        for (String id : ids) {
            if (!shown.contains(id)) {
                watch.add(remember(shown, id, rulesById.get(id).patientText()));
            }
        }
        if (now.isEmpty()) {
            return new Section(URGENT_HEADING, List.of(new BulletList(watch)));
        }
        return new Section(URGENT_HEADING, List.of(
                new Lead("From your check on " + DAY.format(assessment.assessedAt()) + ":"), new BulletList(now),
                new Lead("Also watch for these signs:"), new BulletList(watch)));
    }

    private Section plan(Assessment assessment, DecisionStatus decision, Optional<LocalDate> nextDose, Set<String> shown) {
        List<String> facts = new ArrayList<>();
        Optional<String> dose = assessment.plannedInjection()
                .map(p -> dose(p.product(), p.prescribedDoseMicrograms() > 0 ? p.prescribedDoseMicrograms() : p.doseMicrograms()))
                .or(() -> assessment.injections().stream().max(Comparator.comparing(Injection::givenAt))
                        .map(i -> dose(i.product(), i.doseMicrograms())));
        boolean stopped = decision == DecisionStatus.URGENT || decision == DecisionStatus.HOLD;
        if (decision == DecisionStatus.URGENT) {
            facts.add(SHOT_NOT_NOW);
        } else if (decision == DecisionStatus.HOLD) {
            facts.add(SHOT_ON_HOLD);
        }
        // a held or stopped shot is not "your shot": the prescription is named as what it is
        facts.add((stopped ? "Your prescription: " : "Your B12 shot: ")
                + dose.orElse("ask your clinician which product and dose are right for you") + ".");
        assessment.injections().stream().max(Comparator.comparing(Injection::givenAt))
                .ifPresent(i -> facts.add("Your last shot: " + DAY.format(i.givenAt()) + "."));
        facts.add("Your next shot: " + (stopped ? NEXT_AFTER_CHECK : nextDose.map(DAY::format).orElse("ask us for the date") + "."));
        shown.add(whatToExpect);
        return new Section(PLAN_HEADING, List.of(new BulletList(facts),
                new Paragraph(rulesById.get(whatToExpect).patientText())));
    }

    private static FillInTable headacheLog() {
        return new FillInTable("Your headache log", HEADACHE_LOG_COLUMNS, List.of(1.2, 1.2, 1.1, 1.5), 6);
    }

    private static String dose(Product product, double micrograms) {
        String amount = micrograms == Math.rint(micrograms) ? String.valueOf((long) micrograms) : String.valueOf(micrograms);
        return CodeLabels.of(product) + ", " + amount + " micrograms";
    }

    private static String remember(Set<String> shown, String id, String text) {
        shown.add(id);
        return text;
    }

    /** Platelets and the other blood counts are one subject to a patient: their blood tests. */
    private static Topic group(Topic topic) {
        return topic == Topic.PLATELETS ? Topic.BLOOD_COUNT : topic;
    }

    private static int rank(Severity s) {
        return -s.ordinal();
    }

    private static Map<Topic, String> topicHeadings() {
        Map<Topic, String> m = new EnumMap<>(Topic.class);
        m.put(Topic.CLOT, "Blood clots");
        m.put(Topic.BLOOD_COUNT, "Your blood tests");
        m.put(Topic.HEADACHE, "Headaches");
        m.put(Topic.ALLERGY, "Allergic reactions");
        m.put(Topic.EXERCISE, "Exercise on the day of your shot");
        m.put(Topic.INJECTION, "Your shot");
        m.put(Topic.GENERAL, NEXT_STEPS_HEADING);
        return m;
    }
}
