package com.b12consult.ui.audit;

import com.b12consult.domain.AuditAction;
import com.b12consult.ui.Fields;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;

/** The audit log screen: the filters above, a page of entries below, and the way to older and newer pages. */
public final class AuditLogView {
    private final AuditLogViewModel model;
    private final BorderPane root = new BorderPane();

    public AuditLogView(AuditLogViewModel model) {
        this.model = model;
        root.getStyleClass().addAll("screen", "audit-screen");
        Label title = new Label("Audit log");
        title.getStyleClass().add("screen-title");
        Label note = new Label("Who did what and when. Entries are only ever added; none can be changed or removed.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox top = new VBox(title, note, filters());
        top.getStyleClass().add("audit-top");
        root.setTop(top);
        root.setCenter(table());
        root.setBottom(pager());
        // New entries come while the app is used elsewhere: coming back here shows the newest.
        root.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.refresh();
            }
        });
        model.apply();
    }

    public Parent root() {
        return root;
    }

    private Node filters() {
        TextField patient = field("auditPatient", "Identifier", model.patientProperty(), 8);
        ComboBox<AuditAction> action = new ComboBox<>();
        action.setId("auditAction");
        action.getItems().add(null);
        action.getItems().addAll(AuditAction.values());
        action.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditAction a) {
                return a == null ? "Any action" : AuditLogViewModel.label(a);
            }

            @Override
            public AuditAction fromString(String s) {
                return null;
            }
        });
        action.valueProperty().bindBidirectional(model.actionProperty());
        action.setPrefWidth(180);
        TextField user = field("auditUser", "Initials or login", model.userProperty(), 8);
        TextField from = field("auditFrom", "YYYY-MM-DD", model.fromProperty(), 7);
        TextField until = field("auditUntil", "YYYY-MM-DD", model.untilProperty(), 7);
        for (TextField f : new TextField[] {patient, user, from, until}) {
            f.setOnAction(e -> model.apply());
        }
        Button show = new Button("Show");
        show.setId("auditApply");
        show.getStyleClass().add("primary");
        show.setOnAction(e -> model.apply());
        Button clear = new Button("Clear filters");
        clear.setId("auditClear");
        clear.setOnAction(e -> model.clearFilters());
        HBox buttons = new HBox(show, clear);
        buttons.getStyleClass().add("audit-buttons");
        buttons.setAlignment(Pos.BOTTOM_LEFT);
        FlowPane row = new FlowPane(
                Fields.labelled("Patient", patient, model.patientMessage(), "auditPatientError"),
                Fields.labelled("Action", action, null, null),
                Fields.labelled("User", user, null, null),
                Fields.labelled("From", from, model.fromMessage(), "auditFromError"),
                Fields.labelled("Until", until, model.untilMessage(), "auditUntilError"),
                buttons);
        row.getStyleClass().add("audit-filters");
        // one row in the default window (1280 wide); narrower windows wrap the buttons under the fields
        row.setPrefWrapLength(980);
        row.setRowValignment(javafx.geometry.VPos.TOP);
        return row;
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Node table() {
        TableView<AuditRow> table = new TableView<>(model.rows());
        table.setId("auditTable");
        table.setAccessibleText("Audit log entries");
        table.getColumns().add(column("When", AuditRow::when, 160));
        table.getColumns().add(column("Who", AuditRow::who, 130));
        table.getColumns().add(column("Action", AuditRow::action, 160));
        table.getColumns().add(column("Patient", AuditRow::patient, 120));
        table.getColumns().add(column("Detail", AuditRow::detail, 320));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(model.summaryProperty());
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        return table;
    }

    private static TableColumn<AuditRow, String> column(String title, Callback<AuditRow, String> text, double width) {
        TableColumn<AuditRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.call(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 110));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private Node pager() {
        Label summary = new Label();
        summary.setId("auditSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newer = new Button("Newer");
        newer.setId("auditNewer");
        newer.setAccessibleText("Show newer entries");
        newer.disableProperty().bind(model.hasNewerProperty().not().or(model.loadingProperty()));
        newer.setOnAction(e -> model.newerPage());
        Button older = new Button("Older");
        older.setId("auditOlder");
        older.setAccessibleText("Show older entries");
        older.disableProperty().bind(model.hasOlderProperty().not().or(model.loadingProperty()));
        older.setOnAction(e -> model.olderPage());
        // read off the screen's thread: the line says so meanwhile, and why when a read failed
        Label reading = Fields.status(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then("Reading the audit log\u2026").otherwise(""), "auditLoading", "muted");
        Label problem = Fields.status(model.readProblemProperty(), "auditProblem", "error");
        HBox bar = new HBox(summary, reading, problem, spacer, newer, older);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("audit-pager");
        return bar;
    }
}
