package org.backroot.profile;

import java.time.Instant;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.assessment.domain.Finding;
import org.backroot.profile.domain.Driver;
import org.backroot.profile.domain.FactorLoad;
import org.backroot.profile.domain.Profile;
import org.backroot.profile.domain.SourceRegion;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/profile}: the six factor loads and the kinetic-chain source regions. */
@RestController
public class ProfileApiController {

    /** @param clinical the same evidence in a clinician's words (answer and question, or test, side, value and flag) */
    record DriverView(String kind, String ref, String detail, String clinical) {
        static DriverView of(Driver d) {
            return new DriverView(d.kind().code(), d.ref(), d.detail(), d.clinical());
        }
    }

    record FactorView(String id, String label, Integer load, String level, List<DriverView> drivers, String summary) {
        static FactorView of(FactorLoad f) {
            return new FactorView(f.id(), f.label(), f.load(), f.level().code(), f.drivers().stream().map(DriverView::of).toList(), f.summary());
        }
    }

    record FindingView(String test, String side, String value, String flag, String note) {
        static FindingView of(Finding f) {
            return new FindingView(f.test().code(), f.side() == null ? null : f.side().code(), f.value(), f.flag().code(), f.note());
        }
    }

    /** @param clinicalCompensation the possible lumbar compensation in a clinician's words */
    record SourceView(String region, String label, String side, int severity, String strength, List<FindingView> findings,
                      String compensation, String clinicalCompensation) {
        static SourceView of(SourceRegion s) {
            return new SourceView(s.region().code(), s.region().label(), s.side() == null ? null : s.side().code(), s.severity(),
                    s.strength(), s.findings().stream().map(FindingView::of).toList(), s.compensation(), s.clinicalCompensation());
        }
    }

    public record ProfileView(Instant computedAt, List<FactorView> factors, List<SourceView> sources, List<FindingView> checkWithClinician,
                       List<FindingView> borderline) {
        public static ProfileView of(Profile p) {
            return new ProfileView(p.computedAt(), p.factors().stream().map(FactorView::of).toList(),
                    p.sources().stream().map(SourceView::of).toList(), p.checkWithClinician().stream().map(FindingView::of).toList(),
                    p.borderline().stream().map(FindingView::of).toList());
        }
    }

    private final ProfileService profiles;

    ProfileApiController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/v1/profile")
    ProfileView profile(@AuthenticationPrincipal CurrentUser user) {
        return ProfileView.of(profiles.profile(user.id()));
    }

    /** The six loads at each reassessment, oldest first, for charts of change over time. */
    @GetMapping("/api/v1/profile/history")
    List<ProfileService.ProfileSnapshot> history(@AuthenticationPrincipal CurrentUser user) {
        return profiles.history(user.id());
    }
}
