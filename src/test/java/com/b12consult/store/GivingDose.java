package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A nurse at a workstation of their own (a JVM of its own, started by {@link SavingWorkstation}) recording one
 * due dose as Given: it opens the database, prints "ready", waits for a line on its standard input (the other
 * workstation gets its line at the same moment), records, and prints "given OUTCOME_ID" or, when the dose was
 * recorded first elsewhere, "refused GIVEN_BY RECORDED_AT".
 * <p>
 * Arguments: database (as {@link SavingWorkstation#address}), patient id, prescription id, the day the dose is
 * due, the nurse's initials.
 */
public final class GivingDose {
    private GivingDose() {
    }

    public static void main(String[] args) throws DatabaseOpenException, IOException {
        long patientId = Long.parseLong(args[1]);
        long prescriptionId = Long.parseLong(args[2]);
        LocalDate dueOn = LocalDate.parse(args[3]);
        String initials = args[4];
        try (Database database = Database.open(SavingWorkstation.location(args[0]))) {
            AuditLog auditLog = new AuditLog(database, Clock.systemUTC());
            InjectionRepository injections = new InjectionRepository(database, auditLog);
            DoseOutcomeRepository outcomes = new DoseOutcomeRepository(database, auditLog, injections,
                    new AssessmentRepository(database, auditLog));
            GivenDose dose = new GivenDose(new Injection(LocalDateTime.of(2026, 11, 21, 9, 0), Product.HYDROXOCOBALAMIN,
                    1000, InjectionSite.LEFT_DELTOID, List.of()), "L1", LocalDate.of(2027, 1, 31), initials);
            say("ready");
            if (System.in.read() < 0) {
                return; // the test went away without saying go
            }
            try {
                DoseOutcome given = outcomes.recordGiven(patientId, prescriptionId, dueOn, dose, DecisionStatus.PROCEED,
                        "", DoseOutcomeRepositoryTest.CHECK, new Actor("nurse-" + initials, initials));
                say("given " + given.id());
            } catch (DoseAlreadyGivenException e) {
                say("refused " + e.givenBy() + " " + e.recordedAt().map(Object::toString).orElse("-"));
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
