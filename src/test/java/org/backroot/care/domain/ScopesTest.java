package org.backroot.care.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void namesAreReadLenientlyAndKeptInOneOrder() {
        Scopes s = Scopes.parse(List.of(" Messages", "SUMMARY", "diary", "summary"));
        assertThat(s.names()).containsExactly("summary", "diary", "messages");
        assertThat(Scopes.stored(s.storedForm())).isEqualTo(s);
        assertThat(s.allows(Scope.ADJUST)).isFalse();
    }

    @Test
    void theSummaryIsPartOfEveryLink() {
        assertThatThrownBy(() -> Scopes.parse(List.of("diary"))).hasMessageContaining("\"summary\"");
        assertThatThrownBy(() -> Scopes.parse(List.of())).hasMessageContaining("at least");
        assertThatThrownBy(() -> Scopes.parse(null)).isInstanceOf(Scopes.InvalidScopes.class);
        assertThatThrownBy(() -> new Scopes(Set.of(Scope.DIARY))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownNamesAreNamedBack() {
        assertThatThrownBy(() -> Scopes.parse(List.of("summary", "all", "x"))).hasMessageContaining("\"all\", \"x\"");
    }

    @Property
    void anyChoiceWithTheSummarySurvivesStorage(@ForAll @Size(max = 4) Set<Scope> extra) {
        var chosen = new java.util.HashSet<>(extra);
        chosen.add(Scope.SUMMARY);
        Scopes s = new Scopes(chosen);
        assertThat(Scopes.stored(s.storedForm())).isEqualTo(s);
        assertThat(s.values()).isEqualTo(chosen);
    }
}
