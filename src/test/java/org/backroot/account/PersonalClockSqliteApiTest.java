package org.backroot.account;

import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.springframework.context.annotation.Import;

/** {@link PersonalClockApiContract} on the embedded SQLite database. */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class PersonalClockSqliteApiTest extends PersonalClockApiContract {
}
