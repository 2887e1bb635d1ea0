package com.b12consult.ui.check;

import com.b12consult.assessment.DueRow;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.Report;
import com.b12consult.ui.DecisionBannerBox;
import com.b12consult.ui.Fields;
import com.b12consult.ui.FindingCard;
import com.b12consult.ui.GrowOnlyPane;
import com.b12consult.ui.StillUnderPointer;
import com.b12consult.ui.WidthSwitch;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The pre-injection check: the due list on the left; on the right the decision banner, fixed above
 * everything else so it is the first thing read and never scrolls away, and beneath it the record,
 * today's questions, the dose, the findings and the outcome.
 */
public final class PreInjectionCheckView {
    /** The width of the form from which the record and the questions stand side by side. */
    private static final double RECORD_BESIDE_QUESTIONS_FROM = 900;

    private final PreInjectionCheckViewModel model;
    private final BorderPane root = new BorderPane();
    private OnRecord reportedFor;

    public PreInjectionCheckView(PreInjectionCheckViewModel model, PrescriptionFormViewModel prescriptionForm,
                                 FollowUpViewModel followUp) {
        this.model = model;
        root.getStyleClass().addAll("screen", "check-screen");
        root.setLeft(dueList(prescriptionForm, followUp));
        BorderPane main = new BorderPane();
        main.getStyleClass().add("check-main");
        GrowOnlyPane bannerRoom = new GrowOnlyPane(banner());
        main.setTop(new VBox(6, bannerRoom, Fields.status(model.followedNote(), "checkFollowedNote", "check-followed"),
                reading(), Fields.status(model.readProblem(), "checkReadProblem", "error")));
        model.recordProperty().addListener((obs, was, now) -> {
            if (was == null || now == null || was.patient().id() != now.patient().id()) {
                bannerRoom.reset();
            }
        });
        VBox body = new VBox(RecordCard.header(model), PrescriptionCard.of(model, prescriptionForm),
                recordBesideQuestions(RecordCard.of(model), QuestionsCard.of(model)),
                StandingReviewCard.of(model), DoseCard.of(model), findings(), OutcomeCard.of(model),
                HistoryCard.of(model, followUp), FollowUpCard.of(model, followUp));
        body.getStyleClass().add("check-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("checkScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        body.visibleProperty().bind(model.recordProperty().isNotNull());
        main.setCenter(scroll);
        main.setBottom(OutcomeCard.buttons(model));
        // The same patient's decision changed under the nurse's hand: what she just ticked stays where it was,
        // though the banner above grows. A patient opened afresh is read from where the list left it.
        model.reportProperty().addListener(x -> {
            model.reportProperty().get();
            OnRecord now = model.recordProperty().get();
            if (now != null && (now == reportedFor || model.followingStore())) {
                StillUnderPointer.keep(scroll);
            }
            reportedFor = now;
        });
        root.setCenter(main);
        // Every time the screen is shown the list is read again: doses given elsewhere move people on.
        root.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.refreshDueList();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /**
     * The record and today's questions side by side, in columns of a fixed share of the width. Shared by
     * their preferred widths, as before, the columns moved whenever a question opened its signs or the
     * sudden-onset question appeared, and a tick just given slid sideways from under the pointer. Beside the due
     * list of a 1280 wide window the columns would be too narrow for a drug's name: there the record stands above
     * the questions. Which of the two is decided by the width alone, so no tick moves it.
     */
    private static Node recordBesideQuestions(Node record, Node questions) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(18);
        WidthSwitch.at(grid, RECORD_BESIDE_QUESTIONS_FROM, wide -> {
            grid.getChildren().clear();
            ColumnConstraints left = new ColumnConstraints();
            ColumnConstraints right = new ColumnConstraints();
            if (wide) {
                left.setPercentWidth(44);
                right.setPercentWidth(56);
                grid.getColumnConstraints().setAll(left, right);
                grid.add(record, 0, 0);
                grid.add(questions, 1, 0);
            } else {
                left.setPercentWidth(100);
                grid.getColumnConstraints().setAll(left);
                grid.add(record, 0, 0);
                grid.add(questions, 0, 1);
            }
        });
        return grid;
    }

    /** What is being read, with a turning wheel: the store is read off the screen's thread, which never waits. */
    private Node reading() {
        ProgressIndicator wheel = new ProgressIndicator();
        wheel.getStyleClass().add("check-loading");
        wheel.setAccessibleText("Reading");
        Label note = Fields.status(model.readingNote(), "checkReadingNote", "muted");
        HBox line = new HBox(6, wheel, note);
        line.setId("checkReading");
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.visibleProperty().bind(model.readingNote().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private Node dueList(PrescriptionFormViewModel prescriptionForm, FollowUpViewModel followUp) {
        Label title = new Label("Patients by next dose");
        title.getStyleClass().add("section-title");
        Label hint = Fields.hint("By the day the next dose falls due: overdue first, then due today, then later."
                + " Choose a patient to start the check.");
        hint.setWrapText(true);
        TextField search = new TextField();
        search.setId("dueSearch");
        search.setPromptText("Find by name or identifier");
        search.setAccessibleText("Find a patient in the due list by name or identifier");
        search.textProperty().bindBidirectional(model.dueList().search());
        search.getStyleClass().add("search-field");
        Label summary = Fields.status(model.dueList().summary(), "dueSummary", "muted");
        summary.setWrapText(true);
        ListView<DueRow> list = new ListView<>(model.dueRows());
        list.setId("dueList");
        list.setAccessibleText("Patients due for a dose");
        list.setCellFactory(v -> new DueCell());
        // while an outcome or a form of the check is saved the patient in the check stays the one it is saved for
        list.disableProperty().bind(model.saving().or(prescriptionForm.saving()).or(followUp.saving())
                .or(followUp.correction().saving()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && !model.refreshingDueList() && (model.recordProperty().get() == null
                    || model.recordProperty().get().patient().id() != now.patient().id())) {
                model.open(now.patient());
            }
        });
        // Read again (another room gave a dose, say), the rows may come in another order: the patient in the check
        // stays the one selected, wherever the row went. The list's own selection follows the items first.
        list.getItems().addListener((ListChangeListener<DueRow>) change -> {
            OnRecord open = model.recordProperty().get();
            if (open == null || !model.refreshingDueList()) {
                return;
            }
            list.getItems().stream().filter(row -> row.patient().id() == open.patient().id()).findFirst()
                    .ifPresentOrElse(row -> list.getSelectionModel().select(row),
                            () -> list.getSelectionModel().clearSelection());
        });
        // A record that could not be read leaves the check on the patient it was on: the list says so too.
        model.opening().addListener((obs, was, now) -> {
            OnRecord open = model.recordProperty().get();
            if (now == null && open != null) {
                list.getItems().stream().filter(row -> row.patient().id() == open.patient().id()).findFirst()
                        .ifPresent(row -> list.getSelectionModel().select(row));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, title, hint, search, summary, list);
        box.getStyleClass().add("due-list");
        return box;
    }

    /** A row of the due list: the name, and the status in the colour of its urgency. */
    private static final class DueCell extends ListCell<DueRow> {
        @Override
        protected void updateItem(DueRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("due-overdue", "due-today", "due-later", "due-none");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(row.patient().name() + "  " + row.patient().identifier());
            name.getStyleClass().add("due-name");
            name.setWrapText(true);
            Label status = new Label(row.status());
            status.getStyleClass().add("due-status");
            status.setWrapText(true);
            // Fit the list's width and wrap, rather than grow a sideways scroll bar.
            setPrefWidth(0);
            setText(null);
            setGraphic(new VBox(2, name, status));
            getStyleClass().add(row.due().map(d -> switch (d.state()) {
                case OVERDUE -> "due-overdue";
                case DUE_TODAY -> "due-today";
                case NOT_YET -> "due-later";
            }).orElse("due-none"));
        }
    }

    private Node banner() {
        return DecisionBannerBox.of(model.bannerProperty(), 6);
    }

    private Node findings() {
        Label title = new Label("Findings");
        title.getStyleClass().add("section-title");
        VBox list = new VBox(10);
        list.setId("findingsList");
        Runnable fill = () -> {
            Report report = model.reportProperty().get();
            List<Finding> shown = report == null ? List.of() : report.findings();
            list.getChildren().setAll(shown.stream().map(PreInjectionCheckView::finding).toList());
            if (shown.isEmpty()) {
                list.getChildren().add(Fields.hint("No rule fired."));
            }
        };
        model.reportProperty().addListener((obs, was, now) -> fill.run());
        fill.run();
        Label problems = Fields.status(model.assessmentProblems(), "assessmentProblems", "error");
        VBox card = new VBox(10, title, problems, list);
        card.getStyleClass().addAll("form-card", "check-card");
        return card;
    }

    /** The shared card; its id the rule's own, as the check's findings have always been found by. */
    private static Node finding(Finding f) {
        VBox card = FindingCard.of(f);
        card.setId("finding-" + f.id());
        return card;
    }

    static javafx.beans.binding.BooleanBinding decisionIs(PreInjectionCheckViewModel model, DecisionStatus status) {
        return Bindings.createBooleanBinding(() -> model.reportProperty().get() != null
                && model.reportProperty().get().decision().status() == status, model.reportProperty());
    }
}
