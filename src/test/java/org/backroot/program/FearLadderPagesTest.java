package org.backroot.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** What a person sees on /fear-ladder and /today for graded exposure as experiments. */
@BackrootAppTest
class FearLadderPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    private Cookie login(ApiClient pat) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void thePersonPredictsFirstIsAskedAgainForWhatHappenedAndSeesWhatTheExperimentShowed() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        Cookie session = login(pat);
        String bend = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Bending to tie my shoes\",\"fear\":60}"), "$.id");

        mvc.perform(get("/fear-ladder").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"before-form\"")))
                .andExpect(content().string(containsString("How likely do you think it is that this step will harm your back?")))
                .andExpect(content().string(not(containsString("data-testid=\"pending\""))));

        // a bad prediction: 400 with the message next to the field, on the page
        mvc.perform(post("/fear-ladder/{id}/step", bend).cookie(session).with(csrf()).param("harmExpected", "150").param("fearBefore", "60"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a whole number from 0 (sure it will not happen) to 100")));

        mvc.perform(post("/fear-ladder/{id}/step", bend).cookie(session).with(csrf()).param("harmExpected", "70").param("fearBefore", "60"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/fear-ladder")).andExpect(flash().attribute("saved", "waiting"));
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"exposure-waiting\"")));
        String page = mvc.perform(get("/fear-ladder").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"pending\"")))
                .andExpect(content().string(containsString("Did what you feared happen?")))
                .andExpect(content().string(containsString("How afraid are you of it now?")))
                .andExpect(content().string(not(containsString("data-testid=\"before-form\""))))
                .andReturn().getResponse().getContentAsString();
        String pending = page.replaceAll("(?s).*data-pending=\"([^\"]+)\".*", "$1");

        // what happened, but not the fear after: still waiting, asked again
        mvc.perform(post("/fear-ladder/pending/{id}", pending).cookie(session).with(csrf()).param("harmHappened", "false"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "waiting"));
        mvc.perform(get("/fear-ladder").cookie(session))
                .andExpect(content().string(containsString("How afraid are you of it now?")))
                .andExpect(content().string(not(containsString("Did what you feared happen?"))));

        mvc.perform(post("/fear-ladder/pending/{id}", pending).cookie(session).with(csrf()).param("fearAfter", "40"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "recorded"))
                .andExpect(flash().attribute("outcome", containsString("You thought it was 70 % likely that it would harm your back. It did not happen.")));
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(not(containsString("data-testid=\"exposure-waiting\""))));
        pat.get("/api/v1/fear-ladder/{id}", bend).andExpect(jsonPath("$.successes").value(1));
    }

    @Test
    void unsureWordsShowAChoiceOfTemplatesAndABadChoiceIsNamed() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        Cookie session = login(pat);
        String unsure = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Carrying a bag to the car\",\"fear\":50}"), "$.id");

        mvc.perform(get("/fear-ladder").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"template-choice\"")))
                .andExpect(content().string(containsString("Which kind of step is this closest to?")))
                .andExpect(content().string(containsString("None of these: my own small step")));
        mvc.perform(post("/fear-ladder/{id}/template", unsure).cookie(session).with(csrf()).param("template", "swim"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must be one of bend, lift, sit, twist or none")));
        mvc.perform(post("/fear-ladder/{id}/template", unsure).cookie(session).with(csrf()).param("template", "lift"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fear-ladder").cookie(session)).andExpect(content().string(not(containsString("data-testid=\"template-choice\""))));
    }
}
