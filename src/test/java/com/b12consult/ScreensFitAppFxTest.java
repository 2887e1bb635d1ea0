package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window at the sizes a clinic's screens have (issue 13): every consultation step, with two lab panels,
 * two doses and three headaches added, and the nurse's check with most of its questions answered yes. Nothing
 * labelled may be drawn narrower than it asks for, no text may end in an ellipsis or break inside a word, and no
 * content may hide behind a sideways scroll bar.
 */
class ScreensFitAppFxTest {
    private static final double TOLERANCE = 0.5;

    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();
    final FxRobot robot = app.robot();
    final Stage stage = app.stage();

    @BeforeEach
    void start() throws Exception {
        Path database = dir.resolve("clinic.db");
        try (TestDatabase db = new TestDatabase(database)) {
            Patient ada = db.addPatient("Ada Lovelace", "P-0001", "1950-12-10", Sex.FEMALE);
            AuditLog audit = new AuditLog(db.database, TestDatabase.CLOCK);
            // The last dose 90 days ago, on the prescribed interval: the check is due today.
            LocalDateTime dose = LocalDateTime.now().minusDays(90).withHour(9).withMinute(0).withSecond(0).withNano(0);
            new PrescriptionRepository(db.database, audit).add(Prescription.unsaved(ada.id(), Product.HYDROXOCOBALAMIN,
                    1000, new DosingSchedule(Optional.empty(), 90), dose.toLocalDate()), TestDatabase.NURSE);
            new InjectionRepository(db.database, audit).record(ada.id(), new Injection(dose, Product.HYDROXOCOBALAMIN,
                    1000, InjectionSite.LEFT_DELTOID, List.of()), TestDatabase.NURSE);
        }
        // the clinic's name and phone set, as after the first start, so the screens are not behind its card
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void everyConsultationStepAndTheCheckCutNothing(int width, int height) throws Exception {
        resize(width, height);
        robot.clickOn("Ada Lovelace");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#startConsultation");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        String[] steps = {"Injections", "Clot risk", "Blood count", "Headaches", "Exercise", "Review"};
        for (int i = 0; i < steps.length; i++) {
            goToStep(i);
            switch (i) {
                case 0 -> fireTwice("#addDose");
                case 2 -> fireTwice("#addLabPanel");
                case 3 -> {
                    fireTwice("#addHeadache");
                    fire("#addHeadache");
                }
                default -> { }
            }
            cut.addAll(cutOn(steps[i]));
        }
        openTheCheck();
        cut.addAll(cutOn("Pre-injection check"));
        robot.interact(() -> robot.lookup("#checkScroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(cutOn("Pre-injection check, scrolled down"));
        assertEquals(List.of(), cut, "drawn cut at " + width + "x" + height + ":\n" + String.join("\n", cut) + "\n");
    }

    @Test
    void theCheckKeepsItsBannerAndOutcomeButtonsInViewWhileManyFindingsScroll() throws Exception {
        resize(1280, 720);
        openTheCheck();
        int findings = robot.lookup("#findingsList .finding").queryAll().size();
        assertTrue(findings >= 15, "the check shows fifteen findings or more: " + findings);
        ScrollPane scroll = robot.lookup("#checkScroll").queryAs(ScrollPane.class);
        for (double at : new double[] {0, 0.5, 1}) {
            robot.interact(() -> scroll.setVvalue(at));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : List.of("#decisionBanner", "#recordGiven", "#recordHeld", "#recordRefused")) {
                Node node = robot.lookup(id).query();
                Bounds b = node.localToScene(node.getBoundsInLocal());
                assertTrue(b.getMinY() >= 0 && b.getMaxY() <= stage.getScene().getHeight() && b.getHeight() > 0,
                        id + " in view with the findings scrolled to " + at + ": " + b);
                assertTrue(!isInside(node, scroll), id + " does not scroll with the findings");
            }
        }
    }

    private void resize(int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, stage.getScene().getWidth(), 1.0, "the window took the size asked for");
        assertEquals(height, stage.getScene().getHeight(), 1.0, "the window took the size asked for");
    }

    private void goToStep(int i) {
        fire("#step-" + i);
    }

    private void fireTwice(String query) {
        fire(query);
        fire(query);
    }

    private void fire(String query) {
        robot.interact(() -> robot.lookup(query).queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The check for Ada, with every question answered yes and the first sign of each ticked. */
    private void openTheCheck() throws Exception {
        robot.clickOn("#nav-pre-injection-check");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#dueList").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Ada Lovelace  P-0001");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Node n : robot.lookup(".question").queryAll()) {
                ((CheckBox) n).setSelected(true);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Node n : robot.lookup(".signs").queryAll()) {
                if (n.isVisible()) {
                    ((Parent) n).getChildrenUnmodifiable().stream().filter(CheckBox.class::isInstance)
                            .forEach(c -> ((CheckBox) c).setSelected(true));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> cutOn(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> collect(stage.getScene().getRoot(), where, found));
        return found;
    }

    private static boolean isInside(Node node, Class<?> kind) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (kind.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, String where, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.getParent() instanceof ScrollPane
                && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
            found.add(where + ": " + describe(bar.getParent()) + " scrolls sideways");
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            checkLabeled(l, where, found);
        } else if (node instanceof TextField f) {
            if (f.getWidth() < f.prefWidth(-1) - TOLERANCE) {
                found.add(where + ": " + describe(f) + " is " + round(f.getWidth()) + " px wide, asks for "
                        + round(f.prefWidth(-1)));
            } else if (f.getPromptText() != null && !f.getPromptText().isBlank() && f.getText().isEmpty()) {
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                double prompt = width(f.getPromptText(), f.getFont());
                if (prompt > room + TOLERANCE) {
                    found.add(where + ": " + describe(f) + " cuts its prompt: " + round(room) + " px for "
                            + round(prompt));
                }
            }
        } else if (node instanceof ComboBoxBase<?> c && c.getWidth() < c.prefWidth(-1) - TOLERANCE
                && !isInside(c, CheckComboBox.class)) {
            // A CheckComboBox draws its ticked items as one title in a combo box of its own, whose preferred
            // width is that of its longest item: the title's cell is checked for an ellipsis like any text.
            found.add(where + ": " + describe(c) + " is " + round(c.getWidth()) + " px wide, asks for "
                    + round(c.prefWidth(-1)));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, where, found);
            }
        }
    }

    private static void checkLabeled(Labeled l, String where, List<String> found) {
        String text = l.getText().replace("_", "");
        if (l.lookup(".text") instanceof Text drawn && drawn.getText() != null
                && !drawn.getText().replace("_", "").equals(text)
                && (drawn.getText().endsWith("...") || drawn.getText().endsWith("\u2026"))) {
            found.add(where + ": " + describe(l) + " is drawn as \"" + drawn.getText() + "\"");
            return;
        }
        if (!l.isWrapText()) {
            if (l.getWidth() < l.prefWidth(-1) - TOLERANCE) {
                found.add(where + ": " + describe(l) + " is " + round(l.getWidth()) + " px wide, asks for "
                        + round(l.prefWidth(-1)));
            }
            return;
        }
        // A wrapped text must still hold its longest word on a line: narrower, the word breaks letter by letter.
        if (!(l.lookup(".text") instanceof Text drawn) || drawn.getWrappingWidth() <= 0) {
            return;
        }
        double room = drawn.getWrappingWidth();
        String longest = "";
        double longestWidth = 0;
        for (String word : text.split("[\\s\u200B]+")) {
            double w = width(word, l.getFont());
            if (w > longestWidth) {
                longest = word;
                longestWidth = w;
            }
        }
        if (longestWidth > room + TOLERANCE) {
            found.add(where + ": " + describe(l) + " breaks the word \"" + longest + "\": " + round(room)
                    + " px for " + round(longestWidth));
        }
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\""
                : n instanceof TextField f ? " prompt \"" + f.getPromptText() + "\"" : "";
        Node named = n;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        String id = n.getId() != null ? "#" + n.getId() : named != null ? "(in #" + named.getId() + ")" : "";
        return n.getClass().getSimpleName() + " " + id + text;
    }

    private static long round(double v) {
        return Math.round(v);
    }
}
