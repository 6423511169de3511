package org.backroot.profile;

import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.profile.domain.FactorLoad;
import org.backroot.profile.domain.Profile;
import org.backroot.profile.domain.SourceRegion;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /profile}: the six factors with what drove them, and the likely source regions on a body map. */
@Controller
class ProfilePagesController {

    private final ProfileService profiles;
    private final OnboardingService onboarding;

    private final org.springframework.beans.factory.ObjectProvider<PlanPresence> planPresence;

    ProfilePagesController(ProfileService profiles, OnboardingService onboarding, org.springframework.beans.factory.ObjectProvider<PlanPresence> planPresence) {
        this.planPresence = planPresence;
        this.profiles = profiles;
        this.onboarding = onboarding;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, @org.springframework.web.bind.annotation.RequestParam(required = false) String changed,
                   Model model) {
        Profile profile = profiles.profile(user.id());
        if (changed != null && !changed.isBlank()) {
            model.addAttribute("changes", org.backroot.profile.domain.ProfileChanges.between(profiles.profileBefore(user.id(), changed), profile));
        }
        model.addAttribute("profile", profile);
        model.addAttribute("bodyRegions", bodyMapRegions(profile.sources()));
        model.addAttribute("assessedCount", profile.factors().stream().filter(f -> f.load() != null).count());
        List<String> top = profile.factors().stream().filter(f -> f.load() != null)
                .sorted((a, b) -> Integer.compare(b.load(), a.load())).limit(2).map(f -> f.label().toLowerCase(java.util.Locale.ROOT)).toList();
        model.addAttribute("topFactors", top);
        model.addAttribute("topFactorsText", org.backroot.web.domain.Words.join(top));
        model.addAttribute("nextStep", onboarding.next(user.id()).orElse(null));
        PlanPresence presence = planPresence.getIfAvailable();
        model.addAttribute("hasPlan", presence != null && presence.hasPlan(user.id()));
        return "profile/index";
    }

    /** Body-map region ids: a sided source lights its side (or both), a midline one lights itself; the low back is always the victim shown. */
    static List<String> bodyMapRegions(List<SourceRegion> sources) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (SourceRegion s : sources) {
            String region = s.region().code();
            if (region.equals("ankle") || region.equals("hip") || region.equals("shoulder")) {
                String side = s.side() == null ? "both" : s.side().code();
                if (!side.equals("right")) ids.add(region + "-left");
                if (!side.equals("left")) ids.add(region + "-right");
            } else {
                ids.add(region);
            }
        }
        return ids;
    }
}
