package org.backroot.account;

import java.util.Map;

import org.backroot.account.domain.AboutYou;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me/about} and {@code PUT /api/v1/me/about}: the facts about a person that change what care is
 * safe (age, sex, pregnancy, active cancer treatment, osteoporosis medication). Every field is optional; a PUT
 * replaces all answers, so a field left out becomes "not answered". 400 names each bad field.
 */
@RestController
class AboutYouApiController {

    /** {@code age} is the age reached this calendar year, derived from {@code birthYear}. */
    record AboutYouJson(Integer birthYear, Integer age, String sex, String pregnancy, Boolean activeCancerTreatment,
                        Boolean osteoporosisMedication) {
        static AboutYouJson of(AboutYou a, java.time.LocalDate today) {
            return new AboutYouJson(a.birthYear(), a.ageOn(today).isPresent() ? a.ageOn(today).getAsInt() : null,
                    a.sex() == null ? null : a.sex().code(), a.pregnancy() == null ? null : a.pregnancy().code(),
                    a.activeCancerTreatment(), a.osteoporosisMedication());
        }
    }

    private final AboutYouService about;
    private final PersonalClock personalClock;

    AboutYouApiController(AboutYouService about, PersonalClock personalClock) {
        this.about = about;
        this.personalClock = personalClock;
    }

    @GetMapping("/api/v1/me/about")
    AboutYouJson get(@AuthenticationPrincipal CurrentUser user) {
        return AboutYouJson.of(about.about(user.id()), personalClock.today(user.id()));
    }

    @PutMapping("/api/v1/me/about")
    AboutYouJson put(@AuthenticationPrincipal CurrentUser user, @RequestBody Map<String, Object> body) {
        return AboutYouJson.of(about.answer(user.id(), body), personalClock.today(user.id()));
    }
}
