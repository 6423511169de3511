package org.backroot.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.InstrumentSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the built-in instruments and any an operator added under the data directory. A broken
 * file stops start-up with a message naming the file, the item and the problem.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InstrumentConfiguration.class);

    @Bean
    InstrumentCatalog instrumentCatalog(AssessmentProperties properties) {
        List<InstrumentSource> sources = new ArrayList<>(builtIn());
        sources.addAll(operatorAdded(properties.instrumentsDir()));
        InstrumentCatalog catalog = InstrumentCatalog.load(sources);
        log.info("Loaded {} instruments", catalog.all().size());
        return catalog;
    }

    private static List<InstrumentSource> builtIn() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.yaml");
            List<InstrumentSource> sources = new ArrayList<>();
            for (Resource r : resources) {
                sources.add(new InstrumentSource("instruments/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in instruments", e);
        }
    }

    static List<InstrumentSource> operatorAdded(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .map(f -> new InstrumentSource(f.toString(), read(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
