package org.backroot.care.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes of one link or invitation: never empty, always with {@link Scope#SUMMARY} (a clinician who may do
 * anything else first needs to know who the person is and whether they are safe).
 */
public record Scopes(Set<Scope> values) {

    public Scopes {
        if (values == null || values.isEmpty()) throw new IllegalArgumentException("choose at least the summary");
        if (!values.contains(Scope.SUMMARY)) throw new IllegalArgumentException("the summary is part of every link");
        values = Set.copyOf(EnumSet.copyOf(values));
    }

    /**
     * Reads the names a person or a form gave.
     *
     * @throws InvalidScopes naming what is wrong: no scope, an unknown name, or the summary missing
     */
    public static Scopes parse(Collection<String> names) {
        if (names == null || names.isEmpty()) throw new InvalidScopes("choose what the clinician may see: at least \"summary\"");
        EnumSet<Scope> chosen = EnumSet.noneOf(Scope.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Scope.fromJson(name).ifPresentOrElse(chosen::add, () -> unknown.add(String.valueOf(name)));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidScopes("unknown scope " + String.join(", ", unknown.stream().map(u -> "\"" + u + "\"").toList())
                    + "; the scopes are summary, diary, adjust and messages");
        }
        if (!chosen.contains(Scope.SUMMARY)) {
            throw new InvalidScopes("must include \"summary\": every clinician in the team sees the summary first");
        }
        return new Scopes(chosen);
    }

    /** Reads the stored form, "summary,diary". */
    public static Scopes stored(String text) {
        return parse(List.of(text.split(",")));
    }

    public boolean allows(Scope scope) {
        return values.contains(scope);
    }

    /** In declaration order, as the API names them. */
    public List<String> names() {
        return EnumSet.copyOf(values).stream().map(Scope::jsonName).toList();
    }

    /** The stored form: the names in declaration order, comma-separated. */
    public String storedForm() {
        return names().stream().collect(Collectors.joining(","));
    }

    /** A problem with the scopes someone chose, said as a predicate about the field. */
    public static final class InvalidScopes extends IllegalArgumentException {
        public InvalidScopes(String message) {
            super(message);
        }
    }
}
