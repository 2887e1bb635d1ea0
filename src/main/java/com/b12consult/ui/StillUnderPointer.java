package com.b12consult.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the control just used where it was on the screen when what it changed grows or shrinks something
 * above it: the decision banner over a scrolling form takes a line more for an urgent decision, findings
 * above the field come and go. A pointer resting on the tick just given must not find another field there,
 * to be clicked by mistake. After the next layout the scroll pane is moved by as much as the control moved.
 */
public final class StillUnderPointer {
    private static final int MAX_PULSES = 5;
    private static final long SETTLING_NANOS = 250_000_000L;

    private StillUnderPointer() {
    }

    /**
     * Call when a change is about to be laid out (the screen's state changed, the layout has not run yet).
     * Does nothing unless the focus is on a control inside the scroll pane's content.
     */
    public static void keep(ScrollPane scroll) {
        Scene scene = scroll.getScene();
        Node content = scroll.getContent();
        if (scene == null || content == null || scene.getFocusOwner() == null
                || !isInside(scene.getFocusOwner(), content)) {
            return;
        }
        Node used = scene.getFocusOwner();
        double before = top(used);
        long until = System.nanoTime() + SETTLING_NANOS;
        Runnable[] after = new Runnable[1];
        int[] pulses = {0};
        // A change can take more than one layout to settle (text that wraps to a width bound in the last pass;
        // and the scroll pane keeps its fraction, not its pixels, when the content grows beneath): correct after
        // each layout, for a few pulses at most and never long after the change, so a scroll of the clinician's
        // own is not undone.
        after[0] = () -> {
            if (++pulses[0] > MAX_PULSES || System.nanoTime() > until || used.getScene() != scene
                    || scroll.getContent() != content) {
                scene.removePostLayoutPulseListener(after[0]);
                return;
            }
            scrollBy(scroll, top(used) - before);
        };
        scene.addPostLayoutPulseListener(after[0]);
    }

    /** Where the control's own box is; its focus ring, drawn outside it once clicked, is not counted. */
    private static double top(Node n) {
        return n.localToScene(n.getLayoutBounds()).getMinY();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls by so many pixels, as far as the content allows. */
    private static void scrollBy(ScrollPane scroll, double pixels) {
        if (Math.abs(pixels) < 0.5) {
            return;
        }
        Bounds content = scroll.getContent().getLayoutBounds();
        double hidden = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double span = scroll.getVmax() - scroll.getVmin();
        double offset = (scroll.getVvalue() - scroll.getVmin()) / span * hidden;
        double wanted = Math.max(0, Math.min(hidden, offset + pixels));
        scroll.setVvalue(scroll.getVmin() + wanted / hidden * span);
    }
}
