package org.backroot.figure.domain;

import java.util.Locale;
import java.util.Optional;

/** Things drawn with the figure. Each is placed from the body (a chair under the pelvis, a bag in the hand). */
public enum Prop {
    MAT("a mat"), WALL_BEHIND("a wall behind you"), WALL_FRONT("a wall in front of you"), CHAIR("a chair"),
    TABLE("a table"), STEP("a step"), BOX("a box"), BAG("a bag"), STICK("a stick along the back"), BAND("a band"),
    ROLLER("a roller under the back"), PILLOW("a pillow"), PHONE("a phone"), BOTTLE("a bottle"), PLATE("a plate"),
    CUP("a cup"), SUN("daylight"), MOON("the evening"), BED("a bed");

    private final String words;

    Prop(String words) {
        this.words = words;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the text alternative names it. */
    public String words() {
        return words;
    }

    public static Optional<Prop> fromCode(String code) {
        for (Prop p : values()) if (p.code().equals(code)) return Optional.of(p);
        return Optional.empty();
    }

    static String codes() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Prop::code).toList());
    }
}
