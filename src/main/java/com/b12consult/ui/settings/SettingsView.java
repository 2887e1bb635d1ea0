package com.b12consult.ui.settings;

import com.b12consult.domain.PaperSize;
import com.b12consult.ui.Fields;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Settings screen: the clinic's details, the handout's paper size, and the lab limits with their sources. */
public final class SettingsView {
    private final SettingsViewModel model;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll;
    private final Map<LabLimitField, TextField> limitInputs = new LinkedHashMap<>();
    private final TextField clinicNameInput = new TextField();
    private final TextField clinicPhoneInput = new TextField();

    public SettingsView(SettingsViewModel model) {
        this(model, null);
    }

    /** @param backups the Backups section; null for a screen without it */
    public SettingsView(SettingsViewModel model, BackupsViewModel backups) {
        this(model, backups, null);
    }

    /**
     * @param backups  the Backups section of this computer's file; null on a clinic server, whose backups are the
     *                 server's own: a note says so, and no restore is offered
     * @param database the Database section (the store in use and the switch to another); null for none
     */
    public SettingsView(SettingsViewModel model, BackupsViewModel backups, Node database) {
        this.model = model;
        Label title = new Label("Settings");
        title.getStyleClass().add("screen-title");
        VBox page = new VBox(title, clinicCard(), labLimitsCard());
        if (backups != null) {
            page.getChildren().add(2, new BackupsCard(backups).build());
        } else if (database != null) {
            page.getChildren().add(2, BackupsCard.onClinicServer());
        }
        if (database != null) {
            page.getChildren().add(2, database);
        }
        page.getStyleClass().addAll("screen", "settings-screen");
        scroll = new ScrollPane(page);
        scroll.setId("settingsScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        root.setCenter(scroll);
        // Save stays in view however far down the limits the user has scrolled.
        root.setBottom(actions());
    }

    public Parent root() {
        return root;
    }

    private Node clinicCard() {
        Label heading = new Label("Clinic");
        heading.getStyleClass().add("section-title");
        Label about = new Label("Printed at the top of every handout the patient takes home.");
        about.getStyleClass().add("muted");

        TextField name = clinicNameInput;
        name.setId("clinicName");
        name.textProperty().bindBidirectional(model.clinicNameProperty());
        TextArea address = new TextArea();
        address.setId("clinicAddress");
        address.setPrefRowCount(3);
        address.setWrapText(true);
        address.textProperty().bindBidirectional(model.clinicAddressProperty());
        TextField phone = clinicPhoneInput;
        phone.setId("clinicPhone");
        phone.textProperty().bindBidirectional(model.clinicPhoneProperty());
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.setId("paperSize");
        paper.getItems().setAll(PaperSize.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : p.label();
            }

            @Override
            public PaperSize fromString(String text) {
                return null;
            }
        });
        paper.valueProperty().bindBidirectional(model.paperSizeProperty());

        VBox card = new VBox(heading, about,
                Fields.labelled("Clinic name", name, model.clinicNameProblem(), "clinicNameError"),
                Fields.labelled("Address", address, null, null),
                Fields.labelled("Phone", phone, model.clinicPhoneProblem(), "clinicPhoneError"),
                Fields.labelled("Handout paper size", paper, null, null));
        card.getStyleClass().addAll("form-card", "settings-card");
        // read off the screen's thread: nothing to change until the clinic's own settings are in
        card.disableProperty().bind(model.loadedProperty().not());
        return card;
    }

    private Node labLimitsCard() {
        Label heading = new Label("Lab limits");
        heading.getStyleClass().add("section-title");
        Label about = new Label("The rule module judges blood results against these limits. Each default comes"
                + " from the source shown beside it; change a limit only when your clinic's laboratory or protocol"
                + " says otherwise.");
        about.getStyleClass().add("muted");
        about.setWrapText(true);

        VBox rows = new VBox();
        rows.getStyleClass().add("limit-rows");
        for (LabLimitField field : model.labLimits()) {
            rows.getChildren().add(limitRow(field));
        }

        VBox card = new VBox(heading, about, rows);
        card.getStyleClass().addAll("form-card", "settings-card");
        card.disableProperty().bind(model.loadedProperty().not());
        return card;
    }

    private Node limitRow(LabLimitField field) {
        Label label = new Label(field.label());
        label.getStyleClass().add("limit-label");
        label.setWrapText(true);

        TextField value = new TextField();
        value.setId("limit-" + field.key().code());
        value.getStyleClass().add("limit-value");
        value.textProperty().bindBidirectional(field.valueProperty());
        value.setAccessibleText(field.label() + ", in " + field.unit());
        label.setLabelFor(value);
        limitInputs.put(field, value);
        Label unit = new Label(field.unit());
        unit.getStyleClass().add("limit-unit");
        HBox valueBox = new HBox(value, unit);
        valueBox.setAlignment(Pos.CENTER_LEFT);
        valueBox.getStyleClass().add("limit-value-box");
        // The message sits under the value, where the eye is after typing.
        VBox valueField = new VBox(valueBox, Fields.message(value, field.message(), "limitError-" + field.key().code()));
        valueField.getStyleClass().addAll("field", "limit-value-field");

        Label defaultText = new Label(field.defaultText());
        defaultText.getStyleClass().add("limit-default");
        Label source = new Label(field.source());
        source.setId("source-" + field.key().code());
        source.getStyleClass().add("limit-source");
        source.setWrapText(true);
        VBox sourceBox = new VBox(defaultText, source);
        sourceBox.getStyleClass().add("limit-source-box");
        HBox.setHgrow(sourceBox, Priority.ALWAYS);

        HBox row = new HBox(label, valueField, sourceBox);
        row.getStyleClass().add("limit-row");
        return row;
    }

    /** After a refused save the wrong field may be scrolled out of sight; bring it back and put the cursor in it. */
    private void showFirstWrongField() {
        TextField wrong = !model.clinicNameProblem().get().isEmpty() ? clinicNameInput
                : !model.clinicPhoneProblem().get().isEmpty() ? clinicPhoneInput : null;
        if (wrong == null) {
            showFirstWrongLimit();
            return;
        }
        Fields.scrollIntoView(scroll, wrong);
        wrong.requestFocus();
    }

    private void showFirstWrongLimit() {
        limitInputs.entrySet().stream()
                .filter(entry -> !entry.getKey().message().get().isEmpty())
                .findFirst()
                .ifPresent(entry -> {
                    Fields.scrollIntoView(scroll, entry.getValue());
                    entry.getValue().requestFocus();
                });
    }

    private Node actions() {
        Button save = new Button("Save settings");
        save.setId("saveSettings");
        save.setAccessibleText("Save settings");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> {
            if (!model.save()) {
                showFirstWrongField();
            }
        });
        // the store answers off the screen's thread: Save waits for the read, and for a save under way
        save.disableProperty().bind(model.loadingProperty().or(model.savingProperty()));
        Button discard = new Button("Discard changes");
        discard.setId("discardSettings");
        discard.setAccessibleText("Discard changes to settings");
        // after a read that failed, Discard reads the settings again
        discard.disableProperty().bind(model.loadingProperty().or(model.savingProperty())
                .or(model.dirty().not().and(model.loadedProperty())));
        discard.setOnAction(e -> model.reload());
        Button reset = new Button("Reset lab limits to defaults");
        reset.setId("resetLabLimits");
        reset.setAccessibleText("Reset lab limits to defaults");
        reset.setOnAction(e -> model.resetLabLimitsToDefaults());
        reset.disableProperty().bind(model.loadedProperty().not().or(model.savingProperty()));
        HBox buttons = new HBox(save, discard, reset);
        buttons.getStyleClass().addAll("form-buttons");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox status = new VBox(
                Fields.status(javafx.beans.binding.Bindings.when(model.loadingProperty())
                        .then("Reading the settings\u2026").otherwise(javafx.beans.binding.Bindings.when(
                                model.savingProperty()).then("Saving the settings\u2026").otherwise("")),
                        "settingsBusy", "muted"),
                Fields.status(model.failureProperty(), "settingsFailure", "error"),
                Fields.status(model.outcomeProperty(), "settingsOutcome"));
        status.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(buttons, spacer, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("action-bar");
        return bar;
    }
}
