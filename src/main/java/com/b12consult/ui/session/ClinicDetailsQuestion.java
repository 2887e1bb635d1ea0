package com.b12consult.ui.session;

import com.b12consult.domain.Actor;
import com.b12consult.store.SettingsRepository;
import com.b12consult.ui.TaskRunner;
import javafx.scene.layout.Pane;

/**
 * While no clinic name is set, its name and phone are asked for over the window before it is used, since
 * every handout names them as whom to call; Later puts it off until the next start.
 *
 * <p>Whether a name is set is read off the screen's thread, through the {@link TaskRunner}: the form comes over the
 * window as soon as the store answers (a moment on this computer's file), and the window is never held for it.
 */
public final class ClinicDetailsQuestion {
    private static final String PANE_ID = "clinicDetailsPane";
    /** Where the window keeps which question is the newest: an older one's answer, coming later, asks nothing. */
    private static final Object ASKING = new Object();

    private ClinicDetailsQuestion() {
    }

    /**
     * Asks over {@code window} when the details are needed, replacing a question still open from before (after a
     * restore, whose file may hold none).
     *
     * @param tasks       reads and saves the details off the screen's thread
     * @param afterSaving run once the form saved the details (a screen built from the file before reads it again)
     */
    public static void askOver(Pane window, SettingsRepository settings, Actor actor, TaskRunner tasks,
                               Runnable afterSaving) {
        window.getChildren().removeIf(n -> PANE_ID.equals(n.getId()));
        Object asking = new Object();
        window.getProperties().put(ASKING, asking);
        tasks.run(settings::load, stored -> {
            if (window.getProperties().get(ASKING) != asking || !ClinicDetailsViewModel.needed(stored)) {
                return;
            }
            ClinicDetailsViewModel model = new ClinicDetailsViewModel(settings, actor, tasks, stored);
            ClinicDetailsView view = new ClinicDetailsView(model);
            model.outcomeProperty().addListener((obs, was, outcome) -> {
                window.getChildren().remove(view.root());
                if (outcome == ClinicDetailsViewModel.Outcome.SAVED) {
                    afterSaving.run();
                }
            });
            window.getChildren().add(view.root());
            view.focus();
        }, failed -> {
            // not asked this time (the store did not answer); the next start asks again, and Settings holds them
            System.err.println("The clinic's details could not be read: " + failed.getMessage());
        });
    }
}
