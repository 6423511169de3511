package org.backroot.web.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedirectLocationTest {

    @Test
    void anAddressBuiltFromAForgedHostBecomesAPath() {
        RedirectLocation relative = RedirectLocation.of(null);
        assertThat(relative.rewrite("http://evil.example/login?error#top", "evil.example")).isEqualTo("/login?error#top");
        assertThat(relative.rewrite("https://EVIL.example:8443", "evil.example")).isEqualTo("/");
        assertThat(relative.rewrite("/today", "evil.example")).isEqualTo("/today");
    }

    @Test
    void withABaseUrlEveryPathOnThisSiteGoesUnderIt() {
        RedirectLocation configured = RedirectLocation.of("https://backroot.example.org/");
        assertThat(configured.rewrite("http://evil.example:8080/login", "evil.example")).isEqualTo("https://backroot.example.org/login");
        assertThat(configured.rewrite("/api/v1/practice/42", "evil.example")).isEqualTo("https://backroot.example.org/api/v1/practice/42");
    }

    @Test
    void addressesElsewhereAndNonPathsPassUnchanged() {
        RedirectLocation configured = RedirectLocation.of("https://backroot.example.org");
        assertThat(configured.rewrite("https://www.nhs.uk/conditions/back-pain/", "backroot.local")).isEqualTo("https://www.nhs.uk/conditions/back-pain/");
        assertThat(configured.rewrite("//evil.example/x", "backroot.local")).isEqualTo("//evil.example/x");
        assertThat(configured.rewrite(null, "backroot.local")).isNull();
    }

    @Test
    void aBaseUrlThatIsNotAnHttpAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> RedirectLocation.of("backroot.example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backroot.base-url");
        assertThatThrownBy(() -> RedirectLocation.of("ftp://backroot.example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RedirectLocation.of("https://backroot.example.org/?x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RedirectLocation.of("  ").rewrite("/x", "h")).isEqualTo("/x");
    }
}
