package org.backroot.program;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class ActivitiesApiTest {

    @Autowired
    MockMvc mvc;

    ApiClient pat;

    @BeforeEach
    void signIn() throws Exception {
        pat = ApiClient.newPerson(mvc);
    }

    @Test
    void listsTheWholeLibraryWithoutFilters() throws Exception {
        pat.get("/api/v1/activities").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(80)))
                .andExpect(jsonPath("$[*].component").value(hasItems("movement", "stress", "posture", "inflammation", "breathing", "exposure")));
    }

    @Test
    void filtersByComponentRegionAndLevelTogether() throws Exception {
        pat.get("/api/v1/activities?component=movement&region=hip&level=3").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$[*].component").value(everyItem(is("movement"))))
                .andExpect(jsonPath("$[*].level").value(everyItem(is(3))))
                .andExpect(jsonPath("$[*].id").value(hasItem("hip-glute-bridge")));
        pat.get("/api/v1/activities?component=breathing").andExpect(jsonPath("$[*].component").value(everyItem(is("breathing"))));
    }

    @Test
    void oneActivityCarriesEveryField() throws Exception {
        pat.get("/api/v1/activities/{id}", "breath-diaphragm-lying").andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("breath-diaphragm-lying"))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.purpose").isString())
                .andExpect(jsonPath("$.component").value("breathing"))
                .andExpect(jsonPath("$.targets.factors").value(hasItems("breathing", "stress")))
                .andExpect(jsonPath("$.targets.regions").value(hasItem("core")))
                .andExpect(jsonPath("$.level").value(1))
                .andExpect(jsonPath("$.minutes").value(5))
                .andExpect(jsonPath("$.dose.inhaleSec").value(4))
                .andExpect(jsonPath("$.dose.exhaleSec").value(6))
                .andExpect(jsonPath("$.dose.breathsPerMin").value(6.0))
                .andExpect(jsonPath("$.dose.sets").doesNotExist())
                .andExpect(jsonPath("$.equipment").isArray())
                .andExpect(jsonPath("$.setup").isString())
                .andExpect(jsonPath("$.steps.length()").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.cues.length()").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.whatYouShouldFeel").isString())
                .andExpect(jsonPath("$.stopIf").isString())
                .andExpect(jsonPath("$.flareSafe").value(true))
                .andExpect(jsonPath("$.progression").value("breath-diaphragm-sitting"))
                .andExpect(jsonPath("$.regression").value("breath-position-of-ease"))
                .andExpect(jsonPath("$.timerSec").value(300))
                .andExpect(jsonPath("$.pacer.inhaleSec").value(4))
                .andExpect(jsonPath("$.pacer.exhaleSec").value(6))
                .andExpect(jsonPath("$.pacer.breathsPerMin").value(6.0));
        pat.get("/api/v1/activities/{id}", "hip-windscreen-wipers")
                .andExpect(jsonPath("$.regression").value((Object) null))
                .andExpect(jsonPath("$.pacer").value((Object) null))
                .andExpect(jsonPath("$.dose.sets").value(2))
                .andExpect(jsonPath("$.dose.reps").value(10));
    }

    @Test
    void unknownActivityIsA404() throws Exception {
        pat.get("/api/v1/activities/{id}", "no-such-thing").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void unknownComponentRegionOrLevelIsA400NamingEachParameter() throws Exception {
        pat.get("/api/v1/activities?component=yoga").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("component"));
        pat.get("/api/v1/activities?region=knee").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        pat.get("/api/v1/activities?level=5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        pat.get("/api/v1/activities?level=0").andExpect(status().isBadRequest());
        pat.get("/api/v1/activities?level=two").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        pat.get("/api/v1/activities?component=Movement&region=knee&level=9").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("component", "region", "level")));
    }

    @Test
    void blankFiltersMeanAny() throws Exception {
        pat.get("/api/v1/activities?component=&region=&level=").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(80)));
    }

    @Test
    void theLibraryNeedsSignIn() throws Exception {
        mvc.perform(get("/api/v1/activities")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/activities/hip-glute-bridge")).andExpect(status().isUnauthorized());
    }
}
