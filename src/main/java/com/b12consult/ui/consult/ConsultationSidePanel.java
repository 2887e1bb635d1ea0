package com.b12consult.ui.consult;

import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Report;
import com.b12consult.ui.DecisionBanner;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel on every step: the decision as it stands, how many alerts, and which typed values
 * the findings leave out until they are corrected.
 */
final class ConsultationSidePanel {
    private ConsultationSidePanel() {
    }

    static Node of(ConsultationViewModel model) {
        Label headline = new Label();
        headline.setId("sideHeadline");
        headline.getStyleClass().add("banner-headline");
        headline.setWrapText(true);
        Label instruction = new Label();
        instruction.setId("sideInstruction");
        instruction.getStyleClass().add("banner-instruction");
        instruction.setWrapText(true);
        VBox banner = new VBox(6, headline, instruction);
        banner.setId("sideBanner");
        banner.getStyleClass().addAll("decision-banner", "consult-banner");
        banner.setAlignment(Pos.TOP_LEFT);

        Label counts = new Label();
        counts.setId("alertCount");
        counts.getStyleClass().add("side-counts");
        counts.setWrapText(true);
        VBox alerts = new VBox(4);
        alerts.setId("sideAlerts");
        Runnable show = () -> {
            Report r = model.recordProperty().get() == null ? null : model.report().get();
            DecisionBanner b = DecisionBanner.of(r);
            headline.setText(r == null ? "No consultation open" : b.headline());
            instruction.setText(r == null ? "Start one from the Patients screen." : b.instruction());
            banner.getStyleClass().removeIf(c -> c.startsWith("banner-"));
            banner.getStyleClass().add(b.styleClass());
            banner.setAccessibleText("Decision now: " + headline.getText() + ". " + instruction.getText());
            counts.setText(r == null ? "" : counts(r));
            counts.setAccessibleText(counts.getText());
            alerts.getChildren().clear();
            if (r != null) {
                for (Finding f : r.findings()) {
                    if (f.kind() == FindingKind.ALERT) {
                        Label l = new Label(f.severity().code().toUpperCase() + "  " + f.title());
                        l.getStyleClass().addAll("side-alert", "severity-" + f.severity().code());
                        l.setWrapText(true);
                        alerts.getChildren().add(l);
                    }
                }
            }
        };
        model.report().addListener((obs, was, now) -> show.run());
        model.recordProperty().addListener((obs, was, now) -> show.run());
        show.run();

        Label leftOutTitle = new Label("Left out of the findings until corrected");
        leftOutTitle.getStyleClass().add("field-label");
        leftOutTitle.setWrapText(true);
        VBox leftOut = new VBox(4);
        leftOut.setId("sidePending");
        Runnable pending = () -> leftOut.getChildren().setAll(model.pendingProblems().stream().map(p -> {
            Label l = new Label(p.field() + ": " + p.message());
            l.getStyleClass().add("field-error");
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        model.pendingProblems().addListener((ListChangeListener<FieldProblem>) c -> pending.run());
        pending.run();
        VBox pendingBox = new VBox(4, leftOutTitle, leftOut);
        pendingBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.pendingProblems()));
        pendingBox.managedProperty().bind(pendingBox.visibleProperty());

        VBox panel = new VBox(12, banner, counts, alerts, pendingBox);
        panel.setId("consultSidePanel");
        panel.getStyleClass().add("consult-side");
        return panel;
    }

    private static String counts(Report r) {
        long alerts = r.findings().stream().filter(f -> f.kind() == FindingKind.ALERT).count();
        long checklist = r.findings().stream().filter(f -> f.kind() == FindingKind.CHECKLIST).count();
        long caveats = r.findings().stream().filter(f -> f.kind() == FindingKind.CAVEAT).count();
        return plural(alerts, "alert") + " · " + plural(checklist, "checklist item") + " · " + plural(caveats, "caveat");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
