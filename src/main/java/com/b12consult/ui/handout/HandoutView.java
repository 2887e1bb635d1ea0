package com.b12consult.ui.handout;

import com.b12consult.domain.GivenHandout;
import com.b12consult.domain.Patient;
import com.b12consult.ui.DayConverter;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
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
import javafx.scene.layout.FlowPane;
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

    private final Consumer<Patient> freshCheck;

    /** {@code freshCheck} opens the nurse's check for a patient, offered when the rulebook changed since the report. */
    public HandoutView(HandoutViewModel model, Consumer<Patient> freshCheck) {
        this.model = model;
        this.freshCheck = freshCheck;
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
        // while something is read or saved in the background the buttons wait; the message says what it is doing
        open.disableProperty().bind(model.patientProperty().isNull().or(model.workingProperty()));
        Button print = button("Print…", "printHandout", model::print);
        print.disableProperty().bind(model.hasHandout().not().or(model.noPrinterProperty()).or(model.workingProperty()));
        Button save = button("Save as PDF…", "saveHandoutPdf", model::saveAsPdf);
        save.disableProperty().bind(model.hasHandout().not().or(model.workingProperty()));
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
        // a handout given again is the same document: its next-dose day is the one printed then
        nextDose.disableProperty().bind(model.hasHandout().not().or(model.reprintingProperty().isNotNull()));
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
        return new VBox(titleRow, bar, message, contact, rulebookNotice(), givenHandouts());
    }

    /** Says the handout is from an older rulebook's report, with the way to a fresh check. */
    private Node rulebookNotice() {
        Label notice = new Label();
        notice.setId("handoutRulebookNotice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(model.rulebookNoticeProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        Button fresh = button("Open a fresh check", "handoutFreshCheck", () -> {
            if (model.patientProperty().get() != null) {
                freshCheck.accept(model.patientProperty().get());
            }
        });
        fresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, notice, fresh);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("handout-message", "warning");
        row.visibleProperty().bind(model.rulebookNoticeProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** The handouts already given to the patient, each to show again and print as it was given. */
    private Node givenHandouts() {
        Label heading = new Label("Handouts given");
        heading.getStyleClass().add("field-label");
        FlowPane rows = new FlowPane(8, 6);
        rows.setId("givenHandouts");
        Runnable fill = () -> {
            rows.getChildren().clear();
            List<GivenHandout> list = model.given();
            for (int i = 0; i < Math.min(list.size(), SHOWN_GIVEN); i++) {
                GivenHandout h = list.get(i);
                Button again = button(model.describe(h), "givenHandout" + h.id(), () -> model.showGiven(h));
                again.setAccessibleText("Show again the handout " + model.describe(h).toLowerCase(java.util.Locale.ROOT));
                again.setMinWidth(Region.USE_PREF_SIZE);
                rows.getChildren().add(again);
            }
            if (list.size() > SHOWN_GIVEN) {
                Label older = new Label("and " + (list.size() - SHOWN_GIVEN) + " older");
                older.getStyleClass().add("muted");
                rows.getChildren().add(older);
            }
        };
        model.given().addListener((javafx.collections.ListChangeListener<GivenHandout>) c -> fill.run());
        fill.run();
        VBox box = new VBox(4, heading, rows);
        box.getStyleClass().add("screen-header");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.given()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static final int SHOWN_GIVEN = 8;

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text.replace("…", ""));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showPages(byte[] pdf) {
        if (pdf == null) {
            Label empty = new Label("Select a patient, then open an assessment file to see its handout here, or"
                    + " choose a handout given above to print it again.");
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
