package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.cli.GuiOptions;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window started with {@code --db postgresql://...} opens the clinic server, and says plainly when it cannot. */
class AppOnClinicServerFxTest {
    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();

    @Test
    void aServerThatCannotBeReachedIsNamedOnTheWindowWithWhatToCheck() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String address = "postgresql://reception@127.0.0.1:" + port + "/b12";
        app.launch(() -> new App(GuiOptions.parse(List.of("--db", address), note -> { })));
        SignIn.as(robot, "AB");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#databaseError").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var node = robot.lookup("#databaseError").query();
        String shown = node instanceof Labeled l ? l.getText() : ((Text) node).getText();
        assertTrue(shown.contains("127.0.0.1:" + port + " cannot be reached"), shown);
        assertTrue(shown.contains("server is running"), shown);
        assertTrue(shown.contains("--db postgresql://"), shown);
    }
}
