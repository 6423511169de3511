package org.backroot.tracking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for people: 3.0 → "3", 3.44 → "3.4". */
final class Numbers {

    private Numbers() {
    }

    static String oneDecimal(double value) {
        return new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
