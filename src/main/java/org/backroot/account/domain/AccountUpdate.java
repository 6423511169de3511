package org.backroot.account.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * A checked change to one's own account: any of a new display name, a new email and a new password, each optional.
 * A new email or password needs the current password as confirmation. Every bad field is reported at once.
 */
public record AccountUpdate(DisplayName displayName, Email email, NewPassword newPassword, String currentPassword) {

    public AccountUpdate {
        if (displayName == null && email == null && newPassword == null) throw new IllegalArgumentException("nothing to change");
        if ((email != null || newPassword != null) && (currentPassword == null || currentPassword.isEmpty())) {
            throw new IllegalArgumentException("the current password must be given to change the email or the password");
        }
    }

    /** True when the change needs the current password checked. */
    public boolean needsCurrentPassword() {
        return email != null || newPassword != null;
    }

    /**
     * Reads raw input; {@code null} means "leave as it is". Errors name the fields {@code displayName}, {@code email},
     * {@code newPassword} and {@code currentPassword}.
     */
    public static AccountUpdate of(String displayName, String email, String newPassword, String currentPassword) {
        List<FieldError> errors = new ArrayList<>();
        DisplayName name = displayName == null ? null : check("displayName", errors, () -> new DisplayName(displayName));
        Email checkedEmail = email == null ? null : check("email", errors, () -> new Email(email));
        NewPassword password = newPassword == null ? null : check("newPassword", errors, () -> new NewPassword(newPassword));
        if (displayName == null && email == null && newPassword == null) {
            errors.add(new FieldError("displayName", "give at least one of displayName, email or newPassword to change"));
        }
        if ((email != null || newPassword != null) && (currentPassword == null || currentPassword.isEmpty())) {
            errors.add(new FieldError("currentPassword", "type your current password to confirm this change"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return new AccountUpdate(name, checkedEmail, password, currentPassword);
    }

    private static <T> T check(String field, List<FieldError> errors, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    @Override
    public String toString() {
        return "AccountUpdate[displayName=" + displayName + ", email=" + email + ", newPassword=" + (newPassword == null ? "no" : "yes") + "]";
    }
}
