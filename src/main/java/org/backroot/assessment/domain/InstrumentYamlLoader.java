package org.backroot.assessment.domain;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML text into plain maps, lists, strings and numbers — never arbitrary Java objects
 * (SafeConstructor). Booleans are only {@code true}/{@code false} (YAML 1.2 style): with YAML 1.1
 * rules the answer codes {@code yes}, {@code no}, {@code on} and {@code off} would silently turn
 * into booleans, and dates are kept as text because instruments never need them.
 */
final class InstrumentYamlLoader {

    private static final int MAX_ALIASES = 100;

    private InstrumentYamlLoader() {
    }

    static Object load(String yamlText) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new StrictBooleanResolver());
        try {
            return yaml.load(yamlText);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("is not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
    }

    private static final class StrictBooleanResolver extends Resolver {

        private static final Pattern TRUE_OR_FALSE = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        @Override
        protected void addImplicitResolvers() {
            // Same order as SnakeYAML's own resolver (integers before floats), minus yes/no/on/off and timestamps.
            addImplicitResolver(Tag.BOOL, TRUE_OR_FALSE, "tTfF", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789", 10);
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.", 10);
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
