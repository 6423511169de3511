package org.backroot.testing;

import java.io.IOException;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps test classes on the classpath (pinned clocks, collectors, failing listeners) out of a whole application
 * started with {@code SpringApplicationBuilder}, as they stay out of a real one; a test adds the ones it wants as
 * sources. Register it before the scan: {@code .initializers(ctx -> ctx.getBeanFactory().registerSingleton("noTestClasses",
 * new NoTestClasses()))}.
 */
public final class NoTestClasses extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
        return reader.getResource().getURL().toString().contains("/test-classes/");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoTestClasses;
    }

    @Override
    public int hashCode() {
        return NoTestClasses.class.hashCode();
    }
}
