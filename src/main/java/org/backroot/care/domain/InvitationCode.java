package org.backroot.care.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short code a person hands to a clinician: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L,
 * no U), shown as two groups of five ("K7QFM-2XDRB"), about 50 bits. Typed codes are read leniently: case, spaces and
 * hyphens do not matter. Only the SHA-256 of the normalised code is stored.
 */
public record InvitationCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;

    public InvitationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("an invitation code is " + LENGTH + " letters and digits");
        }
    }

    /** A new code; {@code random} should be a {@code SecureRandom} outside tests. */
    public static InvitationCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return new InvitationCode(code.toString());
    }

    /** What someone typed or pasted, if it can be a code at all. */
    public static Optional<InvitationCode> typed(String text) {
        if (text == null) return Optional.empty();
        String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) return Optional.empty();
        return Optional.of(new InvitationCode(compact));
    }

    /** As shown to people: two groups of five. */
    public String display() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    /** The stored form: SHA-256 of the code, in hex. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "InvitationCode[hidden]";
    }
}
