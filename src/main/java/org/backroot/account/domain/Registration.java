package org.backroot.account.domain;

import java.util.ArrayList;
import java.util.List;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/** A checked registration request: every bad field is reported at once, not the first only. */
public record Registration(Email email, NewPassword password, DisplayName displayName) {

    public static Registration of(String email, String password, String displayName) {
        List<FieldError> errors = new ArrayList<>();
        Email checkedEmail = check("email", errors, () -> new Email(email));
        NewPassword checkedPassword = check("password", errors, () -> new NewPassword(password));
        DisplayName checkedName = check("displayName", errors, () -> new DisplayName(displayName));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return new Registration(checkedEmail, checkedPassword, checkedName);
    }

    private static <T> T check(String field, List<FieldError> errors, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }
}
