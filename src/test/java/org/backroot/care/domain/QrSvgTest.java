package org.backroot.care.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void aLinkBecomesASquareSvgWithAQuietZoneOnWhite() {
        String link = "https://backroot.example.org/care/link?code=K7QFM-2XDRB";
        String svg = QrSvg.of(link, "QR code of the link");
        int modules = QrSvg.modules(link);
        assertThat(modules).isBetween(21, 41);
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + (modules + 8) + " " + (modules + 8) + "\"")
                .contains("role=\"img\"").contains("aria-label=\"QR code of the link\"").contains("fill=\"#ffffff\"");
        // Every dark module lies inside the quiet zone's border.
        Matcher m = Pattern.compile("M(\\d+),(\\d+)h1").matcher(svg);
        int count = 0;
        while (m.find()) {
            count++;
            assertThat(Integer.parseInt(m.group(1))).isBetween(4, modules + 3);
            assertThat(Integer.parseInt(m.group(2))).isBetween(4, modules + 3);
        }
        assertThat(count).as("dark modules").isGreaterThan(modules * modules / 4);
    }

    @Test
    void theSameTextGivesTheSameCodeAndTheLabelIsEscaped() {
        assertThat(QrSvg.of("K7QFM-2XDRB", "a")).isEqualTo(QrSvg.of("K7QFM-2XDRB", "a"));
        assertThat(QrSvg.of("K7QFM-2XDRB", "a \"b\" <c> & d")).contains("aria-label=\"a &quot;b&quot; &lt;c&gt; &amp; d\"");
        assertThatThrownBy(() -> QrSvg.of("", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
