package org.backroot.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Writes every shipped figure into one contact sheet, {@code target/figures/index.html}, for people to look at
 * (open it at 375 px, or screenshot it with headless Chromium).
 */
class FigureContactSheetTest {

    @Test
    void writesEveryActivityAndSelfTestFigureIntoOneSheet() throws Exception {
        Path dir = Path.of("target", "figures");
        int count = FigureSheet.write(dir);

        assertThat(count).isEqualTo(138 + 14);
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html.split("<svg ", -1)).hasSize(count + 1);
    }
}
