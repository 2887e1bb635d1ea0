package com.b12consult.ui.patients;

import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** The Patients screen: search and list on the left, the patient's form on the right. */
public final class PatientsView {
    private final PatientsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Patient> table = new TableView<>();
    private final PatientDataControls dataControls;
    private final HBox headerButtons = new HBox(10);

    public PatientsView(PatientsViewModel model) {
        this(model, null);
    }

    /** @param data export and delete of the selected patient; null for a screen without them */
    public PatientsView(PatientsViewModel model, PatientDataViewModel data) {
        this.model = model;
        this.dataControls = data == null ? null : new PatientDataControls(data);
        root.getStyleClass().addAll("screen", "patients-screen");
        root.setTop(header());
        HBox body = new HBox(list(), new PatientFormPane(model).root());
        body.getStyleClass().add("patients-body");
        root.setCenter(dataControls == null ? body : new javafx.scene.layout.StackPane(body, dataControls.confirmation()));
        // Doses are recorded and prescriptions added on the check: coming back here, read the next doses again.
        root.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.refreshNextDoses();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Adds "Start consultation" for the patient selected; the composition root says what starting does. */
    public void offerConsultation(Consumer<Patient> start) {
        Button consult = forSelected("Start _consultation", "startConsultation",
                "Start a consultation for the selected patient", start);
        consult.disableProperty().bind(model.selectedProperty().isNull().or(model.listLocked()));
    }

    /** Adds "Past consultations" for the selected patient, read-only. */
    public void offerHistory(Consumer<Patient> show) {
        Button past = forSelected("_Past consultations", "pastConsultations",
                "Past consultations of the selected patient, read-only", show);
        past.disableProperty().bind(model.selectedProperty().isNull());
    }

    /** A header button that acts on the selected patient; the caller decides when it is disabled. */
    private Button forSelected(String text, String id, String accessibleText, Consumer<Patient> action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessibleText);
        button.setOnAction(e -> {
            Patient p = model.selectedProperty().get();
            if (p != null) {
                action.accept(p);
            }
        });
        headerButtons.getChildren().add(0, button);
        return button;
    }

    private Node header() {
        Label title = new Label("Patients");
        title.getStyleClass().add("screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newPatient = new Button("New patient");
        newPatient.setId("newPatient");
        newPatient.setAccessibleText("New patient");
        newPatient.getStyleClass().add("primary");
        newPatient.disableProperty().bind(model.listLocked());
        newPatient.setOnAction(e -> model.newPatient());
        headerButtons.getChildren().add(newPatient);
        HBox header = new HBox(title, spacer, headerButtons);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        if (dataControls != null) {
            header.getChildren().add(2, dataControls.buttons());
            return new VBox(header, dataControls.messages());
        }
        return header;
    }

    private Node list() {
        TextField search = new TextField();
        search.setId("patientSearch");
        search.setPromptText("Search by name or identifier");
        search.setAccessibleText("Search patients by name or identifier");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.getStyleClass().add("search-field");
        // Arriving on the screen, the user usually looks for someone: let typing go straight to the search.
        search.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                Platform.runLater(search::requestFocus);
            }
        });

        Label summary = new Label();
        summary.setId("patientCount");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.listSummary());
        summary.setWrapText(true);
        // While a search is read the last rows stay, and this turns: the window never waits on the store.
        ProgressIndicator reading = new ProgressIndicator();
        reading.setId("patientListLoading");
        reading.setAccessibleText("Reading the patient list");
        reading.getStyleClass().add("list-loading");
        reading.visibleProperty().bind(model.loading());
        reading.managedProperty().bind(reading.visibleProperty());
        HBox summaryLine = new HBox(6, reading, summary);
        summaryLine.setAlignment(Pos.CENTER_LEFT);

        table.setId("patientTable");
        table.setAccessibleText("Patients");
        table.setItems(model.patients());
        // The next dose comes second: it is what a nurse scans the list for, and must not be cut off.
        // Widths fit the longest text of each column; in the default window (1280 wide) nothing is cut.
        TableColumn<Patient, String> nextDose = column("Next dose", p -> model.nextDose(p).words(), 180, 180);
        nextDose.setId("nextDoseColumn");
        nextDose.getStyleClass().add("next-dose-cell");
        table.getColumns().add(column("Name", p -> p.name(), 140, 110));
        table.getColumns().add(nextDose);
        table.getColumns().add(column("Identifier", p -> p.identifier(), 95, 95));
        table.getColumns().add(column("Date of birth", p -> p.birthDate().map(LocalDate::toString).orElse("unknown"), 115, 115));
        table.getColumns().add(column("Sex", p -> sexLabel(p.sex()), 80, 70));
        table.setRowFactory(t -> new NextDoseRow());
        // The rows show the same patients when only their doses changed: draw them again.
        model.nextDoses().addListener((MapChangeListener<Long, NextDose>) change -> table.refresh());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(model.listSummary());
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        table.disableProperty().bind(model.listLocked());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        // Read again after another window's save, the rows may shift: the patient open in the form stays selected.
        table.getItems().addListener((ListChangeListener<Patient>) change -> {
            Patient open = model.selectedProperty().get();
            if (open == null || !model.reloading()) {
                return;
            }
            table.getItems().stream().filter(p -> p.id() == open.id()).findFirst().ifPresentOrElse(
                    p -> table.getSelectionModel().select(p), () -> table.getSelectionModel().clearSelection());
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label locked = new Label();
        // after a conflict the form's choices are named differently, and the hint says them as the form does
        locked.textProperty().bind(Bindings.when(model.form().conflicted())
                .then("Load their version or keep yours in the form to open another patient.")
                .otherwise("Save or discard the changes in the form to open another patient."));
        locked.setId("listLockedHint");
        locked.getStyleClass().add("field-hint");
        locked.setWrapText(true);
        locked.visibleProperty().bind(model.listLocked());
        locked.managedProperty().bind(locked.visibleProperty());

        VBox box = new VBox(search, summaryLine, table, locked);
        box.getStyleClass().add("patient-list");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** A row marked when the patient's dose is overdue or due today, so those stand out in the list. */
    private final class NextDoseRow extends TableRow<Patient> {
        @Override
        protected void updateItem(Patient patient, boolean empty) {
            super.updateItem(patient, empty);
            getStyleClass().removeAll("next-dose-overdue", "next-dose-today");
            if (empty || patient == null) {
                return;
            }
            model.nextDose(patient).state().ifPresent(state -> {
                switch (state) {
                    case OVERDUE -> getStyleClass().add("next-dose-overdue");
                    case DUE_TODAY -> getStyleClass().add("next-dose-today");
                    case NOT_YET -> { }
                }
            });
        }
    }

    private static TableColumn<Patient, String> column(String title, Callback<Patient, String> text, double width,
                                                       double minWidth) {
        TableColumn<Patient, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.call(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        c.setReorderable(false);
        return c;
    }

    static String sexLabel(Sex sex) {
        return PatientForm.sexLabel(sex);
    }
}
