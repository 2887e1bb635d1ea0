package com.b12consult;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Signs in to a session of the started app as a user would: initials typed, then Enter. */
final class SignIn {
    private SignIn() {
    }

    static void as(FxRobot robot, String initials) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#signInInitials").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#signInInitials").write(initials).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
