package com.b12consult.ui.session;

import com.b12consult.domain.Actor;
import com.b12consult.store.SettingsRepository;
import javafx.scene.layout.Pane;

/**
 * While no clinic name is set, its name and phone are asked for over the window before it is used, since
 * every handout names them as whom to call; Later puts it off until the next start.
 */
public final class ClinicDetailsQuestion {
    private static final String PANE_ID = "clinicDetailsPane";

    private ClinicDetailsQuestion() {
    }

    /**
     * Asks over {@code window} when the details are needed, replacing a question still open from before (after a
     * restore, whose file may hold none).
     *
     * @param afterSaving run once the form saved the details (a screen built from the file before reads it again)
     */
    public static void askOver(Pane window, SettingsRepository settings, Actor actor, Runnable afterSaving) {
        window.getChildren().removeIf(n -> PANE_ID.equals(n.getId()));
        if (!ClinicDetailsViewModel.needed(settings)) {
            return;
        }
        ClinicDetailsViewModel model = new ClinicDetailsViewModel(settings, actor);
        ClinicDetailsView view = new ClinicDetailsView(model);
        model.outcomeProperty().addListener((obs, was, outcome) -> {
            window.getChildren().remove(view.root());
            if (outcome == ClinicDetailsViewModel.Outcome.SAVED) {
                afterSaving.run();
            }
        });
        window.getChildren().add(view.root());
        view.focus();
    }
}
