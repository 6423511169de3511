package org.backroot.profile;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;

import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class ProfileApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void newPersonHasSixUnknownFactorsWithNullLoadsAndNoSources() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.get("/api/v1/profile").andExpect(status().isOk())
                .andExpect(jsonPath("$.computedAt").isString())
                .andExpect(jsonPath("$.factors[*].id").value(org.hamcrest.Matchers.contains(
                        "movement", "stress", "posture", "inflammation", "fear", "breathing")))
                .andExpect(jsonPath("$.factors[*].level").value(everyItem(is("unknown"))))
                .andExpect(jsonPath("$.factors[*].load").value(everyItem(nullValue())))
                .andExpect(jsonPath("$.sources.length()").value(0));
    }

    @Test
    void aFactorCheckPlacesItsFactorWithDrivers() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/responses", answersAllAt(catalog.get("stress"), true)).andExpect(status().isCreated());
        pat.get("/api/v1/profile")
                .andExpect(jsonPath("$.factors[1].id").value("stress"))
                .andExpect(jsonPath("$.factors[1].load").isNumber())
                .andExpect(jsonPath("$.factors[1].level").value(oneOf("low", "moderate", "high")))
                .andExpect(jsonPath("$.factors[1].drivers[0].kind").value("item"))
                .andExpect(jsonPath("$.factors[1].summary").isString())
                .andExpect(jsonPath("$.factors[0].level").value("unknown"));
    }

    @Test
    void aSelfTestAloneNamesTheRestrictedSideAsASource() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":5,\"kneeToWallCmRight\":12}").andExpect(status().isCreated());
        pat.get("/api/v1/profile")
                .andExpect(jsonPath("$.sources[0].region").value("ankle"))
                .andExpect(jsonPath("$.sources[0].side").value("left"))
                .andExpect(jsonPath("$.sources[0].severity").isNumber())
                .andExpect(jsonPath("$.sources[0].compensation").isString())
                .andExpect(jsonPath("$.sources[0].findings[*].test").value(hasItem("knee-to-wall")))
                .andExpect(jsonPath("$.factors[0].load").isNumber());
    }

    @Test
    void profileIsComputedFromOwnDataOnly() throws Exception {
        ApiClient ann = RedFlagScreens.clearedPerson(mvc, catalog);
        ApiClient ben = RedFlagScreens.clearedPerson(mvc, catalog);
        ann.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":5,\"kneeToWallCmRight\":12}").andExpect(status().isCreated());
        ben.get("/api/v1/profile").andExpect(jsonPath("$.sources.length()").value(0));
    }

    @Test
    void historyHasOnePointPerAssessmentDayWithNullForFactorsNotYetAssessed() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.get("/api/v1/profile/history").andExpect(jsonPath("$.length()").value(0));
        pat.post("/api/v1/responses", answersAllAt(catalog.get("stress"), true)).andExpect(status().isCreated());
        pat.post("/api/v1/responses", answersAllAt(catalog.get("stress"), false)).andExpect(status().isCreated());
        pat.get("/api/v1/profile/history")
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].date").isString())
                .andExpect(jsonPath("$[0].loads.stress").isNumber())
                .andExpect(jsonPath("$[0].loads.fear").value(nullValue()));
    }

    /** Answers every item with its highest (or lowest) option, or the top of its numeric range. */
    static String answersAllAt(Instrument instrument, boolean highest) {
        String answers = instrument.items().stream()
                .filter(i -> !i.options().isEmpty() || i.type().isNumericScale())
                .map(i -> "\"" + i.linkId() + "\":" + extreme(i, highest))
                .collect(Collectors.joining(","));
        return "{\"instrumentId\":\"" + instrument.id() + "\",\"answers\":{" + answers + "}}";
    }

    private static String extreme(Item item, boolean highest) {
        if (item.options().isEmpty()) return String.valueOf((int) (highest ? item.highestValue() : item.lowestValue()));
        Object value = item.options().get(highest ? item.options().size() - 1 : 0).value();
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
