package com.b12consult.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of screens from TestFX tests, so a person can look at what the tests drove. */
public final class Snapshots {
    /** The folder asked for with {@code -Db12consult.snapshots=DIR}; snapshots are only written when it is set. */
    public static final String PROPERTY = "b12consult.snapshots";

    private Snapshots() {
    }

    /** Writes {@code DIR/name.png} when snapshots were asked for; does nothing otherwise. */
    public static void saveIfAsked(Stage stage, String name) throws Exception {
        String dir = System.getProperty(PROPERTY, "");
        if (!dir.isBlank()) {
            save(stage, Files.createDirectories(Path.of(dir)).resolve(name + ".png"));
        }
    }

    /** Writes the stage's scene as it is drawn now to a PNG file. */
    public static void save(Stage stage, Path file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        // javafx-swing is not a dependency; copying the pixels is all SwingFXUtils would do here.
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("could not write " + file, e);
        }
    }
}
