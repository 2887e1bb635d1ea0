package com.b12consult.ui.consult;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import com.b12consult.domain.SymptomCode;
import com.b12consult.ui.Fields;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Step 1: the prescription, the doses on record and those to add, and the dose planned today. */
public final class InjectionsView {
    private final InjectionsStepViewModel model;
    private final VBox root;
    private final VBox newRows = new VBox(12);

    public InjectionsView(InjectionsStepViewModel model) {
        this.model = model;
        root = new VBox(18, prescription(), onRecord(), newDoses(), today());
        root.getStyleClass().add("consult-step");
    }

    public Parent root() {
        return root;
    }

    private Node prescription() {
        PrescriptionEntry rx = model.prescription();
        // Two flows of fixed widths, not a grid that squeezed each field below its prompt at 1280 wide.
        FlowPane first = flow(
                sized("Product", ConsultControls.combo("rxProduct", "Product prescribed", List.of(Product.values()),
                        rx.productProperty()), rx.productMessage(), "rxProduct", 200),
                sized("Dose (micrograms)", ConsultControls.field("rxDose", "micrograms", rx.doseProperty()),
                        rx.doseMessage(), "rxDose", 150),
                sized("Start date", ConsultControls.field("rxStart", "YYYY-MM-DD", rx.startDateProperty()),
                        rx.startMessage(), "rxStart", 150));
        FlowPane then = flow(
                sized("Loading: every (days)", ConsultControls.field("rxLoadingEvery", "days",
                        rx.loadingEveryProperty()), null, "rxLoadingEvery", 200),
                sized("Loading: for (days)", ConsultControls.field("rxLoadingFor", "days", rx.loadingForProperty()),
                        rx.loadingMessage(), "rxLoading", 150),
                sized("Then every (days)", ConsultControls.field("rxMaintenance", "days",
                        rx.maintenanceEveryProperty()), rx.maintenanceMessage(), "rxMaintenance", 150));
        VBox grid = new VBox(8, first, then);
        return ConsultControls.card("Prescription",
                Fields.hint("Leave both loading fields empty for no loading course, and every field empty when"
                        + " there is no prescription yet."), grid);
    }

    private Node onRecord() {
        VBox lines = new VBox(4);
        lines.setId("dosesOnRecord");
        for (Injection i : model.dosesOnRecord()) {
            Label line = new Label(NewDose.describe(i));
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        if (model.dosesOnRecord().isEmpty()) {
            lines.getChildren().add(Fields.hint("No dose on record."));
        }
        return ConsultControls.card("Doses on record (newest first)", lines);
    }

    private Node newDoses() {
        Button add = new Button("_Add a dose given");
        add.setId("addDose");
        add.setAccessibleText("Add a dose given that is not on record yet");
        add.setOnAction(e -> {
            NewDose d = model.addDose();
            // the new row's first field, so the time can be typed at once
            Platform.runLater(() -> newRows.lookupAll("#doseGivenAt-" + model.newDoses().indexOf(d))
                    .forEach(Node::requestFocus));
        });
        model.newDoses().addListener((ListChangeListener<NewDose>) c -> fillRows());
        fillRows();
        return ConsultControls.card("Doses given, not on record yet",
                Fields.hint("Doses given elsewhere or not yet entered. They go to the record when the consultation"
                        + " is saved."), newRows, add);
    }

    private void fillRows() {
        newRows.getChildren().clear();
        for (int i = 0; i < model.newDoses().size(); i++) {
            newRows.getChildren().add(row(model.newDoses().get(i), i));
        }
    }

    private Node row(NewDose d, int i) {
        String n = " of new dose " + (i + 1);
        TextField at = ConsultControls.field("doseGivenAt-" + i, "YYYY-MM-DD HH:MM", d.givenAtProperty());
        at.setPrefColumnCount(11);
        ComboBox<Product> product = ConsultControls.combo("doseProduct-" + i, "Product" + n, List.of(Product.values()),
                d.productProperty());
        TextField dose = ConsultControls.field("doseMicrograms-" + i, "micrograms", d.doseProperty());
        dose.setPrefColumnCount(6);
        ComboBox<InjectionSite> site = ConsultControls.combo("doseSite-" + i, "Site" + n,
                List.of(InjectionSite.values()), d.siteProperty());
        CheckComboBox<SymptomCode> reactions = reactions(d, i);
        Button remove = new Button("Remove");
        remove.setId("removeDose-" + i);
        remove.setAccessibleText("Remove new dose " + (i + 1));
        remove.setOnAction(e -> model.removeDose(d));
        // Fixed widths: a message at one field wraps under it instead of squeezing the others; and a flow, so
        // that at 1280 wide the Site goes to a second line instead of behind a sideways scroll bar.
        FlowPane fields = flow(
                Fields.fixedWidth(ConsultControls.labelled("Given at", at, d.givenAtMessage(), "doseGivenAt-" + i), at, 168),
                Fields.fixedWidth(ConsultControls.labelled("Product", product, d.productMessage(), "doseProduct-" + i),
                        product, 195),
                Fields.fixedWidth(ConsultControls.labelled("Micrograms", dose, d.doseMessage(), "doseMicrograms-" + i),
                        dose, 100),
                Fields.fixedWidth(ConsultControls.labelled("Site", site, d.siteMessage(), "doseSite-" + i), site, 245));
        HBox second = new HBox(12, Fields.labelled("Reactions after it", reactions, null, null), remove);
        second.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        at.setAccessibleText("Time given" + n);
        dose.setAccessibleText("Dose in micrograms" + n);
        VBox box = new VBox(6, fields, second);
        box.getStyleClass().add("dose-row");
        return box;
    }

    private static VBox sized(String caption, Control control, javafx.beans.value.ObservableStringValue message,
                              String id, double width) {
        return Fields.fixedWidth(ConsultControls.labelled(caption, control, message, id), control, width);
    }

    private static FlowPane flow(Node... fields) {
        FlowPane flow = new FlowPane(16, 8, fields);
        flow.setMinWidth(0);
        return flow;
    }


    private static CheckComboBox<SymptomCode> reactions(NewDose d, int i) {
        CheckComboBox<SymptomCode> box = new CheckComboBox<>();
        box.setId("doseReactions-" + i);
        box.getItems().setAll(NewDose.reactionChoices());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SymptomCode c) {
                return c == null ? "" : CodeLabels.of(c);
            }

            @Override
            public SymptomCode fromString(String s) {
                return null;
            }
        });
        box.setTitle("none");
        box.setShowCheckedCount(false);
        box.setPrefWidth(360);
        d.reactions().forEach(c -> box.getCheckModel().check(c));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<SymptomCode>) c -> {
            while (c.next()) {
                d.reactions().removeAll(c.getRemoved());
                d.reactions().addAll(c.getAddedSubList());
            }
        });
        d.reactions().addListener((SetChangeListener<SymptomCode>) c -> {
            if (c.wasAdded() && !box.getCheckModel().isChecked(c.getElementAdded())) {
                box.getCheckModel().check(c.getElementAdded());
            }
            if (c.wasRemoved() && box.getCheckModel().isChecked(c.getElementRemoved())) {
                box.getCheckModel().clearCheck(c.getElementRemoved());
            }
        });
        box.titleProperty().bind(Bindings.createStringBinding(() -> d.reactions().isEmpty() ? "none"
                : String.join(", ", d.reactions().stream().map(CodeLabels::of).toList()), d.reactions()));
        return box;
    }

    private Node today() {
        DoseToday t = model.today();
        CheckBox planned = ConsultControls.tick("doseToday", "A dose is to be given today", t.plannedProperty());
        ComboBox<Product> product = ConsultControls.combo("todayProduct", "Product for today's dose",
                List.of(Product.values()), t.productProperty());
        TextField dose = ConsultControls.field("todayDose", "micrograms", t.doseProperty());
        ComboBox<InjectionSite> site = ConsultControls.combo("todaySite", "Site for today's dose",
                List.of(InjectionSite.values()), t.siteProperty());
        Label suggested = new Label();
        suggested.setId("suggestedSite");
        suggested.getStyleClass().add("field-hint");
        suggested.setWrapText(true);
        suggested.textProperty().bind(Bindings.createStringBinding(() -> model.suggestedSiteProperty().get() == null ? ""
                : "Suggested: " + CodeLabels.of(model.suggestedSiteProperty().get()) + ", away from the last site.",
                model.suggestedSiteProperty()));
        VBox siteField = ConsultControls.labelled("Site", site, t.siteMessage(), "todaySite");
        FlowPane grid = flow(Fields.fixedWidth(ConsultControls.labelled("Product", product, t.productMessage(), "todayProduct"),
                product, 210), Fields.fixedWidth(ConsultControls.labelled("Dose (micrograms)", dose, t.doseMessage(),
                "todayDose"), dose, 170), Fields.fixedWidth(siteField, site, 245));
        VBox fields = new VBox(6, grid, suggested);
        fields.visibleProperty().bind(t.plannedProperty());
        fields.managedProperty().bind(fields.visibleProperty());
        return ConsultControls.card("Dose today", planned, fields);
    }
}
