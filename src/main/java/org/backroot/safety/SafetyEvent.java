package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.ResponseValidator;
import org.backroot.safety.domain.RedFlagEvaluator;
import org.backroot.safety.domain.SafetyPolicy;
import org.backroot.safety.domain.SafetyRecord;
import org.backroot.safety.domain.Symptom;

/** Something a person told us that bears on their safety, replayed in time order. */
sealed interface SafetyEvent {

    Instant at();

    SafetyRecord apply(SafetyRecord record, LocalDate today);

    record Screened(Instant at, StoredResponse response, Instrument screen) implements SafetyEvent {
        @Override
        public SafetyRecord apply(SafetyRecord record, LocalDate today) {
            var answers = ResponseValidator.validate(screen, response.answers());
            return SafetyRecord.screened(RedFlagEvaluator.evaluate(screen, answers), LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
    }

    record SymptomsReported(Instant at, LocalDate reportedOn, List<String> codes) implements SafetyEvent {
        @Override
        public SafetyRecord apply(SafetyRecord record, LocalDate today) {
            return SafetyPolicy.afterSymptoms(record, codes.stream().map(Symptom::fromCode).toList(), reportedOn);
        }
    }

    record ClinicianAssessed(Instant at, LocalDate assessedOn) implements SafetyEvent {
        @Override
        public SafetyRecord apply(SafetyRecord record, LocalDate today) {
            if (record.result() == null) return record;
            return record.withClinicianAssessment(assessedOn, today);
        }
    }
}
