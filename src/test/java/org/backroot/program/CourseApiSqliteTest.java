package org.backroot.program;

import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.springframework.context.annotation.Import;

/** The course API on the embedded SQLite database. */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class CourseApiSqliteTest extends CourseApiContract {
}
