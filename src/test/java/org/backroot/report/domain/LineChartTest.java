package org.backroot.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class LineChartTest {

    @Test
    void drawsAPngWithGapsForMissingDays() throws Exception {
        LineChart chart = new LineChart("Pain", "0-10", 10, List.of("1", "2", "3", "4"), Arrays.asList(3.0, null, 5.0, 4.0), List.of(2));

        var image = ImageIO.read(new ByteArrayInputStream(chart.png()));

        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(chart.dataUri()).startsWith("data:image/png;base64,");
    }

    @Test
    void rejectsAMismatchOfLabelsAndValues() {
        assertThatThrownBy(() -> new LineChart("Pain", "0-10", 10, List.of("1"), List.of(1.0, 2.0), List.of()))
                .hasMessageContaining("one label per value");
    }

    @Test
    void rejectsANonPositiveScale() {
        assertThatThrownBy(() -> new LineChart("Pain", "0-10", 0, List.of(), List.of(), List.of())).hasMessageContaining("yMax");
    }
}
