package org.backroot.assessment;

import java.util.Map;
import java.util.Optional;

import org.backroot.assessment.domain.Instrument;

/**
 * Gives a screening response its band (for the red-flag screen: clear, see-doctor, urgent,
 * emergency). Implemented by the safety module, so assessment never depends on safety.
 */
public interface ScreeningInterpreter {

    Optional<String> band(Instrument instrument, Map<String, Object> answers);
}
