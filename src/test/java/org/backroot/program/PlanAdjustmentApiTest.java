package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backroot.account.PersonalClock;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.safety.SafetyService;
import org.backroot.safety.SafetyService.RestrictionInput;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** A clinician's plan adjustment and clearance as program and safety hold them (care calls these services). */
@BackrootAppTest
class PlanAdjustmentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog instruments;

    @Autowired
    ActivityLibrary library;

    @Autowired
    PlanAdjustmentService adjustments;

    @Autowired
    SafetyService safety;

    @Autowired
    PersonalClock clock;

    @Autowired
    PlanTimeService time;

    private List<String> planIds(ApiClient pat) throws Exception {
        List<String> ids = ApiClient.read(pat.get("/api/v1/plan").andExpect(status().isOk()), "$.days[*].items[*].activityId");
        return ids.stream().filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void anAdjustmentRemakesThisWeekAtOnceAndShapesTheNextPlanToo() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, instruments);
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":40,\"daysPerWeek\":4}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());

        var saved = adjustments.adjust(pat.userId, "clinician-1", "Sam Rivera",
                adjustments.validate(1, List.of("core-pelvic-tilt"), List.of("hip-clamshell"), true, 20, "Go gently with bending this week."));
        assertThat(saved.planRemade()).isTrue();
        assertThat(saved.version().version()).isEqualTo(1);

        pat.get("/api/v1/plan").andExpect(jsonPath("$.minutesPerDay").value(20));
        assertThat(planIds(pat)).isNotEmpty().doesNotContain("core-pelvic-tilt").allMatch(id -> library.require(id).level() == 1);
        List<Map<String, Object>> days = ApiClient.read(pat.get("/api/v1/plan"), "$.days[?(@.restDay == false)]");
        assertThat(days).hasSize(4).allSatisfy(d -> assertThat(d.toString()).contains("hip-clamshell").contains("Sam Rivera added this"));
        List<String> kinds = ApiClient.read(pat.get("/api/v1/plan"), "$.days[*].items[*].kind");
        assertThat(kinds).doesNotContain("exposure");

        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        assertThat(planIds(pat)).doesNotContain("core-pelvic-tilt").allMatch(id -> library.require(id).level() == 1);

        // the person's own time changes their days; the clinician's minutes stay, and the note says so
        var changed = time.change(pat.userId, 30, 3);
        assertThat(changed.note()).contains("Sam Rivera set your plan to 20 minutes a day for now");
        pat.get("/api/v1/plan").andExpect(jsonPath("$.minutesPerDay").value(20));

        pat.get("/api/v1/plan/adjustments").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].clinicianName").value("Sam Rivera"))
                .andExpect(jsonPath("$[0].maxLevel").value(1))
                .andExpect(jsonPath("$[0].includeActivities[0]").value("hip-clamshell"))
                .andExpect(jsonPath("$[0].note").value("Go gently with bending this week."))
                .andExpect(jsonPath("$[0].changes[4]").value("Your plan asks for up to 20 minutes a day."));
        assertThat(ApiClient.<List<Object>>read(pat.get("/api/v1/plan"), "$.days[?(@.restDay == false)]")).hasSize(3);
    }

    @Test
    void everyVersionIsKeptNewestFirstAndANoteAloneLeavesThePlanAsItIs() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, instruments);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        adjustments.adjust(pat.userId, "clinician-1", "Sam Rivera", adjustments.validate(2, null, null, false, null, "First."));
        String planId = ApiClient.read(pat.get("/api/v1/plan"), "$.id");
        var second = adjustments.adjust(pat.userId, "clinician-2", "Dr Okafor", adjustments.validate(2, null, null, false, null, "Still level 2."));
        assertThat(second.planRemade()).isFalse();
        assertThat(second.changes()).containsExactly("A new note; the plan itself did not change.");
        pat.get("/api/v1/plan").andExpect(jsonPath("$.id").value(planId));

        pat.get("/api/v1/plan/adjustments")
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].version").value(2)).andExpect(jsonPath("$[0].clinicianName").value("Dr Okafor"))
                .andExpect(jsonPath("$[1].version").value(1)).andExpect(jsonPath("$[1].clinicianName").value("Sam Rivera"));
        assertThat(adjustments.currentAdjustment(pat.userId)).get().satisfies(v -> assertThat(v.version().clinicianId()).isEqualTo("clinician-2"));
    }

    @Test
    void anUnknownActivityIsA400NamingTheFieldAndTheId() {
        assertThatThrownBy(() -> adjustments.validate(null, List.of("no-such-move"), null, false, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field() + " " + f.message()).contains("excludeActivities").contains("'no-such-move'")));
    }

    @Test
    void safetyStillWinsAnUrgentResultKeepsTheProgramPausedAndTheAdjustmentWaits() throws Exception {
        ApiClient pat = ProgramPeople.urgent(mvc, instruments);
        var saved = adjustments.adjust(pat.userId, "clinician-1", "Sam Rivera", adjustments.validate(2, null, List.of("hip-clamshell"), false, null, null));
        assertThat(saved.planRemade()).isFalse();
        pat.get("/api/v1/plan").andExpect(status().isConflict());
        pat.post("/api/v1/plan", "").andExpect(status().isConflict());
        pat.get("/api/v1/plan/adjustments").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aClinicianClearanceOpensTheProgramItsRestrictionShapesThePlanAndALaterSignStillPausesIt() throws Exception {
        ApiClient pat = ProgramPeople.urgent(mvc, instruments);
        LocalDate today = clock.today(pat.userId);
        var view = safety.recordClinicianClearance(pat.userId, "clinician-1", "Sam Rivera", today, List.of("neuro-deficit"),
                List.of(new RestrictionInput("loaded-flexion", 4)), "No nerve problem found.");
        assertThat(view.programAllowed()).isTrue();
        assertThat(view.clinicianCleared()).isTrue();

        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":60,\"daysPerWeek\":7}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        assertThat(planIds(pat)).isNotEmpty().noneMatch(id -> library.require(id).loadedFlexion());
        // the clinician asked for loaded bending; safety's restriction still holds it back
        adjustments.adjust(pat.userId, "clinician-1", "Sam Rivera", adjustments.validate(null, null, List.of("hinge-raised-deadlift"), false, null, null));
        assertThat(planIds(pat)).doesNotContain("hinge-raised-deadlift");

        pat.get("/api/v1/safety").andExpect(jsonPath("$.restrictions[0]").value("loaded-flexion"));
        pat.get("/api/v1/safety/clinician-clearances").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].clinicianName").value("Sam Rivera"))
                .andExpect(jsonPath("$[0].ruledOut[0]").value("neuro-deficit"))
                .andExpect(jsonPath("$[0].restrictions[0].restriction").value("loaded-flexion"))
                .andExpect(jsonPath("$[0].restrictions[0].endsOn").value(today.plusWeeks(4).toString()))
                .andExpect(jsonPath("$[0].restrictions[0].inForce").value(true));

        safety.reportSymptoms(pat.userId, today, List.of("foot-drop"));
        pat.get("/api/v1/plan").andExpect(status().isConflict());
    }

    @Test
    void aBadClearanceIsRefusedNamingEachField() throws Exception {
        ApiClient pat = ProgramPeople.urgent(mvc, instruments);
        LocalDate today = clock.today(pat.userId);
        assertThatThrownBy(() -> safety.recordClinicianClearance(pat.userId, "clinician-1", "Sam Rivera", today.plusDays(1),
                List.of("gout"), List.of(new RestrictionInput("running", 2), new RestrictionInput("loaded-flexion", 0)), "x".repeat(1001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("assessedOn", "ruledOut", "restrictions", "restrictions", "note"));
        assertThat(safety.clinicianClearances(pat.userId)).isEmpty();
    }

    @Test
    void thePersonSeesTheAdjustmentOnTodayEveryVersionAndWhoClearedWhat() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, instruments);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        adjustments.adjust(pat.userId, "clinician-1", "Sam Rivera", adjustments.validate(2, null, null, false, null, "Let us keep it light for now."));
        safety.recordClinicianClearance(pat.userId, "clinician-1", "Sam Rivera", clock.today(pat.userId), List.of("fracture"),
                List.of(new RestrictionInput("lying-on-back", 2)), null);
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"plan-adjusted\"")))
                .andExpect(content().string(containsString("Sam Rivera adjusted your plan on")))
                .andExpect(content().string(containsString(": Let us keep it light for now.")))
                .andExpect(content().string(containsString("href=\"/plan/adjustments\"")))
                .andExpect(content().string(containsString("href=\"/care-team/messages/with/clinician-1\"")))
                .andExpect(content().string(containsString("asked that your plan leave out activities done lying flat on your back")));
        mvc.perform(get("/plan/adjustments").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your plan uses activities up to level 2 of 4 only.")))
                .andExpect(content().string(containsString("Sam Rivera, ")));
        mvc.perform(get("/safety").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Checked by your care team")))
                .andExpect(content().string(containsString("a broken bone in the spine")));
    }
}
