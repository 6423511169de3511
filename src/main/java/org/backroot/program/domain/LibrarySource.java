package org.backroot.program.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The text of one library file and the name it is reported under (usually the file name). */
public record LibrarySource(String name, String yaml) {

    /** Classpath folder of the built-in library. */
    public static final String BUILT_IN_FOLDER = "library/";

    /** The built-in files, in load order. A test checks this matches the folder's contents. */
    public static final List<String> BUILT_IN_FILES = List.of(
            "movement-ankle.yaml",
            "movement-hip.yaml",
            "movement-thoracic.yaml",
            "movement-shoulder.yaml",
            "movement-core.yaml",
            "movement-hinge.yaml",
            "walking.yaml",
            "stress.yaml",
            "posture.yaml",
            "inflammation.yaml",
            "breathing.yaml",
            "exposure.yaml");

    public LibrarySource {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        if (yaml == null) throw new IllegalArgumentException("yaml must not be null");
    }

    /** Reads the built-in library files from the classpath. */
    public static List<LibrarySource> builtIn(ClassLoader loader) {
        List<LibrarySource> sources = new ArrayList<>();
        for (String file : BUILT_IN_FILES) {
            try (InputStream in = loader.getResourceAsStream(BUILT_IN_FOLDER + file)) {
                if (in == null) throw new IllegalStateException("built-in library file is missing from the classpath: " + BUILT_IN_FOLDER + file);
                sources.add(new LibrarySource(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUILT_IN_FOLDER + file, e);
            }
        }
        return List.copyOf(sources);
    }

    /**
     * Reads every {@code *.yaml} / {@code *.yml} file directly in {@code dir}, sorted by file name
     * (e.g. the operator's folder under the data directory). A missing folder gives an empty list.
     */
    public static List<LibrarySource> fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yamlFiles = files
                    .filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
            List<LibrarySource> sources = new ArrayList<>();
            for (Path p : yamlFiles) sources.add(new LibrarySource(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            return List.copyOf(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read activity library folder " + dir, e);
        }
    }
}
