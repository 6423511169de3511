package org.backroot.care.domain;

import org.backroot.web.domain.TextInput;
import org.backroot.web.domain.ValidationException;

/**
 * The text of one message in a care thread: plain text, not empty, at most {@link #MAX_LENGTH} characters, nothing a
 * person could not have typed ({@link TextInput}). Surrounding blank space is trimmed and line ends are kept as
 * {@code \n}.
 */
public record MessageText(String value) {

    /** The longest message, in characters (Unicode code points, as the database counts them). */
    public static final int MAX_LENGTH = 2000;

    /** The request field every problem is said about. */
    public static final String FIELD = "text";

    public MessageText {
        if (value == null || value.isBlank()) throw new ValidationException(FIELD, "must not be empty");
        TextInput.require(FIELD, value);
        value = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            throw new ValidationException(FIELD, "must be at most " + MAX_LENGTH + " characters (this one has " + length + ")");
        }
    }

    /** What someone sent, checked. @throws ValidationException naming {@link #FIELD} */
    public static MessageText of(String text) {
        return new MessageText(text);
    }
}
