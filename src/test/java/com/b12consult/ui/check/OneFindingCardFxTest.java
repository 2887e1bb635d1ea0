package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Report;
import com.b12consult.ui.FindingCard;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.consult.LiveConsultation;
import com.b12consult.ui.consult.ReviewStepViewModel;
import com.b12consult.ui.consult.ReviewView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pre-injection check and the consultation's review show a finding on one card, in one wording: the same
 * headings, the same "Because" and "Source" lines, the same severity styling. A card forked on either screen
 * fails here.
 */
class OneFindingCardFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;
    CheckFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new CheckFixture(dir, PreInjectionCheckViewModelTest.NOW);
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void theCheckAndTheReviewShowEveryFindingAlike() throws Exception {
        Patient patient = fixture.maintenancePatient("Ada Lovelace", "P-0001",
                PreInjectionCheckViewModelTest.NOW.minusDays(90));
        PreInjectionCheckViewModel model = fixture.checkModel();
        PreInjectionCheckView check = new PreInjectionCheckView(model,
                new PrescriptionFormViewModel(model, fixture.prescriptions, CheckFixture.NURSE, fixture.clock,
                        com.b12consult.ui.InlineTaskRunner.INSTANCE),
                new FollowUpViewModel(model, fixture.outcomes, fixture.headaches, CheckFixture.NURSE, fixture.clock, com.b12consult.ui.InlineTaskRunner.INSTANCE));
        ReviewView[] review = new ReviewView[1];
        FxToolkit.setupStage(s -> {
            model.open(patient);
            // every question yes, every sign ticked: alerts, checklist items and caveats of every severity
            for (TodayQuestion q : TodayQuestion.values()) {
                model.answer(q).yesProperty().set(true);
                q.signs().forEach(sign -> model.answer(q).signProperty(sign).set(true));
            }
            model.questionsAskedProperty().set(true);
            // the consultation's review of the very report the check shows
            review[0] = new ReviewView(new ReviewStepViewModel(new Fixed(model.reportProperty().get()),
                    FXCollections.observableArrayList()));
            Scene scene = new Scene(new TabPane(new Tab("check", check.root()), new Tab("review", review[0])),
                    1280, 800);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Report report = model.reportProperty().get();
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        for (Finding f : report.findings()) {
            Node inCheck = check.root().lookup("#findingsList").lookupAll(".finding").stream()
                    .filter(n -> ("finding-" + f.id()).equals(n.getId())).findFirst().orElse(null);
            Node inReview = review[0].lookup("#" + FindingCard.idOf("finding", f));
            assertNotNull(inCheck, f.id() + " on the check");
            assertNotNull(inReview, f.id() + " on the review");
            assertEquals(lines(inReview), lines(inCheck), f.id());
            kinds.add(f.kind());
        }
        assertEquals(EnumSet.allOf(FindingKind.class), kinds, "every kind of finding compared");

        // and the wording is the one chosen for both
        Finding urgent = report.findings().stream().filter(f -> f.kind() == FindingKind.ALERT
                && !f.because().isEmpty()).findFirst().orElseThrow();
        List<String> shown = lines(review[0].lookup("#" + FindingCard.idOf("finding", urgent)));
        assertTrue(shown.get(1).endsWith("ALERT  \u00b7  " + urgent.severity().code().toUpperCase() + "  \u00b7  "
                + urgent.title()), shown.get(1));
        assertTrue(shown.get(3).endsWith("Because: " + String.join("; ", urgent.because())), shown.get(3));
        assertTrue(shown.get(4).endsWith("Source: " + urgent.source().display()), shown.get(4));
    }

    /** The card's own lines, not the tick or the answer a screen adds beneath: style, shown or not, and text. */
    private static List<String> lines(Node card) {
        List<String> out = new ArrayList<>();
        out.add(card.getStyleClass() + " | " + card.getAccessibleText());
        for (Node n : ((Parent) card).getChildrenUnmodifiable()) {
            if (n instanceof Label l && l.getStyleClass().stream().anyMatch(c -> c.startsWith("finding-"))) {
                out.add(l.getStyleClass() + " | " + l.isVisible() + " | " + l.getText());
            }
        }
        return out;
    }

    /** A consultation whose report is the check's. */
    private record Fixed(Report shown) implements LiveConsultation {
        @Override
        public ReadOnlyObjectProperty<com.b12consult.domain.Assessment> assessment() {
            return new ReadOnlyObjectWrapper<com.b12consult.domain.Assessment>().getReadOnlyProperty();
        }

        @Override
        public ReadOnlyObjectProperty<Report> report() {
            return new ReadOnlyObjectWrapper<>(shown).getReadOnlyProperty();
        }

        @Override
        public LabLimits limits() {
            return LabLimits.defaults();
        }
    }
}
