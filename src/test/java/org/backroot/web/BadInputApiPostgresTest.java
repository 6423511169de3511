package org.backroot.web;

import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bad-input examples on PostgreSQL (the shared embedded test server, a schema of its own), where NUL in text was a 500. */
@BackrootAppTest
class BadInputApiPostgresTest extends BadInputApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.useEmbeddedPostgres(registry, "bad_input_api");
    }
}
