package com.b12consult.ui;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Holds a node above a scrolling form (the decision banner) and grows with it, but does not shrink back until
 * {@link #reset()}: when a decision eases under the clinician's hand the banner takes fewer lines, and the form
 * beneath would move up, a field sliding under the pointer where the tick just given was. Scrolling cannot
 * make up for that at the top of the form; keeping the room can. The node fills the room, so the extra height is
 * the banner's own colour, not a gap.
 * <p>
 * The room is the pane's own minimum height, set here: the node's style sheet keeps its own.
 */
public final class GrowOnlyPane extends StackPane {
    public GrowOnlyPane(Node content) {
        super(content);
        heightProperty().addListener((obs, was, now) -> {
            if (now.doubleValue() > getMinHeight()) {
                setMinHeight(now.doubleValue());
            }
        });
    }

    /** Something else is shown now (another patient): the room fits the node again. */
    public void reset() {
        setMinHeight(Region.USE_COMPUTED_SIZE);
    }
}
