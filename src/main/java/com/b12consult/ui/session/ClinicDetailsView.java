package com.b12consult.ui.session;

import com.b12consult.ui.Fields;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The clinic's name and phone at the first start: a card over the window, as the sign-in is. */
public final class ClinicDetailsView {
    private final StackPane root = new StackPane();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();

    public ClinicDetailsView(ClinicDetailsViewModel model) {
        Label title = new Label("Your clinic");
        title.getStyleClass().add("screen-title");
        Label why = new Label("Every handout tells the patient whom to call. Give the clinic's name and the phone"
                + " number patients should ring. You can change them later in Settings.");
        why.setWrapText(true);
        why.getStyleClass().add("muted");

        name.setId("firstClinicName");
        name.setPromptText("e.g. Riverside Health Centre");
        name.textProperty().bindBidirectional(model.nameProperty());
        phone.setId("firstClinicPhone");
        phone.setPromptText("e.g. 01632 960 123");
        phone.setPrefColumnCount(16);
        phone.setMaxWidth(260);
        phone.textProperty().bindBidirectional(model.phoneProperty());
        // read off the screen's thread: the fields wait for what is stored
        name.disableProperty().bind(model.loadingProperty());
        phone.disableProperty().bind(model.loadingProperty());

        Button save = new Button("Save and continue");
        save.setId("saveClinicDetails");
        save.setAccessibleText("Save the clinic's name and phone and continue");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (!model.save()) {
                focusFirstWrong(model);
            }
        });
        // saved off the screen's thread: Save waits meanwhile
        save.disableProperty().bind(model.loadingProperty().or(model.savingProperty()));
        Button later = new Button("Later");
        later.setId("clinicDetailsLater");
        later.setAccessibleText("Later: continue without the clinic's details; asked again at the next start");
        later.setOnAction(e -> model.later());
        Label laterNote = Fields.hint("With Later, handouts say \u201cthe clinic that gave you this handout\u201d"
                + " until a name is set, and this is asked again at the next start.");
        HBox buttons = new HBox(save, later);
        buttons.getStyleClass().add("form-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(title, why,
                Fields.labelled("Clinic name", name, model.nameProblemProperty(), "firstClinicNameError"),
                Fields.labelled("Phone", phone, model.phoneProblemProperty(), "firstClinicPhoneError"),
                Fields.status(javafx.beans.binding.Bindings.when(model.savingProperty()).then("Saving\u2026")
                        .otherwise(javafx.beans.binding.Bindings.when(model.loadingProperty()).then("Reading\u2026")
                                .otherwise("")), "clinicDetailsBusy", "muted"),
                Fields.status(model.failureProperty(), "clinicDetailsFailure", "error"),
                buttons, laterNote);
        card.getStyleClass().addAll("form-card", "sign-in-card", "clinic-details-card");
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        root.getStyleClass().add("sign-in");
        root.setId("clinicDetailsPane");
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the name, so the user can type at once. */
    public void focus() {
        name.requestFocus();
    }

    private void focusFirstWrong(ClinicDetailsViewModel model) {
        if (!model.nameProblemProperty().get().isEmpty()) {
            name.requestFocus();
        } else if (!model.phoneProblemProperty().get().isEmpty()) {
            phone.requestFocus();
        }
    }
}
