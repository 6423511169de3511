package org.backroot.assessment;

import java.time.LocalDate;

/**
 * One measured self-test value as the person entered it, for a clinician to read (the report).
 *
 * @param test    the self-test's title ("Knee to wall (ankle bend)")
 * @param measure what was measured ("Left foot")
 * @param value   the value with its unit ("5 cm") or the answer chosen ("Passed")
 * @param takenOn the day of the sitting it comes from
 */
public record SelfTestReading(String test, String measure, String value, LocalDate takenOn) {
}
