package com.b12consult.rules;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.Decision;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DerivedFacts;
import com.b12consult.domain.Finding;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a valid assessment against the rulebook. Small and boring on purpose: derive the facts once,
 * test every rule, order the findings most severe first, and take the most serious decision any fired
 * rule asks for, so that a red flag can never be outweighed.
 */
public final class RuleEngine {
    /** Reason given when nothing stands against the dose. */
    public static final String NOTHING_AGAINST = "Nothing in this assessment stands against the dose";

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator
            .comparing((Finding f) -> f.severity()).reversed()
            .thenComparing(Finding::kind);

    private final Rulebook rulebook;

    public RuleEngine(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    public Report evaluate(Assessment assessment, LabLimits limits) {
        DerivedFacts derived = FactDeriver.derive(assessment, limits);
        EvaluationContext context = new EvaluationContext(assessment, derived, limits);
        List<Finding> findings = new ArrayList<>();
        DecisionStatus status = DecisionStatus.PROCEED;
        List<Rule> fired = new ArrayList<>();
        Map<String, Set<DecisionStatus>> withheld = new HashMap<>();
        for (Rule rule : rulebook.rules()) {
            Condition.Outcome outcome = rule.when().evaluate(context);
            if (!outcome.holds()) {
                continue;
            }
            fired.add(rule);
            withheld.put(rule.id(), rule.withheldWhen());
            List<String> because = outcome.because().isEmpty() ? List.of(rule.when().describe()) : outcome.because();
            findings.add(new Finding(rule.id(), rule.topic(), rule.kind(), rule.severity(), rule.title(), rule.text(),
                    rule.patientText(), because, rule.source()));
            if (rule.decision().isPresent()) {
                status = status.max(rule.decision().get());
            }
        }
        // advice that must not stand beside the decision reached (no "exercise is fine" on a held dose)
        final DecisionStatus decided = status;
        findings.removeIf(f -> withheld.getOrDefault(f.id(), Set.of()).contains(decided));
        findings.sort(MOST_SEVERE_FIRST); // stable: rulebook order within equal severity and kind
        return new Report(Report.SCHEMA_VERSION, rulebook.ref(), new Decision(status, reasons(status, fired)), findings, derived);
    }

    private static List<String> reasons(DecisionStatus status, List<Rule> fired) {
        if (status == DecisionStatus.PROCEED) {
            return List.of(NOTHING_AGAINST);
        }
        return fired.stream()
                .filter(r -> r.decision().orElse(DecisionStatus.PROCEED) == status)
                .sorted(Comparator.comparing(Rule::severity).reversed())
                .map(Rule::title)
                .distinct()
                .toList();
    }
}
