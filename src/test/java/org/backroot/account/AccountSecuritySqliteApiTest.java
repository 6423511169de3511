package org.backroot.account;

import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.springframework.context.annotation.Import;

@BackrootAppTest
@Import(PinnedClock.Config.class)
class AccountSecuritySqliteApiTest extends AccountSecurityApiContract {
}
