package org.backroot.safety.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number the safety instructions tell a person to call, with where it works. The instructions name each one
 * once; pages turn every one into a tap-to-call link ({@link #split}).
 */
public record PhoneNumber(String digits, String where) {

    public static final PhoneNumber UK_EMERGENCY = new PhoneNumber("999", "in the UK");
    public static final PhoneNumber EUROPE_EMERGENCY = new PhoneNumber("112", "in Europe");
    public static final PhoneNumber NORTH_AMERICA_EMERGENCY = new PhoneNumber("911", "in North America");
    public static final PhoneNumber NHS_111 = new PhoneNumber("111", "in the UK");

    /** The emergency numbers, as every instruction to call emergency services names them. */
    public static final List<PhoneNumber> EMERGENCY = List.of(UK_EMERGENCY, EUROPE_EMERGENCY, NORTH_AMERICA_EMERGENCY);

    /** Every number the instructions may name. */
    public static final List<PhoneNumber> ALL = List.of(UK_EMERGENCY, EUROPE_EMERGENCY, NORTH_AMERICA_EMERGENCY, NHS_111);

    private static final Pattern ANY = Pattern.compile("(?<![\\d-])(" + String.join("|", ALL.stream().map(PhoneNumber::digits).toList()) + ")(?![\\d-])");

    public PhoneNumber {
        if (digits == null || !digits.matches("\\d{3,15}")) throw new IllegalArgumentException("digits must be 3-15 digits, was " + digits);
        if (where == null || where.isBlank()) throw new IllegalArgumentException("where must not be blank");
    }

    /** A piece of a line of text: plain words, or a number to call ({@code tel} then holds its digits). */
    public record Piece(String text, String tel) {
        public boolean call() {
            return tel != null;
        }
    }

    /** The line cut into plain text and the numbers in it, in order; a line without numbers is one plain piece. */
    public static List<Piece> split(String line) {
        List<Piece> pieces = new ArrayList<>();
        if (line == null) return pieces;
        Matcher m = ANY.matcher(line);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) pieces.add(new Piece(line.substring(at, m.start()), null));
            pieces.add(new Piece(m.group(1), m.group(1)));
            at = m.end();
        }
        if (at < line.length()) pieces.add(new Piece(line.substring(at), null));
        return pieces;
    }

    /** "999 in the UK, 112 in Europe, 911 in North America". */
    public static String list(List<PhoneNumber> numbers) {
        return String.join(", ", numbers.stream().map(n -> n.digits() + " " + n.where()).toList());
    }
}
