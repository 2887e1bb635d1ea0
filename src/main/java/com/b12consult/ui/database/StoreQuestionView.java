package com.b12consult.ui.database;

import com.b12consult.ui.Fields;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first start's question, where the records are kept: a card over the window, as the sign-in is. */
public final class StoreQuestionView {
    private final StackPane root = new StackPane();
    private final Button thisComputer = new Button("This computer only");
    private final ServerFormView form;
    private final StoreQuestionViewModel model;

    public StoreQuestionView(StoreQuestionViewModel model) {
        this.model = model;
        form = new ServerFormView(model.server(), "first");
        Label title = new Label("Where are the clinic's records kept?");
        title.getStyleClass().add("screen-title");
        Label note = Fields.status(new SimpleStringProperty(model.note()), "storeQuestionNote", "error");

        thisComputer.setId("useThisComputer");
        thisComputer.getStyleClass().addAll("primary", "store-choice");
        thisComputer.setAccessibleText("This computer only: the records stay in a file on this computer");
        thisComputer.defaultButtonProperty().bind(model.showingServerProperty().not());
        thisComputer.setOnAction(e -> model.thisComputer());
        Label thisComputerAbout = about("The records stay in a file on this computer, backed up beside it every day."
                + " Choose this unless your clinic has set up a server for B12 Consult.");
        Button server = new Button("Clinic server\u2026");
        server.setId("chooseClinicServer");
        server.getStyleClass().add("store-choice");
        server.setAccessibleText("Clinic server: every room uses one database on the clinic's server");
        server.setOnAction(e -> {
            model.clinicServer();
            form.focus();
        });
        Label serverAbout = about("Every room's computer uses one PostgreSQL database on the clinic's server. You"
                + " need its address and a user from whoever set it up.");
        VBox choices = new VBox(new VBox(thisComputer, thisComputerAbout), new VBox(server, serverAbout));
        choices.getStyleClass().add("store-choices");
        choices.visibleProperty().bind(model.showingServerProperty().not());
        choices.managedProperty().bind(choices.visibleProperty());

        Button test = new Button("Test connection");
        test.setId("firstTestConnection");
        test.disableProperty().bind(model.server().busyProperty());
        test.setOnAction(e -> {
            model.server().testConnection();
            form.focusFirstWrong();
        });
        Button use = new Button("Use this server");
        use.setId("firstUseServer");
        use.getStyleClass().add("primary");
        use.defaultButtonProperty().bind(model.showingServerProperty());
        use.disableProperty().bind(model.server().busyProperty());
        use.setOnAction(e -> {
            model.useServer();
            form.focusFirstWrong();
        });
        Button back = new Button("Back");
        back.setId("storeQuestionBack");
        back.setAccessibleText("Back to the choice between this computer and the clinic server");
        back.disableProperty().bind(model.server().busyProperty());
        back.setOnAction(e -> {
            model.back();
            thisComputer.requestFocus();
        });
        // a server's refusal comes later, from the background: the cursor goes to the field it points at then
        model.server().failureProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                form.focusFirstWrong();
            }
        });
        HBox buttons = new HBox(use, test, back);
        buttons.getStyleClass().add("form-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label serverTitle = new Label("The clinic server");
        serverTitle.getStyleClass().add("section-title");
        Label formAbout = about("Ask whoever set up the server for these details. The server is tried before it"
                + " is used.");
        VBox serverPart = new VBox(new VBox(4, serverTitle, formAbout), form.root(),
                Fields.status(model.server().failureProperty(), "firstServerFailure", "error"),
                Fields.status(model.server().outcomeProperty(), "firstServerOutcome"),
                buttons);
        serverPart.getStyleClass().add("store-server-part");
        serverPart.visibleProperty().bind(model.showingServerProperty());
        serverPart.managedProperty().bind(serverPart.visibleProperty());

        Label later = Fields.hint("You can change this later in Settings \u2192 Database.");
        VBox card = new VBox(title, note, choices, serverPart, later);
        card.getStyleClass().addAll("form-card", "sign-in-card", "store-question-card");
        card.setMaxWidth(720);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        // a small window still reaches the buttons under the form
        ScrollPane scroll = new ScrollPane(centred(card));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("screen-scroll", "store-question-scroll");
        root.getChildren().add(scroll);
        root.getStyleClass().add("sign-in");
        root.setId("storeQuestionPane");
    }

    private static Node centred(Node card) {
        StackPane centre = new StackPane(card);
        centre.getStyleClass().add("store-question-centre");
        StackPane.setAlignment(card, Pos.CENTER);
        return centre;
    }

    private static Label about(String text) {
        Label about = new Label(text);
        about.getStyleClass().add("muted");
        about.setWrapText(true);
        return about;
    }

    public Parent root() {
        return root;
    }

    /** The one click for the default: the cursor on "This computer only", or in the form when it is shown. */
    public void focus() {
        if (model.showingServerProperty().get()) {
            form.focus();
        } else {
            thisComputer.requestFocus();
        }
    }
}
