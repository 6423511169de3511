package org.backroot.web;

import org.backroot.testing.BackrootAppTest;

/** The bad-input examples on the default embedded SQLite database. */
@BackrootAppTest
class BadInputApiTest extends BadInputApiContract {
}
