package com.b12consult.ui.handout;

import com.b12consult.ui.DayConverter;
import java.io.IOException;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The handout screen: the pages as they will print, with Print and Save as PDF. */
public final class HandoutView {
    private static final float PREVIEW_DPI = 96;
    private final HandoutViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox pages = new VBox();

    public HandoutView(HandoutViewModel model) {
        this.model = model;
        root.getStyleClass().addAll("screen", "handout-screen");
        root.setTop(header());
        pages.setId("handoutPages");
        pages.getStyleClass().add("handout-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setId("handoutScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("handout-scroll");
        root.setCenter(scroll);
        model.pdfProperty().addListener((obs, was, now) -> showPages(now));
        showPages(model.pdfProperty().get());
    }

    public Parent root() {
        return root;
    }

    private Node header() {
        Label title = new Label("Handout");
        title.getStyleClass().add("screen-title");
        Label patient = new Label();
        patient.setId("handoutPatient");
        patient.getStyleClass().add("muted");
        patient.textProperty().bind(model.patientSummary());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button open = button("Open assessment file…", "openAssessmentFile", model::openAssessmentFile);
        open.disableProperty().bind(model.patientProperty().isNull());
        Button print = button("Print…", "printHandout", model::print);
        print.disableProperty().bind(model.hasHandout().not().or(model.noPrinterProperty()));
        Button save = button("Save as PDF…", "saveHandoutPdf", model::saveAsPdf);
        save.disableProperty().bind(model.hasHandout().not());
        // with no printer, saving is the way forward: make it the button that stands out
        model.noPrinterProperty().addListener((obs, was, now) -> {
            if (now) {
                save.getStyleClass().add("primary");
            } else {
                save.getStyleClass().remove("primary");
            }
        });
        DatePicker nextDose = new DatePicker();
        nextDose.setId("nextDose");
        nextDose.setPromptText("Next shot (optional)");
        nextDose.setConverter(new DayConverter());
        nextDose.setAccessibleText("Date of the next shot, printed on the handout");
        nextDose.valueProperty().bindBidirectional(model.nextDoseProperty());
        nextDose.disableProperty().bind(model.hasHandout().not());
        nextDose.setPrefWidth(190);
        // Title and patient on one row, the actions on the next: in one row they truncated to "Pr…".
        for (Button b : new Button[] {open, print, save}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        nextDose.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(title, patient);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        titleRow.getStyleClass().add("screen-header");
        HBox bar = new HBox(open, nextDose, spacer, print, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("screen-header", "handout-actions");

        Label message = new Label();
        message.setId("handoutMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add("handout-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.noPrinterProperty().addListener((obs, was, now) -> {
            if (now) {
                message.getStyleClass().add("warning");
            } else {
                message.getStyleClass().remove("warning");
            }
        });
        // the preview is pages as images: whom the handout says to call is also given in words, before it is printed
        Label contact = new Label();
        contact.setId("handoutContact");
        contact.setWrapText(true);
        contact.setMaxWidth(Double.MAX_VALUE);
        contact.getStyleClass().addAll("muted", "handout-contact");
        contact.textProperty().bind(model.contactProperty());
        contact.visibleProperty().bind(model.contactProperty().isNotEmpty());
        contact.managedProperty().bind(contact.visibleProperty());
        return new VBox(titleRow, bar, message, contact);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text.replace("…", ""));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showPages(byte[] pdf) {
        if (pdf == null) {
            Label empty = new Label("Select a patient, then open an assessment file to see its handout here.");
            empty.getStyleClass().add("muted");
            pages.getChildren().setAll(empty);
            return;
        }
        try {
            List<Image> images = PdfPages.render(pdf, PREVIEW_DPI);
            pages.getChildren().clear();
            for (int i = 0; i < images.size(); i++) {
                ImageView page = new ImageView(images.get(i));
                page.setId("handoutPage" + (i + 1));
                page.setAccessibleText("Handout page " + (i + 1) + " of " + images.size());
                page.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.25)));
                pages.getChildren().add(page);
            }
        } catch (IOException e) {
            pages.getChildren().setAll(new Label("The preview could not be drawn: " + e.getMessage()));
        }
    }
}
