package com.b12consult.ui.consult;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.ui.Fields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The consultation screen: the steps on the left (each marked while it has problems), the current step in
 * the middle with Back and Next below it, and the decision as it stands on the right, on every step.
 * Without a consultation open, it offers the drafts on file.
 */
public final class ConsultationView {
    private static final KeyCode[] STEP_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ConsultationViewModel model;
    private final Function<ConsultationStep, Node> views;
    private final BorderPane root = new BorderPane();
    private final VBox stepList = new VBox(6);
    private final ScrollPane stepScroll = new ScrollPane();
    private final StackPane stepHolder = new StackPane();
    private final Map<ConsultationStep, Node> built = new HashMap<>();
    private final HBox extraButtons = new HBox(10);
    private final HBox afterSaving = new HBox(10);
    private ConsultationHistoryView history;

    public ConsultationView(ConsultationViewModel model) {
        this(model, StepViews::of);
    }

    /** @param views the view of each step; the composition root extends it as steps are added */
    public ConsultationView(ConsultationViewModel model, Function<ConsultationStep, Node> views) {
        this.model = model;
        this.views = views;
        root.getStyleClass().addAll("screen", "consult-screen");
        VBox top = new VBox(10, header(), draftOffers());
        top.getStyleClass().add("consult-top");
        root.setTop(top);
        stepList.getStyleClass().add("step-list");
        stepList.setId("stepList");
        root.setLeft(stepList);
        stepScroll.setId("stepScroll");
        stepScroll.setFitToWidth(true);
        stepScroll.getStyleClass().add("form-scroll");
        VBox middle = new VBox(stepHolder, navigation());
        VBox.setVgrow(stepHolder, Priority.ALWAYS);
        middle.getStyleClass().add("consult-middle");
        root.setCenter(middle);
        ScrollPane side = new ScrollPane(ConsultationSidePanel.of(model));
        side.setFitToWidth(true);
        side.getStyleClass().addAll("form-scroll", "consult-side-scroll");
        root.setRight(side);
        model.steps().addListener((ListChangeListener<ConsultationStep>) c -> rebuildSteps());
        model.currentProperty().addListener((obs, was, now) -> showCurrent());
        rebuildSteps();
        root.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                removeStepKeys(was);
            }
            if (now != null) {
                installStepKeys(now);
                if (model.recordProperty().get() == null) {
                    model.refreshDrafts();
                }
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Room beside Back and Next for buttons of the composition root's. */
    public HBox extraButtons() {
        return extraButtons;
    }

    /** Room for buttons shown once a consultation is saved (the handout for the patient), above its history. */
    public HBox afterSavingButtons() {
        return afterSaving;
    }

    /** Adds "Past consultations" of the patient whose consultation is open, read-only, beside Back and Next. */
    public void offerPastConsultations(Consumer<Patient> show) {
        Button past = new Button("Past consultations");
        past.setId("pastConsultationsOfOpen");
        past.setAccessibleText("Past consultations of this patient, read-only, in a window of their own");
        past.visibleProperty().bind(model.recordProperty().isNotNull());
        past.managedProperty().bind(past.visibleProperty());
        past.setOnAction(e -> show.accept(model.recordProperty().get().patient()));
        extraButtons.getChildren().add(past);
    }

    /** Adds "Handout for the patient" once a consultation is saved, for the assessment just saved. */
    public void offerHandout(Consumer<SavedAssessment> open) {
        Button handout = new Button("_Handout for the patient");
        handout.setId("consultationHandout");
        handout.getStyleClass().add("primary");
        handout.setAccessibleText("Handout for the patient, from the consultation just saved");
        handout.visibleProperty().bind(model.savedProperty().isNotNull());
        handout.managedProperty().bind(handout.visibleProperty());
        handout.setOnAction(e -> open.accept(model.savedProperty().get().assessment()));
        afterSaving.getChildren().add(handout);
    }

    /** Once a consultation is saved, its patient's history shows here with the one saved opened. */
    public void showHistoryAfterSaving(ConsultationHistoryViewModel model) {
        history = new ConsultationHistoryView(model);
        history.setId("historyAfterSaving");
        this.model.savedProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.showPatient(now.assessment().patientId());
                model.open(now.id());
            }
            showCurrent();
        });
    }

    private Node header() {
        Label title = new Label();
        title.setId("consultPatient");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            OnRecord r = model.recordProperty().get();
            return r == null ? "Consultation" : "Consultation: " + r.patient().name() + "  ·  " + r.patient().identifier();
        }, model.recordProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label draft = new Label();
        draft.setId("draftStatus");
        draft.getStyleClass().add("muted");
        draft.textProperty().bind(model.drafts().status());
        HBox header = new HBox(12, title, spacer, draft);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    /** A line per draft on file, naming the patient and when, with Restore and Discard. */
    private Node draftOffers() {
        VBox box = new VBox(6);
        box.setId("draftOffers");
        box.getStyleClass().add("draft-offers");
        Runnable fill = () -> {
            box.getChildren().clear();
            int i = 0;
            for (DraftOffer offer : model.draftOffers()) {
                Label text = new Label(offer.describe() + ".");
                text.setWrapText(true);
                text.setId("draftOffer-" + i);
                Button restore = new Button("Restore");
                restore.setId("restoreDraft-" + i);
                restore.setAccessibleText("Restore the " + offer.describe());
                restore.getStyleClass().add("primary");
                restore.setOnAction(e -> model.restore(offer));
                Button discard = new Button("Discard");
                discard.setId("discardDraft-" + i);
                discard.setAccessibleText("Discard the " + offer.describe());
                discard.setOnAction(e -> model.discardDraft(offer));
                HBox line = new HBox(12, text, restore, discard);
                line.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(text, Priority.ALWAYS);
                box.getChildren().add(line);
                i++;
            }
        };
        model.draftOffers().addListener((ListChangeListener<DraftOffer>) c -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(model.draftOffers()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node navigation() {
        Button back = new Button("_Back");
        back.setId("consultBack");
        back.setAccessibleText("Back to the previous step");
        back.disableProperty().bind(model.backDisabledProperty());
        back.setOnAction(e -> model.back());
        Button next = new Button("_Next");
        next.setId("consultNext");
        next.setAccessibleText("Next step");
        next.getStyleClass().add("primary");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.nextDisabledProperty());
        next.setOnAction(e -> model.next());
        Label blocked = Fields.hint("Correct the fields marked in this step to go on.");
        blocked.setId("nextBlocked");
        blocked.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.currentProperty().get() != null
                && !model.currentProperty().get().problems().isEmpty(), model.currentProperty(),
                model.nextDisabledProperty()));
        blocked.managedProperty().bind(blocked.visibleProperty());
        Button save = new Button("_Save consultation");
        save.setId("saveConsultation");
        save.setAccessibleText("Save the consultation: assessment, report, ticks, note and answers");
        save.getStyleClass().add("primary");
        save.visibleProperty().bind(model.onReviewProperty());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> model.save());
        // Enabled only while the review has nothing standing in the way; the review lists what does.
        model.currentProperty().addListener((obs, was, now) -> {
            save.disableProperty().unbind();
            if (now instanceof ReviewStepViewModel review) {
                save.disableProperty().bind(review.canSave().not()
                        .or(Bindings.isNotEmpty(model.pendingProblems())));
            }
        });
        Label saveMessage = Fields.status(model.saveMessage(), "saveMessage", "error");
        // A flow, not a row: when the hint or a message shows at 1280 wide, what does not fit goes to a second
        // line instead of cutting the buttons to "Save consul..." and "Past consult...".
        FlowPane bar = new FlowPane(10, 8, back, next, blocked, save, saveMessage, extraButtons);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Label message : List.of(blocked, saveMessage)) {
            message.maxWidthProperty().bind(bar.widthProperty());
        }
        bar.getStyleClass().add("consult-nav");
        bar.visibleProperty().bind(model.recordProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void rebuildSteps() {
        built.clear();
        stepList.getChildren().clear();
        Label title = new Label("Steps");
        title.getStyleClass().add("section-title");
        stepList.getChildren().add(title);
        List<ConsultationStep> steps = model.steps();
        for (int i = 0; i < steps.size(); i++) {
            stepList.getChildren().add(stepButton(steps.get(i), i));
        }
        if (steps.isEmpty()) {
            stepList.getChildren().add(Fields.hint("Choose a patient on the Patients screen and press"
                    + " Start consultation."));
        }
        showCurrent();
    }

    private Button stepButton(ConsultationStep step, int i) {
        // Alt+B and Alt+N are Back and Next; a step title with the same letter gives it up.
        String title = step.title();
        String plain = title.replace("_", "");
        int mark = title.indexOf('_');
        char letter = mark >= 0 && mark + 1 < title.length() ? Character.toUpperCase(title.charAt(mark + 1)) : 0;
        Button b = new Button((i + 1) + "  " + (letter == 'B' || letter == 'N' ? plain : title));
        b.setId("step-" + i);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("step-button");
        b.setOnAction(e -> model.goTo(step));
        Runnable mark2 = () -> {
            boolean wrong = !step.problems().isEmpty();
            b.getStyleClass().remove("step-problems");
            if (wrong) {
                b.getStyleClass().add("step-problems");
            }
            b.setAccessibleText("Step " + (i + 1) + ", " + plain + (wrong ? ", has fields to correct" : "")
                    + ". Control+" + (i + 1) + " goes here.");
            b.setGraphic(wrong ? problemMark() : null);
        };
        step.problems().addListener((ListChangeListener<FieldProblem>) c -> mark2.run());
        mark2.run();
        return b;
    }

    private static Node problemMark() {
        Label mark = new Label("!");
        mark.getStyleClass().add("step-problem-mark");
        return mark;
    }

    private void showCurrent() {
        ConsultationStep step = model.currentProperty().get();
        if (step == null) {
            Label none = new Label("No consultation open. On the Patients screen, choose the patient and press"
                    + " Start consultation; or restore a draft above.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            none.setId("noConsultation");
            if (history != null && model.savedProperty().get() != null) {
                // Just saved: the consultation as it now stands in the patient's history, read-only.
                Label done = new Label(model.saveMessage().get() + " It is in the patient's history below, read-only.");
                done.setId("savedConsultation");
                done.getStyleClass().add("section-title");
                done.setWrapText(true);
                done.setMinHeight(Region.USE_PREF_SIZE);
                none.setMinHeight(Region.USE_PREF_SIZE);
                afterSaving.setAlignment(Pos.CENTER_LEFT);
                VBox box = new VBox(12, done, afterSaving, none, history);
                VBox.setVgrow(history, Priority.ALWAYS);
                stepHolder.getChildren().setAll(box);
                return;
            }
            stepScroll.setContent(new VBox(none));
            stepHolder.getChildren().setAll(stepScroll);
            return;
        }
        Node view = built.computeIfAbsent(step, views);
        // A step with a scroll pane of its own (the blood count, beside its charts) fills the middle as it is.
        if (view.lookup(".scroll-pane") != null) {
            stepScroll.setContent(null);
            stepHolder.getChildren().setAll(view);
        } else {
            stepScroll.setContent(view);
            stepScroll.setVvalue(0);
            stepHolder.getChildren().setAll(stepScroll);
        }
        int at = model.steps().indexOf(step);
        for (Node n : stepList.getChildren()) {
            n.getStyleClass().remove("step-current");
            if (("step-" + at).equals(n.getId())) {
                n.getStyleClass().add("step-current");
            }
        }
        // Moving on by keyboard, the focus follows into the step instead of staying on a field now hidden.
        Platform.runLater(() -> firstField(view).ifPresent(Node::requestFocus));
    }

    private static Optional<Node> firstField(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof Control && node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent p && !(node instanceof Control)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> found = firstField(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void installStepKeys(Scene scene) {
        for (int i = 0; i < STEP_KEYS.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(STEP_KEYS[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (index < model.steps().size()) {
                    model.goTo(model.steps().get(index));
                }
            });
        }
    }

    private void removeStepKeys(Scene scene) {
        for (KeyCode k : STEP_KEYS) {
            scene.getAccelerators().remove(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN));
        }
    }
}
