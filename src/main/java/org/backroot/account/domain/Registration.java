package org.backroot.account.domain;

import java.util.ArrayList;
import java.util.List;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * A checked registration request: every bad field is reported at once, not the first only. The time zone is
 * optional (the sign-up page sends the browser's); without one the person's dates are in UTC until they change it.
 */
public record Registration(Email email, NewPassword password, DisplayName displayName, PersonZone zone) {

    public Registration {
        if (zone == null) zone = PersonZone.UTC;
    }

    public static Registration of(String email, String password, String displayName) {
        return of(email, password, displayName, null);
    }

    /** {@code timeZone} may be null or blank (UTC); anything else must be an IANA zone, reported on field {@code timeZone}. */
    public static Registration of(String email, String password, String displayName, String timeZone) {
        List<FieldError> errors = new ArrayList<>();
        Email checkedEmail = check("email", errors, () -> new Email(email));
        NewPassword checkedPassword = check("password", errors, () -> new NewPassword(password));
        DisplayName checkedName = check("displayName", errors, () -> new DisplayName(displayName));
        PersonZone checkedZone = timeZone == null || timeZone.isBlank() ? PersonZone.UTC
                : check("timeZone", errors, () -> PersonZone.of(timeZone));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return new Registration(checkedEmail, checkedPassword, checkedName, checkedZone);
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
