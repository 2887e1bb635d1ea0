package com.b12consult.ui.consult;

import com.b12consult.domain.Finding;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.DecisionBannerBox;
import com.b12consult.ui.FindingCard;
import java.net.URL;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
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
        return DecisionBannerBox.of(banner, 4, "review-banner");
    }

    static Label topicHeading(FindingGroup group) {
        Label title = new Label(group.title());
        title.getStyleClass().addAll("section-title", "topic-heading");
        return title;
    }
}
