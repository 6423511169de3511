package org.backroot.demo;

import org.springframework.context.ApplicationContext;

/** Test-only: how a test outside this package signs in as the demo person of a context started in demo mode. */
public final class DemoLogin {

    private DemoLogin() {
    }

    public static String email() {
        return DemoSeeder.EMAIL;
    }

    /** The random password the seeder chose at this start. */
    public static String password(ApplicationContext context) {
        return context.getBean(DemoSeeder.class).password();
    }
}
