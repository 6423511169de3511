package org.backroot.account.domain;

/**
 * A password someone chooses. Length is what makes a password strong, so we ask for at least 10
 * characters and set no composition rules (NIST SP 800-63B), and refuse ones that are easy to guess, such as
 * common passwords, keyboard patterns and repeats ({@link PasswordStrength}); 128 at most.
 */
public record NewPassword(String value) {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    public NewPassword {
        if (value == null || value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("must be at least " + MIN_LENGTH + " characters");
        }
        if (value.length() > MAX_LENGTH) throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
        if (value.isBlank()) throw new IllegalArgumentException("must not be only spaces");
        PasswordStrength.weakness(value).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
