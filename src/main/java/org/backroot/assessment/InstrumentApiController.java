package org.backroot.assessment;

import java.util.List;

import org.backroot.assessment.domain.AnswerOption;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.Item;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The questionnaires, as data an app can render: {@code GET /api/v1/instruments[/{id}]}. */
@RestController
class InstrumentApiController {

    record InstrumentSummary(String id, String title, String purpose, String factor, int version, int itemCount) {
        static InstrumentSummary of(Instrument i) {
            return new InstrumentSummary(i.id(), i.title(), i.purpose().jsonName(), i.factor(), i.version(), i.items().size());
        }
    }

    record OptionView(Object value, String label) {
    }

    record ItemView(String linkId, String text, String help, String facet, String type, boolean required,
                    Double min, Double max, String minLabel, String maxLabel, List<OptionView> options) {
        static ItemView of(Item item) {
            return new ItemView(item.linkId(), item.text(), item.help(), item.facet(), item.type().jsonName(), item.required(),
                    item.min(), item.max(), item.minLabel(), item.maxLabel(),
                    item.options().stream().map((AnswerOption o) -> new OptionView(o.value(), o.label())).toList());
        }
    }

    record InstrumentDefinition(String id, String title, String purpose, String factor, int version, String intro,
                                String recallPeriod, String source, String licence, boolean higherIsBetter, List<ItemView> items) {
        static InstrumentDefinition of(Instrument i) {
            return new InstrumentDefinition(i.id(), i.title(), i.purpose().jsonName(), i.factor(), i.version(), i.intro(),
                    i.recallPeriod(), i.source(), i.licence(), i.higherIsBetter(), i.items().stream().map(ItemView::of).toList());
        }
    }

    private final AssessmentService assessments;

    InstrumentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/instruments")
    List<InstrumentSummary> list() {
        return assessments.instruments().stream().map(InstrumentSummary::of).toList();
    }

    @GetMapping("/api/v1/instruments/{id}")
    InstrumentDefinition get(@PathVariable String id) {
        return InstrumentDefinition.of(assessments.instrument(id));
    }
}
