package org.backroot.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for finding notes: as people write numbers, at most one decimal ("7", "9.5"). */
final class FindingWords {

    private FindingWords() {
    }

    static String num(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String cm(double value) {
        return num(value) + " cm";
    }

    static String deg(double value) {
        return num(value) + "°";
    }

    static String sec(double value) {
        return num(value) + " s";
    }
}
