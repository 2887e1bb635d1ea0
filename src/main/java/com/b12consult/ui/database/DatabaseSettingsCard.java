package com.b12consult.ui.database;

import com.b12consult.store.StoreChoice;
import com.b12consult.ui.Fields;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Database card of the Settings screen: the store in use, and the switch to another. */
public final class DatabaseSettingsCard {
    private final DatabaseSettingsViewModel model;

    public DatabaseSettingsCard(DatabaseSettingsViewModel model) {
        this.model = model;
    }

    public Node build() {
        Label heading = new Label("Database");
        heading.getStyleClass().add("section-title");
        heading.setId("databaseHeading");
        Label inUse = new Label("In use: " + model.inUse());
        inUse.setId("storeInUse");
        inUse.getStyleClass().add("store-in-use");
        inUse.setWrapText(true);
        Label notes = Fields.status(new SimpleStringProperty(model.notes()), "storeNotes", "error");

        ToggleGroup group = new ToggleGroup();
        RadioButton thisComputer = new RadioButton("This computer only");
        thisComputer.setId("storeThisComputer");
        thisComputer.setToggleGroup(group);
        thisComputer.setUserData(StoreChoice.Kind.THIS_COMPUTER);
        RadioButton server = new RadioButton("Clinic server");
        server.setId("storeClinicServer");
        server.setToggleGroup(group);
        server.setUserData(StoreChoice.Kind.CLINIC_SERVER);
        group.selectToggle(model.kindProperty().get() == StoreChoice.Kind.CLINIC_SERVER ? server : thisComputer);
        model.kindProperty().addListener((obs, was, now) ->
                group.selectToggle(now == StoreChoice.Kind.CLINIC_SERVER ? server : thisComputer));
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.kindProperty().set((StoreChoice.Kind) now.getUserData());
            }
        });
        HBox kinds = new HBox(thisComputer, server);
        kinds.getStyleClass().add("store-kinds");
        kinds.setAlignment(Pos.CENTER_LEFT);

        ServerFormView form = new ServerFormView(model.server(), "server");
        Node formRoot = form.root();
        formRoot.visibleProperty().bind(model.kindProperty().isEqualTo(StoreChoice.Kind.CLINIC_SERVER));
        formRoot.managedProperty().bind(formRoot.visibleProperty());

        Button test = new Button("Test connection");
        test.setId("testConnection");
        test.setAccessibleText("Test the connection to the clinic server as filled in");
        test.disableProperty().bind(model.server().busyProperty());
        test.visibleProperty().bind(formRoot.visibleProperty());
        test.managedProperty().bind(test.visibleProperty());
        test.setOnAction(e -> {
            model.server().testConnection();
            form.focusFirstWrong();
        });
        Button use = new Button();
        use.setId("useStore");
        use.getStyleClass().add("primary");
        use.textProperty().bind(javafx.beans.binding.Bindings.when(
                model.kindProperty().isEqualTo(StoreChoice.Kind.CLINIC_SERVER))
                .then("Use this server").otherwise("Use this computer only"));
        use.accessibleTextProperty().bind(use.textProperty());
        use.disableProperty().bind(model.server().busyProperty());
        use.setOnAction(e -> {
            model.use();
            form.focusFirstWrong();
        });
        // a server's refusal comes later, from the background: the cursor goes to the field it points at then
        model.server().failureProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                form.focusFirstWrong();
            }
        });
        HBox buttons = new HBox(use, test);
        buttons.getStyleClass().add("form-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label how = Fields.hint("Switching closes the records in use, keeps the choice on this computer for the next"
                + " start, and opens every screen again on the other.");

        VBox card = new VBox(heading, inUse, notes, kinds, formRoot,
                Fields.status(model.server().failureProperty(), "serverFailure", "error"),
                Fields.status(model.failureProperty(), "storeFailure", "error"),
                Fields.status(model.server().outcomeProperty(), "serverOutcome"),
                Fields.status(model.outcomeProperty(), "storeOutcome"),
                buttons, how);
        card.getStyleClass().addAll("form-card", "settings-card", "database-card");
        return card;
    }
}
