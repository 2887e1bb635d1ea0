package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckPanels.bindToggles;
import static com.b12consult.ui.check.CheckPanels.caption;
import static com.b12consult.ui.check.CheckPanels.card;
import static com.b12consult.ui.check.CheckPanels.errorLabel;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import com.b12consult.ui.Fields;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dose drawn up: the product in the syringe, the dose and the site, with the site suggested. */
final class DoseCard {
    private DoseCard() {
    }

    static Node of(PreInjectionCheckViewModel model) {
        DoseDrawnUp dose = model.dose();
        ToggleGroup products = new ToggleGroup();
        FlowPane productBox = new FlowPane(16, 6);
        for (Product p : Product.values()) {
            RadioButton b = new RadioButton(CodeLabels.of(p));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("product-" + p.code());
            b.setToggleGroup(products);
            b.setUserData(p);
            productBox.getChildren().add(b);
        }
        bindToggles(products, dose.productProperty());
        Label productError = errorLabel(dose.productMessage(), "productError");

        TextField micrograms = new TextField();
        micrograms.setId("doseDrawnUp");
        micrograms.setPromptText("micrograms, as drawn up");
        micrograms.textProperty().bindBidirectional(dose.doseProperty());

        ToggleGroup sites = new ToggleGroup();
        GridPane siteGrid = new GridPane();
        siteGrid.setHgap(16);
        siteGrid.setVgap(6);
        InjectionSite[] all = InjectionSite.values();
        for (int i = 0; i < all.length; i++) {
            RadioButton b = new RadioButton(CodeLabels.of(all[i]));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("site-" + all[i].code());
            b.setToggleGroup(sites);
            b.setUserData(all[i]);
            siteGrid.add(b, i % 2, i / 2);
        }
        bindToggles(sites, dose.siteProperty());
        Label suggested = new Label();
        suggested.setId("suggestedSite");
        suggested.getStyleClass().add("field-hint");
        suggested.setWrapText(true);
        // as wide as the sites above it, so that it wraps under them rather than push the column wider
        suggested.maxWidthProperty().bind(siteGrid.widthProperty());
        suggested.textProperty().bind(Bindings.createStringBinding(() -> model.suggestedSiteProperty().get() == null
                ? "" : "Suggested: " + CodeLabels.of(model.suggestedSiteProperty().get())
                + ", away from the last site.", model.suggestedSiteProperty()));
        Label siteError = errorLabel(dose.siteMessage(), "siteError");

        VBox productField = new VBox(5, caption("Product in the syringe"), productBox, productError);
        VBox siteField = new VBox(5, caption("Site"), siteGrid, suggested, siteError);
        VBox doseField = Fields.labelled("Dose drawn up (micrograms)", micrograms, dose.doseMessage(), "doseError");
        // A flow: beside the due list at 1280 wide the sites go under the product instead of cutting to "left up..."
        FlowPane row = new FlowPane(32, 12, new VBox(12, productField, doseField), siteField);
        return card("The dose drawn up", row);
    }
}
