package org.backroot.shared;

/** The request is well-formed but clashes with the current state (a taken email, a locked program). */
public class ConflictException extends RuntimeException {

    private final String title;

    public ConflictException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
