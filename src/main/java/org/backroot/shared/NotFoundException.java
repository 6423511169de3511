package org.backroot.shared;

/**
 * A record that does not exist for the person asking. Someone else's record gets exactly this
 * answer too, so ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
