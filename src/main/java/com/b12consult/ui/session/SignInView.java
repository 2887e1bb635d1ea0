package com.b12consult.ui.session;

import com.b12consult.ui.Fields;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sign-in card over the window; Enter in the field signs in. */
public final class SignInView {
    private final StackPane root = new StackPane();
    private final TextField initials = new TextField();

    public SignInView(SignInViewModel model) {
        Label title = new Label("Who is working?");
        title.getStyleClass().add("screen-title");
        Label who = new Label("Signed in to this computer as " + model.osUser() + ". Your initials go with everything"
                + " you record in this session, in the audit log.");
        who.setWrapText(true);
        who.getStyleClass().add("muted");
        Label label = new Label("Your initials");
        label.getStyleClass().add("field-label");
        label.setLabelFor(initials);
        initials.setId("signInInitials");
        initials.setAccessibleText("Your initials, 2 to 4 letters");
        initials.setPromptText("e.g. AB");
        initials.setPrefColumnCount(6);
        initials.setMaxWidth(140);
        initials.textProperty().bindBidirectional(model.initialsProperty());
        // the field marked wrong and the reason read to a screen reader, as every form of the app does
        Label problem = Fields.message(initials, model.problemProperty(), "signInError");
        Button start = new Button("Start");
        start.setId("signIn");
        start.setAccessibleText("Sign in and start");
        start.getStyleClass().add("primary");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.signIn());
        initials.setOnAction(e -> model.signIn());
        VBox card = new VBox(title, who, label, initials, problem, start);
        card.getStyleClass().addAll("form-card", "sign-in-card");
        card.setMaxWidth(460);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        root.getStyleClass().add("sign-in");
        root.setId("signInPane");
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor in the field, so the user can type at once. */
    public void focus() {
        initials.requestFocus();
    }
}
