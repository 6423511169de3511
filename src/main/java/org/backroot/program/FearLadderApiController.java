package org.backroot.program;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.FearLadder;
import org.backroot.program.domain.FearLadderItem;
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

    record ItemBody(String activity, Integer fear) {
    }

    record ItemView(String id, String activity, int fear, int successes, Integer lastFear, boolean mastered, boolean current) {
        static ItemView of(FearLadderItem i, Optional<FearLadderItem> currentStep) {
            return new ItemView(i.id(), i.activity(), i.fear(), i.successes(), i.lastFear(), i.mastered(),
                    currentStep.map(c -> c.id().equals(i.id())).orElse(false));
        }
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
        ItemBody b = body == null ? new ItemBody(null, null) : body;
        StoredFearItem added = fearLadder.add(user.id(), b.activity(), b.fear());
        return ResponseEntity.created(URI.create("/api/v1/fear-ladder/" + added.id())).body(view(user.id(), added));
    }

    @PutMapping("/api/v1/fear-ladder/{id}")
    ItemView update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody(required = false) ItemBody body) {
        ItemBody b = body == null ? new ItemBody(null, null) : body;
        return view(user.id(), fearLadder.update(user.id(), id, b.activity(), b.fear()));
    }

    @DeleteMapping("/api/v1/fear-ladder/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        fearLadder.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    private ItemView view(String userId, StoredFearItem item) {
        return ItemView.of(item.item(), fearLadder.ladderOf(userId).currentStep());
    }
}
