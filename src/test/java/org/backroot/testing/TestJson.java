package org.backroot.testing;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import tools.jackson.databind.json.JsonMapper;

/** JSON mappers for repository tests that keep JSON text. */
public final class TestJson {

    private TestJson() {
    }

    /** A plain Jackson 3 mapper, what the repository tests pass in. */
    public static JsonMapper plain() {
        return JsonMapper.builder().build();
    }

    /**
     * The mapper Spring Boot auto-configures for the application, with the application's own
     * {@code spring.jackson} settings (application.yaml), to prove {@link #plain()} stores and reads the same.
     */
    public static JsonMapper likeTheApplication() {
        JsonMapper[] mapper = new JsonMapper[1];
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withPropertyValues("spring.jackson.default-property-inclusion=always")
                .run(context -> mapper[0] = context.getBean(JsonMapper.class));
        return mapper[0];
    }
}
