package org.backroot.program;

import org.backroot.testing.BackrootAppTest;
import org.springframework.context.annotation.Import;

/** The course API on the embedded SQLite database. */
@BackrootAppTest
@Import(CourseTestClock.class)
class CourseApiSqliteTest extends CourseApiContract {
}
