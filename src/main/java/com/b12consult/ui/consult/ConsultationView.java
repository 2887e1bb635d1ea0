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
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
    private final ConsultationViewModel model;
    private final Function<ConsultationStep, Node> views;
    private final BorderPane root = new BorderPane();
    private final StepList stepList;
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
        this.stepList = new StepList(model);
        root.getStyleClass().addAll("screen", "consult-screen");
        VBox top = new VBox(10, header(), DraftOffersView.of(model));
        top.getStyleClass().add("consult-top");
        root.setTop(top);
        root.setLeft(stepList.root());
        stepScroll.setId("stepScroll");
        stepScroll.setFitToWidth(true);
        stepScroll.getStyleClass().add("form-scroll");
        // Nothing is typed into a consultation being saved, or about to give way to the one being opened.
        stepHolder.disableProperty().bind(model.savingProperty().or(model.openingProperty().isNotNull()));
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
                stepList.removeKeys(was);
            }
            if (now != null) {
                stepList.installKeys(now);
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
                // read in the background: the history says it is loading until then
                model.showPatientOpening(now.assessment().patientId(), now.id());
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
        // The record is read in the background: until it is, the screen says whose it opens, or why it could not.
        Label opening = Fields.status(Bindings.createStringBinding(() -> model.openingProperty().get() == null ? ""
                : "Loading the record of " + model.openingProperty().get().name() + "...", model.openingProperty()),
                "consultLoading", "muted");
        Label problem = Fields.status(model.readProblem(), "consultReadProblem", "error");
        return new VBox(6, header, opening, problem);
    }

    private Node navigation() {
        Button back = new Button("_Back");
        back.setId("consultBack");
        back.setAccessibleText("Back to the previous step");
        back.disableProperty().bind(model.canGoBackProperty().not());
        back.setOnAction(e -> model.back());
        Button next = new Button("_Next");
        next.setId("consultNext");
        next.setAccessibleText("Next step");
        next.getStyleClass().add("primary");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canGoNextProperty().not());
        next.setOnAction(e -> model.next());
        Label blocked = Fields.hint("Correct the fields marked in this step to go on.");
        blocked.setId("nextBlocked");
        blocked.visibleProperty().bind(model.currentProperty().isNotNull().and(model.currentValidProperty().not()));
        blocked.managedProperty().bind(blocked.visibleProperty());
        Button save = new Button("_Save consultation");
        save.setId("saveConsultation");
        save.setAccessibleText("Save the consultation: assessment, report, ticks, note and answers");
        save.getStyleClass().add("primary");
        save.visibleProperty().bind(model.onReviewProperty());
        save.managedProperty().bind(save.visibleProperty());
        // Enabled only while nothing stands in the way (the review lists what does), and not twice while saving.
        save.disableProperty().bind(model.canSaveProperty().not().or(model.savingProperty())
                .or(model.openingProperty().isNotNull()));
        save.setOnAction(e -> model.save());
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
        stepList.rebuild();
        showCurrent();
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
        stepList.markCurrent(model.steps().indexOf(step));
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
}
