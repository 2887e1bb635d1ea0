package com.b12consult.ui.patients;

import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.Sex;
import com.b12consult.ui.Fields;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Patients screen's right side: the selected or new patient's form, with Save and Discard. Decides nothing. */
final class PatientFormPane {
    private final PatientsViewModel model;
    private final PatientFormViewModel form;

    PatientFormPane(PatientsViewModel model) {
        this.model = model;
        this.form = model.form();
    }

    Node root() {
        Label title = new Label();
        title.setId("patientFormTitle");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(form.title());

        TextField name = new TextField();
        name.setId("patientName");
        name.textProperty().bindBidirectional(form.nameProperty());

        TextField identifier = new TextField();
        identifier.setId("patientIdentifier");
        identifier.setPromptText("e.g. P-0042");
        identifier.textProperty().bindBidirectional(form.identifierProperty());

        TextField birthDate = new TextField();
        birthDate.setId("patientBirthDate");
        birthDate.setPromptText("YYYY-MM-DD");
        birthDate.textProperty().bindBidirectional(form.birthDateProperty());
        VBox birthDateField = Fields.labelled("Date of birth", birthDate, form.birthDateMessage(), "patientBirthDateError");
        Label birthDateHint = Fields.hint("As YYYY-MM-DD, for example 1984-03-21. Leave empty if unknown.");
        // The message repeats what is accepted; showing both would say it twice.
        birthDateHint.visibleProperty().bind(form.birthDateMessage().isEmpty());
        birthDateHint.managedProperty().bind(birthDateHint.visibleProperty());
        birthDateField.getChildren().add(2, birthDateHint);

        ComboBox<Sex> sex = new ComboBox<>();
        sex.setId("patientSex");
        sex.getItems().setAll(Sex.values());
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sex s) {
                return s == null ? "" : PatientsView.sexLabel(s);
            }

            @Override
            public Sex fromString(String text) {
                return null;
            }
        });
        sex.valueProperty().bindBidirectional(form.sexProperty());
        sex.setMaxWidth(Double.MAX_VALUE);

        TextArea allergies = new TextArea();
        allergies.setId("patientAllergies");
        allergies.setPromptText("Each allergy and what it did, such as \"penicillin: rash\"");
        allergies.setPrefRowCount(3);
        allergies.setWrapText(true);
        allergies.textProperty().bindBidirectional(form.knownAllergiesProperty());
        // what was typed stays while another choice is made; only the list is editable
        allergies.disableProperty().bind(form.allergyStatusProperty().isNotEqualTo(AllergyStatus.LISTED));
        VBox allergyChoice = allergyChoice();

        Button save = new Button("Save patient");
        save.setId("savePatient");
        save.setAccessibleText("Save patient");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        // the save runs off the screen's thread: the button says so, and waits, so nothing is saved twice
        save.disableProperty().bind(form.saving());
        save.textProperty().bind(Bindings.when(form.saving()).then("Saving…").otherwise("Save patient"));

        Button discard = new Button("Discard changes");
        discard.setId("discardPatientChanges");
        discard.setAccessibleText("Discard changes");
        discard.disableProperty().bind(form.dirty().not().or(form.saving()));
        discard.setOnAction(e -> model.discardChanges());

        save.setMinWidth(Region.USE_PREF_SIZE);
        discard.setMinWidth(Region.USE_PREF_SIZE);
        // the buttons wrap rather than cut their words when the form is narrow
        FlowPane buttons = new FlowPane(8, 8, save, discard);
        buttons.getStyleClass().add("form-buttons");
        // After a conflict the choice is between the conflict's two buttons; a plain Save would only be refused
        // again, and Discard would do what Load their version says more plainly.
        buttons.visibleProperty().bind(form.conflicted().not());
        buttons.managedProperty().bind(buttons.visibleProperty());

        VBox card = new VBox(
                title,
                Fields.labelled("Name", name, form.nameMessage(), "patientNameError"),
                Fields.labelled("Identifier", identifier, form.identifierMessage(), "patientIdentifierError"),
                birthDateField,
                Fields.labelled("Sex", sex, null, null),
                allergyChoice,
                Fields.labelled("Allergies listed", allergies, form.allergiesMessage(), "patientAllergiesError"),
                Fields.status(form.failureProperty(), "patientFormFailure", "error"),
                Fields.status(form.outcomeProperty(), "patientFormOutcome"));
        VBox conflict = conflict();
        card.getChildren().addAll(conflict, buttons);
        card.getStyleClass().addAll("form-card", "patient-form");
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        form.conflicted().addListener((obs, was, now) -> {
            if (now) {
                // Once the differences are in the box (they follow the same change) and it is laid out with them:
                // measured any earlier, the box is short and its buttons end up below the visible part.
                Platform.runLater(() -> {
                    scroll.applyCss();
                    scroll.layout();
                    Fields.scrollIntoView(scroll, conflict);
                });
            }
        });
        return scroll;
    }

    /**
     * Someone else saved the patient meanwhile: who and when, what differs, and the two ways on. Shown only then;
     * what was typed stays in the fields above until one is chosen.
     */
    private VBox conflict() {
        Label message = new Label();
        message.setId("patientConflictMessage");
        message.getStyleClass().add("conflict-message");
        message.setWrapText(true);
        message.textProperty().bind(form.conflictMessage());

        // One field under another, theirs above yours: the form is too narrow for three columns side by side.
        VBox table = new VBox();
        table.setId("patientConflictDifferences");
        table.getStyleClass().add("conflict-differences");
        Runnable fill = () -> table.getChildren().setAll(form.differences().stream().map(PatientFormPane::difference)
                .toList());
        form.differences().addListener((ListChangeListener<FieldDifference>) change -> fill.run());
        fill.run();
        Label same = Fields.hint("Their version and yours are now the same.");
        same.visibleProperty().bind(Bindings.isEmpty(form.differences()));
        same.managedProperty().bind(same.visibleProperty());

        Button loadTheirs = new Button("Load their version");
        loadTheirs.setId("loadTheirVersion");
        loadTheirs.setAccessibleText("Load their version, discarding what you typed");
        loadTheirs.setOnAction(e -> model.loadTheirs());
        Button keepMine = new Button("Keep mine");
        keepMine.setId("keepMyVersion");
        keepMine.setAccessibleText("Keep mine, saving what you typed over their version");
        // Neither choice is the highlighted one: which record is right (an allergy listed in the other room, a
        // birth date corrected here) is for the person to read, not for the button's colour to suggest.
        keepMine.setOnAction(e -> model.keepMine());
        loadTheirs.disableProperty().bind(form.saving());
        keepMine.disableProperty().bind(form.saving());
        loadTheirs.setMinWidth(Region.USE_PREF_SIZE);
        keepMine.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane choices = new FlowPane(8, 8, loadTheirs, keepMine);
        Label hint = Fields.hint("Load their version discards what you typed. Keep mine saves yours over theirs.");

        VBox box = new VBox(message, table, same, hint, choices);
        box.setId("patientConflict");
        box.getStyleClass().add("patient-conflict");
        box.visibleProperty().bind(form.conflicted());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** One field's two values, each named, wrapping a long list of allergies. */
    private static Node difference(FieldDifference d) {
        GridPane values = new GridPane();
        values.getStyleClass().add("conflict-values");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        texts.setMinWidth(0);
        values.getColumnConstraints().addAll(names, texts);
        // "Theirs" beside the first line of a value that wraps, not beside its middle
        RowConstraints top = new RowConstraints();
        top.setValignment(VPos.TOP);
        values.getRowConstraints().addAll(top, top);
        values.addRow(0, cell("Theirs", "conflict-whose"), cell(d.theirs(), "conflict-theirs"));
        values.addRow(1, cell("Yours", "conflict-whose"), cell(d.yours(), "conflict-yours"));
        VBox field = new VBox(heading(d.field()), values);
        field.getStyleClass().add("conflict-difference");
        return field;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Not asked yet, none known, or a list: a choice, so "none known" is never read from typed text. */
    private VBox allergyChoice() {
        ToggleGroup group = new ToggleGroup();
        // one under the other: the form is narrow, and a choice cut to "No..." cannot be read
        VBox box = new VBox(6);
        Label caption = new Label("Known allergies");
        caption.getStyleClass().add("field-label");
        for (AllergyStatus status : AllergyStatus.values()) {
            RadioButton b = new RadioButton(switch (status) {
                case NOT_RECORDED -> "Not asked yet";
                case NONE_KNOWN -> "None known";
                case LISTED -> "Has allergies (list them)";
            });
            b.setId("allergies-" + status.code());
            b.setToggleGroup(group);
            b.setUserData(status);
            b.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(b);
        }
        Runnable show = () -> group.getToggles().forEach(
                tg -> tg.setSelected(tg.getUserData() == form.allergyStatusProperty().get()));
        form.allergyStatusProperty().addListener((obs, was, now) -> show.run());
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                form.allergyStatusProperty().set((AllergyStatus) now.getUserData());
            }
        });
        show.run();
        VBox field = new VBox(caption, box);
        field.getStyleClass().add("field");
        return field;
    }
}
