package org.backroot.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode is on with {@code --demo} on the command line, or {@code backroot.demo.enabled=true} set any other
 * way (property, {@code BACKROOT_DEMO_ENABLED}). Only the command-line source is asked about {@code demo}, so an
 * unrelated {@code DEMO} environment variable does not turn it on.
 */
final class DemoMode implements Condition {

    static final String PROPERTY = "backroot.demo.enabled";
    static final String FLAG = "demo";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return on(context.getEnvironment());
    }

    static boolean on(Environment env) {
        if (env.getProperty(PROPERTY, Boolean.class, false)) return true;
        if (!(env instanceof ConfigurableEnvironment configurable)) return false;
        PropertySource<?> args = configurable.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (args == null || !args.containsProperty(FLAG)) return false;
        Object value = args.getProperty(FLAG);
        return value == null || "".equals(value) || "true".equalsIgnoreCase(value.toString());
    }
}
