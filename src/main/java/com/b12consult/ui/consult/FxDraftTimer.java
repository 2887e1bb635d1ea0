package com.b12consult.ui.consult;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Half a second after the last keystroke: often enough to lose nothing worth retyping, rare enough to be unseen. */
public final class FxDraftTimer implements DraftTimer {
    private final PauseTransition pause;
    private Runnable action = () -> { };

    public FxDraftTimer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> action.run());
    }

    public FxDraftTimer() {
        this(Duration.millis(500));
    }

    @Override
    public void restart(Runnable whenQuiet) {
        action = whenQuiet;
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
