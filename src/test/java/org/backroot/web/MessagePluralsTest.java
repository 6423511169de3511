package org.backroot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No page says "1 days": a count written before its noun chooses the singular for one. */
class MessagePluralsTest {

    private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,])1 (days|minutes|times|steps|weeks|messages)\\b");

    @Test
    void everyCountedMessageSaysOneInTheSingular() throws IOException {
        List<String> saysOnePlural = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties messages = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                for (String key : messages.stringPropertyNames()) {
                    String text = messages.getProperty(key);
                    if (text.contains("{0")) {
                        String one = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {1, 1, 1, 1, 1});
                        if (ONE_PLURAL.matcher(one).find()) saysOnePlural.add(key + " -> " + one);
                    }
                }
            }
        }
        assertThat(saysOnePlural).isEmpty();
    }
}
