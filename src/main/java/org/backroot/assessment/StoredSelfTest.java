package org.backroot.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One sitting of home self-tests as stored: the raw measurements and the findings they gave. */
public record StoredSelfTest(String id, String userId, LocalDate takenOn, Instant recordedAt, Map<String, Object> measurements,
                             List<FindingView> findings) {

    /** A finding as the API and pages show it. */
    public record FindingView(String test, String side, String value, String flag, int severity, String note) {
    }

    public StoredSelfTest {
        measurements = Map.copyOf(measurements);
        findings = List.copyOf(findings);
    }
}
