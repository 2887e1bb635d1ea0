package com.b12consult.ui.database;

import com.b12consult.ui.Fields;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The clinic server's connection fields, shared by the first start's question and Settings → Database. */
final class ServerFormView {
    private final ServerFormViewModel model;
    private final VBox root;
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField database = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField caFile = new TextField();

    /** @param idPrefix keeps the ids of two forms apart (the first start's and Settings') */
    ServerFormView(ServerFormViewModel model, String idPrefix) {
        this.model = model;
        host.setId(idPrefix + "Host");
        host.setPromptText("e.g. clinic-server or 192.168.1.20");
        host.textProperty().bindBidirectional(model.hostProperty());
        port.setId(idPrefix + "Port");
        port.textProperty().bindBidirectional(model.portProperty());
        database.setId(idPrefix + "Database");
        database.setPromptText("e.g. b12consult");
        database.textProperty().bindBidirectional(model.databaseProperty());
        user.setId(idPrefix + "User");
        user.setPromptText("e.g. reception");
        user.textProperty().bindBidirectional(model.userProperty());
        password.setId(idPrefix + "Password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        CheckBox remember = new CheckBox("Remember the password on this computer");
        remember.setId(idPrefix + "RememberPassword");
        remember.selectedProperty().bindBidirectional(model.rememberPasswordProperty());

        ComboBox<ServerFormViewModel.Tls> tls = new ComboBox<>();
        tls.setId(idPrefix + "Tls");
        tls.getItems().setAll(ServerFormViewModel.Tls.values());
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServerFormViewModel.Tls t) {
                return t == null ? "" : t.label();
            }

            @Override
            public ServerFormViewModel.Tls fromString(String s) {
                return null;
            }
        });
        tls.valueProperty().bindBidirectional(model.tlsProperty());

        caFile.setId(idPrefix + "CaFile");
        caFile.setPromptText("the system's certificates when empty");
        caFile.textProperty().bindBidirectional(model.caFileProperty());
        Button chooseCa = new Button("Choose\u2026");
        chooseCa.setId(idPrefix + "ChooseCaFile");
        chooseCa.setAccessibleText("Choose the certificate authority's file");
        chooseCa.setOnAction(e -> chooseCaFile());
        HBox caRow = new HBox(caFile, chooseCa);
        caRow.getStyleClass().add("ca-file-row");
        caRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(caFile, Priority.ALWAYS);
        VBox caField = labelledRow("Certificate authority file (optional)", caFile, caRow, model.caFileProblem(),
                idPrefix + "CaFileError");
        caField.getChildren().add(Fields.hint("The file that signed the server's certificate, from whoever set up the"
                + " server; leave empty when the system's own certificates cover it."));
        caField.visibleProperty().bind(model.tlsProperty().isEqualTo(ServerFormViewModel.Tls.VERIFY_FULL));
        caField.managedProperty().bind(caField.visibleProperty());

        FlowPane where = new FlowPane(
                Fields.fixedWidth(Fields.labelled("Host", host, null, null), host, 300),
                Fields.fixedWidth(Fields.labelled("Port", port, null, null), port, 110),
                Fields.fixedWidth(Fields.labelled("Database", database, null, null), database, 220));
        where.getStyleClass().add("server-fields");
        // the messages of the row's fields under the row, at its width: under a narrow port one would wrap a word
        // to a line
        VBox whereMessages = new VBox(
                Fields.message(host, model.hostProblem(), idPrefix + "HostError"),
                Fields.message(port, model.portProblem(), idPrefix + "PortError"),
                Fields.message(database, model.databaseProblem(), idPrefix + "DatabaseError"));
        whereMessages.getStyleClass().add("field");
        VBox passwordField = Fields.labelled("Password", password, model.passwordProblem(), idPrefix + "PasswordError");
        passwordField.getChildren().addAll(remember, Fields.hint("Not remembered, it is asked for at each start,"
                + " unless B12_DB_PASSWORD or ~/.pgpass holds it (then leave it empty here)."));
        FlowPane who = new FlowPane(
                Fields.fixedWidth(Fields.labelled("User", user, model.userProblem(), idPrefix + "UserError"), user, 220),
                Fields.fixedWidth(passwordField, password, 360));
        who.getStyleClass().add("server-fields");
        VBox tlsField = Fields.labelled("Encryption (TLS)", tls, null, null);

        root = new VBox(new VBox(where, whereMessages), who, tlsField, caField);
        root.getStyleClass().add("server-form");
    }

    private static VBox labelledRow(String caption, Control control, Node row,
                                    javafx.beans.value.ObservableStringValue message, String messageId) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        control.setAccessibleText(caption);
        VBox box = new VBox(label, row, Fields.message(control, message, messageId));
        box.getStyleClass().add("field");
        return box;
    }

    private void chooseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The certificate authority's file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Certificates (*.crt, *.pem, *.cer)", "*.crt", "*.pem", "*.cer"),
                new FileChooser.ExtensionFilter("All files", "*"));
        String typed = model.caFileProperty().get();
        if (typed != null && !typed.isBlank()) {
            try {
                Path parent = Path.of(typed.strip()).toAbsolutePath().getParent();
                if (parent != null && parent.toFile().isDirectory()) {
                    chooser.setInitialDirectory(parent.toFile());
                }
            } catch (java.nio.file.InvalidPathException e) {
                // the chooser opens where it likes; the field says what is wrong when the form is checked
            }
        }
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            model.caFileProperty().set(chosen.getAbsolutePath());
        }
    }

    Node root() {
        return root;
    }

    /** Puts the cursor in the first field the last check marked, else in the host. */
    void focusFirstWrong() {
        TextField wrong = !model.hostProblem().get().isEmpty() ? host
                : !model.portProblem().get().isEmpty() ? port
                : !model.databaseProblem().get().isEmpty() ? database
                : !model.userProblem().get().isEmpty() ? user
                : !model.passwordProblem().get().isEmpty() ? password
                : !model.caFileProblem().get().isEmpty() ? caFile : null;
        if (wrong != null) {
            wrong.requestFocus();
        }
    }

    void focus() {
        host.requestFocus();
    }
}
