package com.b12consult.ui.rulebook;

import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Lays out the rulebook: a search field, then each topic's rules as cards. Decides nothing. */
public final class RulebookView {
    private final RulebookViewModel model;
    private final VBox root;
    private final VBox topics = new VBox();

    public RulebookView(RulebookViewModel model) {
        this.model = model;
        Label title = new Label("Rulebook");
        title.getStyleClass().add("screen-title");
        Label identity = new Label(model.identity());
        identity.setId("rulebookIdentity");
        identity.getStyleClass().addAll("muted", "rulebook-identity");
        identity.setWrapText(true);
        Label everyHandout = new Label(model.everyHandout());
        everyHandout.setId("rulebookEveryHandout");
        everyHandout.getStyleClass().add("rulebook-every-handout");
        everyHandout.setWrapText(true);
        everyHandout.setMinHeight(Region.USE_PREF_SIZE); // the whole policy, on two lines if need be, never cut short

        TextField search = new TextField();
        search.setId("rulebookSearch");
        search.setPromptText("Search rules: a symptom, a lab, a section, a rule id, or \u201chouse convention\u201d");
        search.setAccessibleText("Search the rulebook");
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("rulebookSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summary());
        HBox searchRow = new HBox(search, summary);
        searchRow.getStyleClass().add("rulebook-search-row");
        searchRow.setAlignment(Pos.CENTER_LEFT);

        topics.getStyleClass().add("rulebook-topics");
        ScrollPane scroll = new ScrollPane(topics);
        scroll.setId("rulebookScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("rulebook-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root = new VBox(title, identity, everyHandout, searchRow, scroll);
        root.getStyleClass().add("rulebook-screen");
        model.groupsProperty().addListener((obs, was, now) -> show(now));
        show(model.groupsProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void show(List<RulebookViewModel.TopicGroup> groups) {
        topics.getChildren().clear();
        for (RulebookViewModel.TopicGroup g : groups) {
            Label heading = new Label(g.title() + "  (" + g.rules().size() + ")");
            heading.setId("topic-" + g.topic().code());
            heading.getStyleClass().add("section-title");
            VBox group = new VBox(heading);
            group.getStyleClass().add("rulebook-topic");
            g.rules().forEach(r -> group.getChildren().add(card(r)));
            topics.getChildren().add(group);
        }
    }

    private Node card(RuleItem r) {
        Label title = new Label(r.title());
        title.getStyleClass().add("rule-title");
        title.setWrapText(true);
        String cardId = "rule-" + r.id().replace('.', '-'); // CSS selectors cannot match a dot in an id
        FlowPane badges = new FlowPane(badge(r.kind(), "badge-kind"), badge(r.severity(), "badge-" + r.severity().toLowerCase()),
                badge(r.decision(), "badge-decision"));
        if (r.houseConvention()) {
            Label convention = badge(RuleItem.CONVENTION_BADGE, "badge-convention");
            convention.setId(cardId + "-convention");
            convention.setAccessibleText("This rule includes a house convention, not only its source");
            badges.getChildren().add(convention);
        }
        if (r.onEveryHandout()) {
            Label every = badge(RuleItem.EVERY_HANDOUT_BADGE, "badge-every-handout");
            every.setId(cardId + "-every-handout");
            every.setAccessibleText("Every handout carries this red flag, whatever its report says");
            badges.getChildren().add(every);
        }
        badges.getChildren().add(badge(r.id(), "badge-id"));
        badges.getStyleClass().add("rule-badges");

        GridPane rows = new GridPane();
        rows.getStyleClass().add("rule-rows");
        row(rows, 0, "For the clinician", r.text());
        row(rows, 1, "For the patient", r.patientText());
        row(rows, 2, "Fires when", r.condition());
        Label basis = row(rows, 3, "Basis", r.basis());
        basis.setId(cardId + "-basis");
        basis.getStyleClass().add(r.houseConvention() ? "rule-basis-convention" : "rule-basis-source");
        if (!r.withheld().isEmpty()) {
            Label withheld = row(rows, 4, "In the report", r.withheld());
            withheld.setId(cardId + "-withheld");
        }

        VBox card = new VBox(title, badges, rows);
        card.setId(cardId);
        card.getStyleClass().add("rule-card");
        card.setAccessibleText(r.title() + (r.houseConvention() ? ", includes a house convention" : ""));
        return card;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("rule-badge", style);
        return l;
    }

    /** Adds a named row and returns its value, for the rows that tests reach. */
    private static Label row(GridPane grid, int index, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("rule-row-name");
        n.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(n, VPos.TOP); // beside a value of several lines the name belongs at its first line
        Label v = new Label(value);
        v.getStyleClass().add("rule-row-value");
        v.setWrapText(true);
        GridPane.setHgrow(v, Priority.ALWAYS);
        grid.addRow(index, n, v);
        return v;
    }
}
