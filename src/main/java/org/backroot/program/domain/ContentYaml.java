package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The shape every content file (education cards, the course) shares: a YAML map with a {@code version} of at least
 * 1 and one non-empty list of entries, each a map with a unique {@code id}. Problems are collected, not thrown one by
 * one, so a writer sees them all at once.
 */
final class ContentYaml {

    /** Reads one entry; adds its problems (prefixed with {@code where}) and answers null when it has any. */
    interface EntryParser<T> {
        T parse(Map<?, ?> raw, String where, List<String> problems);
    }

    private ContentYaml() {
    }

    /** A shipped content file's text from the classpath. */
    static String read(ClassLoader loader, String resource) {
        try (java.io.InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The entries under {@code listKey}, in file order, without the ones that have problems or a duplicate id; empty
     * when the file has no such list (a problem says so).
     *
     * @throws IllegalArgumentException when the text is not YAML or not a map (nothing else can be checked then)
     */
    static <T> java.util.Optional<List<T>> entries(String sourceName, String yamlText, Set<String> fileKeys, String listKey, String entryName,
            EntryParser<T> parser, Function<T, String> id, List<String> problems) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(yamlText == null ? "" : yamlText);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(sourceName + ": not valid YAML: " + e.getMessage().replace('\n', ' '), e);
        }
        if (!(root instanceof Map<?, ?> file)) {
            throw new IllegalArgumentException(sourceName + ": must be a map with 'version' and '" + listKey + "'");
        }
        for (Object key : file.keySet()) {
            if (!fileKeys.contains(String.valueOf(key))) problems.add("unknown top-level key '" + key + "'");
        }
        if (!(file.get("version") instanceof Integer v) || v < 1) problems.add("version must be a whole number of at least 1");
        List<T> entries = new ArrayList<>();
        if (!(file.get(listKey) instanceof List<?> list) || list.isEmpty()) {
            problems.add(listKey + " must be a non-empty list");
            return java.util.Optional.empty();
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String where = entryName + " " + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                problems.add(where + ": must be a map");
                continue;
            }
            if (raw.get("id") instanceof String rawId) where = entryName + " '" + rawId + "'";
            T entry = parser.parse(raw, where, problems);
            if (entry == null) continue;
            Integer first = seen.putIfAbsent(id.apply(entry), i + 1);
            if (first != null) {
                problems.add(where + ": duplicate id; already used by " + entryName + " " + first);
                continue;
            }
            entries.add(entry);
        }
        return java.util.Optional.of(entries);
    }

    /** @throws IllegalArgumentException listing every problem, when there are any */
    static void requireNoProblems(String sourceName, String what, List<String> problems) {
        if (problems.isEmpty()) return;
        StringBuilder message = new StringBuilder(sourceName + ": " + what + " (" + problems.size()
                + (problems.size() == 1 ? " problem):" : " problems):"));
        for (String p : problems) message.append("\n  - ").append(p);
        throw new IllegalArgumentException(message.toString());
    }
}
