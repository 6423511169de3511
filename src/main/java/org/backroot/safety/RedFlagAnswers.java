package org.backroot.safety;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.backroot.account.PersonalClock;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.AnswerOption;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.Item;
import org.backroot.safety.domain.Symptom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists a person's red-flag answers as they were given (see {@link RedFlagRecord}); reads only. */
@Service
public class RedFlagAnswers {

    private static final String NO = "no";

    private final AssessmentService assessments;
    private final SymptomReportRepository symptomReports;
    private final ClearanceRepository clearances;
    private final PersonalClock clock;

    RedFlagAnswers(AssessmentService assessments, SymptomReportRepository symptomReports, ClearanceRepository clearances,
            PersonalClock clock) {
        this.assessments = assessments;
        this.symptomReports = symptomReports;
        this.clearances = clearances;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RedFlagRecord of(String userId) {
        Instrument screen = assessments.instrument(SafetyService.SCREEN);
        ZoneId zone = clock.zone(userId);
        List<RedFlagRecord.Answer> answers = new ArrayList<>();
        for (StoredResponse response : assessments.responses(userId, SafetyService.SCREEN)) {
            var day = java.time.LocalDate.ofInstant(response.completedAt(), zone);
            for (Item item : screen.items()) {
                Object value = response.answers().get(item.linkId());
                if (value != null) answers.add(answer(item, value.toString(), day, response.completedAt(), RedFlagRecord.SCREEN));
            }
        }
        for (SymptomReportRepository.SymptomReport report : symptomReports.list(userId)) {
            for (String code : report.symptoms()) {
                String linkId = Symptom.fromCode(code).linkId();
                screen.item(linkId).ifPresent(item -> answers.add(answer(item, "yes", report.reportedOn(), report.recordedAt(),
                        RedFlagRecord.CHECK_IN)));
            }
        }
        answers.sort(Comparator.comparing(RedFlagRecord.Answer::recordedAt));
        List<RedFlagRecord.ClearanceEntry> cleared = clearances.listWithNotes(userId).stream()
                .map(c -> new RedFlagRecord.ClearanceEntry(c.assessedOn(), c.confirmedAt(), c.note())).toList();
        return new RedFlagRecord(answers, cleared);
    }

    private static RedFlagRecord.Answer answer(Item item, String value, java.time.LocalDate day, java.time.Instant at, String channel) {
        String label = item.option(value).map(AnswerOption::label).orElse(value);
        boolean yesNo = item.option(NO).isPresent();
        return new RedFlagRecord.Answer(item.linkId(), item.text(), value, label, day, at, channel, yesNo && !NO.equals(value));
    }
}
