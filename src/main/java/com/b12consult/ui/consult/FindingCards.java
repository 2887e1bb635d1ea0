package com.b12consult.ui.consult;

import com.b12consult.domain.Finding;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.FindingCard;
import java.net.URL;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The pieces the review and a past consultation share: the decision banner and a topic heading. The finding
 * itself is {@link FindingCard}, the one the pre-injection check shows too.
 */
final class FindingCards {
    static final String STYLESHEET = "/com/b12consult/ui/consult/review.css";

    private FindingCards() {
    }

    static String stylesheet() {
        URL url = Objects.requireNonNull(FindingCards.class.getResource(STYLESHEET), STYLESHEET);
        return url.toExternalForm();
    }

    /** An id for a finding's controls: finding ids hold dots, which a CSS id selector cannot. */
    static String idOf(String prefix, Finding f) {
        return FindingCard.idOf(prefix, f);
    }

    static VBox banner(ObservableValue<DecisionBanner> banner) {
        Label headline = new Label();
        headline.setId("bannerHeadline");
        headline.getStyleClass().add("banner-headline");
        headline.setWrapText(true);
        Label instruction = new Label();
        instruction.setId("bannerInstruction");
        instruction.getStyleClass().add("banner-instruction");
        instruction.setWrapText(true);
        Label reasons = new Label();
        reasons.setId("bannerReasons");
        reasons.getStyleClass().add("banner-reasons");
        reasons.setWrapText(true);
        reasons.visibleProperty().bind(reasons.textProperty().isNotEmpty());
        reasons.managedProperty().bind(reasons.visibleProperty());
        VBox box = new VBox(4, headline, instruction, reasons);
        box.setId("decisionBanner");
        box.getStyleClass().addAll("decision-banner", "review-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        Runnable show = () -> {
            DecisionBanner b = banner.getValue();
            headline.setText(b.headline());
            instruction.setText(b.instruction());
            reasons.setText(b.reasons());
            box.getStyleClass().removeIf(c -> c.startsWith("banner-"));
            box.getStyleClass().add(b.styleClass());
            box.setAccessibleText(b.headline() + ". " + b.instruction() + " " + b.reasons());
        };
        banner.addListener((obs, was, now) -> show.run());
        show.run();
        return box;
    }

    static Label topicHeading(FindingGroup group) {
        Label title = new Label(group.title());
        title.getStyleClass().addAll("section-title", "topic-heading");
        return title;
    }
}
