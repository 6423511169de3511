package org.backroot.program;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.FearLadder;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.program.domain.PendingExposure;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fear ladder through the API: {@code GET/POST /api/v1/fear-ladder}, {@code GET/PUT/DELETE
 * /api/v1/fear-ladder/{id}}. Items come lowest fear first; exposures go through the practice log.
 */
@RestController
class FearLadderApiController {

    record ItemBody(String activity, Integer fear, String template) {
    }

    /**
     * @param template            bend, lift, sit, twist, none (the person's own step), or null while the person has to pick
     * @param needsTemplateChoice true when the words matched no template surely: ask the person which kind of step it is
     * @param advances            experiments that went well while fear fell; the library step grows only with these
     */
    record ItemView(String id, String activity, int fear, int successes, Integer lastFear, boolean mastered, boolean current,
                    String template, boolean needsTemplateChoice, int advances) {
        static ItemView of(FearLadderItem i, Optional<FearLadderItem> currentStep) {
            return new ItemView(i.id(), i.activity(), i.fear(), i.successes(), i.lastFear(), i.mastered(),
                    currentStep.map(c -> c.id().equals(i.id())).orElse(false), i.template() == null ? null : i.template().code(),
                    i.needsTemplateChoice(), i.advances());
        }
    }

    record PendingView(String id, String itemId, LocalDate date, Integer harmExpected, Boolean harmHappened, Integer fearBefore,
                       Integer fearAfter, Integer expectedPain, Integer actualPain, List<String> askAgain) {
        static PendingView of(PendingExposure p) {
            return new PendingView(p.id(), p.itemId(), p.date(), p.harmExpected(), p.harmHappened(), p.fearBefore(), p.fearAfter(),
                    p.expectedPain(), p.actualPain(), p.missing());
        }
    }

    /**
     * @param status   recorded (the experiment is complete and the ladder moved) or waiting (answers still to give)
     * @param askAgain the answers still needed when waiting
     * @param outcome  what the experiment showed, in plain words, when recorded
     */
    record StepView(String status, List<String> askAgain, PendingView pending, ItemView item, String outcome) {
    }

    private final FearLadderService fearLadder;

    FearLadderApiController(FearLadderService fearLadder) {
        this.fearLadder = fearLadder;
    }

    @GetMapping("/api/v1/fear-ladder")
    List<ItemView> list(@AuthenticationPrincipal CurrentUser user) {
        FearLadder ladder = fearLadder.ladder(user.id());
        return ladder.items().stream().map(i -> ItemView.of(i, ladder.currentStep())).toList();
    }

    @GetMapping("/api/v1/fear-ladder/{id}")
    ItemView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return view(user.id(), fearLadder.item(user.id(), id));
    }

    @PostMapping("/api/v1/fear-ladder")
    ResponseEntity<ItemView> add(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) ItemBody body) {
        ItemBody b = body == null ? new ItemBody(null, null, null) : body;
        StoredFearItem added = fearLadder.add(user.id(), b.activity(), b.fear(), b.template());
        return ResponseEntity.created(URI.create("/api/v1/fear-ladder/" + added.id())).body(view(user.id(), added));
    }

    @PutMapping("/api/v1/fear-ladder/{id}")
    ItemView update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody(required = false) ItemBody body) {
        ItemBody b = body == null ? new ItemBody(null, null, null) : body;
        return view(user.id(), fearLadder.update(user.id(), id, b.activity(), b.fear(), b.template()));
    }

    @DeleteMapping("/api/v1/fear-ladder/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        fearLadder.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    /** Logs a step as an experiment: harmExpected and fearBefore first; harmHappened and fearAfter now or later. */
    @PostMapping("/api/v1/fear-ladder/{id}/exposures")
    ResponseEntity<StepView> logStep(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                     @RequestBody(required = false) Map<String, Object> body) {
        return ResponseEntity.status(201).body(step(user.id(), fearLadder.logStep(user.id(), id, body)));
    }

    @GetMapping("/api/v1/fear-ladder/exposures/pending")
    List<PendingView> pending(@AuthenticationPrincipal CurrentUser user) {
        return fearLadder.pending(user.id()).stream().map(PendingView::of).toList();
    }

    @PutMapping("/api/v1/fear-ladder/exposures/pending/{pendingId}")
    StepView answer(@AuthenticationPrincipal CurrentUser user, @PathVariable String pendingId,
                    @RequestBody(required = false) Map<String, Object> body) {
        return step(user.id(), fearLadder.answer(user.id(), pendingId, body));
    }

    private StepView step(String userId, FearLadderService.ExposureStep s) {
        return new StepView(s.status(), s.askAgain(), s.pending() == null ? null : PendingView.of(s.pending()), view(userId, s.item()),
                s.log() == null ? null : s.log().gapText());
    }

    private ItemView view(String userId, StoredFearItem item) {
        return ItemView.of(item.item(), fearLadder.ladderOf(userId).currentStep());
    }
}
