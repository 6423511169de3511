package org.backroot.program;

/** Reading whole numbers from the program's page forms, where every value arrives as text. */
final class FormNumbers {

    private FormNumbers() {
    }

    /**
     * Blank is "not given" (null). Text that is not a whole number becomes -1, which no field accepts, so the
     * service's own validation reports it with its usual message instead of the page inventing another one.
     */
    static Integer whole(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
