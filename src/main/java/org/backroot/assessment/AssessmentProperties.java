package org.backroot.assessment;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where operators drop extra instrument files: {@code <backroot.data-dir>/instruments/*.yaml}. */
@ConfigurationProperties("backroot")
record AssessmentProperties(@DefaultValue("./data") Path dataDir) {

    Path instrumentsDir() {
        return dataDir.resolve("instruments");
    }
}
