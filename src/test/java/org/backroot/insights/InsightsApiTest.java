package org.backroot.insights;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The insights API on a seeded 40-day diary: episodes, triggers, trends; bad input; other people's data. */
@BackrootAppTest
class InsightsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void findsTheEpisodeAsARecurrenceAfterAPainFreeMonthWithItsFlare() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        InsightsPeople.seedDiary(pat, today(), 40);
        LocalDate start = today().minusDays(8);
        pat.get("/api/v1/insights/episodes").andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(today().minusDays(40).toString()))
                .andExpect(jsonPath("$.to").value(today().toString()))
                .andExpect(jsonPath("$.daysOfData").value(40))
                .andExpect(jsonPath("$.episodes", hasSize(1)))
                .andExpect(jsonPath("$.episodes[0].start").value(start.toString()))
                .andExpect(jsonPath("$.episodes[0].end").value(today().minusDays(6).toString()))
                .andExpect(jsonPath("$.episodes[0].days").value(3))
                .andExpect(jsonPath("$.episodes[0].peakPain").value(7))
                .andExpect(jsonPath("$.episodes[0].recurrence").value(true))
                .andExpect(jsonPath("$.episodes[0].ongoing").value(true))
                .andExpect(jsonPath("$.painFreeDays").value(37))
                .andExpect(jsonPath("$.daysSinceLastEpisode").value(0))
                .andExpect(jsonPath("$.episodesLast12Months").value(1))
                .andExpect(jsonPath("$.medianDaysBetweenEpisodes").value(nullValue()))
                .andExpect(jsonPath("$.flares[*].date").value(hasItem(today().minusDays(7).toString())))
                .andExpect(jsonPath("$.flares[0].reported").value(true))
                .andExpect(jsonPath("$.flares[0].duringEpisode").value(true))
                .andExpect(jsonPath("$.definition.painFreeDaysBefore").value(30))
                .andExpect(jsonPath("$.definition.painThreshold").value(2));
    }

    @Test
    void aRangeBeforeTheEpisodeListsNoEpisodeButStillCountsItsDays() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        InsightsPeople.seedDiary(pat, today(), 40);
        pat.get("/api/v1/insights/episodes?from={f}&to={t}", today().minusDays(30), today().minusDays(20))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.episodes", hasSize(0)))
                .andExpect(jsonPath("$.daysOfData").value(11))
                .andExpect(jsonPath("$.flares", hasSize(0)));
    }

    @Test
    void badDatesAndAReversedRangeAreRefusedNamingTheParameter() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/insights/episodes?from=yesterday").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        pat.get("/api/v1/insights/episodes?to=2026-13-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        pat.get("/api/v1/insights/episodes?from={f}&to={t}", today().minusDays(1), today().minusDays(5))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        pat.get("/api/v1/insights/episodes?to={t}", today().plusDays(1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        pat.get("/api/v1/insights/trends?window=2w").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("window"));
    }

    @Test
    void trendsAreChartReadyWithAFixedPainAxisFlaresAndDaysOfData() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        InsightsPeople.seedDiary(pat, today(), 40);
        pat.get("/api/v1/insights/trends?window=30d").andExpect(status().isOk())
                .andExpect(jsonPath("$.window").value("30d"))
                .andExpect(jsonPath("$.from").value(today().minusDays(29).toString()))
                .andExpect(jsonPath("$.daysOfData").value(29))
                .andExpect(jsonPath("$.series.pain.labels", hasSize(30)))
                .andExpect(jsonPath("$.series.pain.values", hasSize(30)))
                .andExpect(jsonPath("$.series.pain.values[29]").value(nullValue()))
                .andExpect(jsonPath("$.series.pain.unit").value("0-10"))
                .andExpect(jsonPath("$.series.pain.axisMax").value(10.0))
                .andExpect(jsonPath("$.series.pain.resolution").value("daily"))
                .andExpect(jsonPath("$.series.pain.daysOfData").value(29))
                .andExpect(jsonPath("$.series.pain.markers[*].kind").value(hasItem("flare")))
                .andExpect(jsonPath("$.series.pain.markers[?(@.kind=='flare')].date").value(hasItem(today().minusDays(7).toString())))
                .andExpect(jsonPath("$.series.sleepHours.unit").value("hours"))
                .andExpect(jsonPath("$.series.sleepHours.axisMax").value(nullValue()))
                .andExpect(jsonPath("$.series.stress.values", hasSize(30)))
                .andExpect(jsonPath("$.series.activeMinutes.unit").value("minutes"))
                .andExpect(jsonPath("$.series.sittingHours.daysOfData").value(29))
                .andExpect(jsonPath("$.adherence.components").isArray());
        pat.get("/api/v1/insights/trends?window=365d").andExpect(status().isOk())
                .andExpect(jsonPath("$.series.pain.resolution").value("weekly"))
                .andExpect(jsonPath("$.series.pain.labels", hasSize(53)))
                .andExpect(jsonPath("$.daysOfData").value(40));
        pat.get("/api/v1/insights/trends").andExpect(status().isOk()).andExpect(jsonPath("$.window").value("30d"));
    }

    @Test
    void triggersNeedTwentyEightDaysAndAnswerInTheDocumentedShape() throws Exception {
        ApiClient few = ApiClient.newPerson(mvc);
        InsightsPeople.seedDiary(few, today(), 10);
        few.get("/api/v1/insights/triggers").andExpect(status().isOk())
                .andExpect(jsonPath("$.daysOfData").value(10))
                .andExpect(jsonPath("$.minDays").value(28))
                .andExpect(jsonPath("$.enoughData").value(false))
                .andExpect(jsonPath("$.triggers", hasSize(0)));

        ApiClient many = ApiClient.newPerson(mvc);
        InsightsPeople.seedDiary(many, today(), 40);
        many.get("/api/v1/insights/triggers").andExpect(status().isOk())
                .andExpect(jsonPath("$.daysOfData").value(40))
                .andExpect(jsonPath("$.enoughData").value(true))
                .andExpect(jsonPath("$.triggers").isArray());
    }

    @Test
    void riskIsAChanceWithALevelDriversAndAdvice() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        InsightsPeople.seedDiary(pat, today(), 40);
        pat.get("/api/v1/insights/risk").andExpect(status().isOk())
                .andExpect(jsonPath("$.flareRisk7d").isNumber())
                .andExpect(jsonPath("$.level").value(org.hamcrest.Matchers.oneOf("low", "elevated", "high")))
                .andExpect(jsonPath("$.drivers").isArray())
                .andExpect(jsonPath("$.advice").isString())
                .andExpect(jsonPath("$.daysOfData").value(40))
                .andExpect(jsonPath("$.enoughData").value(true));
        ApiClient sam = ApiClient.newPerson(mvc);
        sam.get("/api/v1/insights/risk").andExpect(status().isOk())
                .andExpect(jsonPath("$.daysOfData").value(0))
                .andExpect(jsonPath("$.enoughData").value(false))
                .andExpect(jsonPath("$.flareRisk7d").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(0.0), org.hamcrest.Matchers.lessThanOrEqualTo(1.0))));
    }

    @Test
    void nobodySeesAnotherPersonsDiary() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        InsightsPeople.seedDiary(pat, today(), 40);
        ApiClient sam = ApiClient.newPerson(mvc);
        sam.get("/api/v1/insights/episodes").andExpect(status().isOk())
                .andExpect(jsonPath("$.daysOfData").value(0))
                .andExpect(jsonPath("$.episodes", hasSize(0)))
                .andExpect(jsonPath("$.daysSinceLastEpisode").value(nullValue()));
        sam.get("/api/v1/insights/trends?window=90d").andExpect(status().isOk())
                .andExpect(jsonPath("$.daysOfData").value(0))
                .andExpect(jsonPath("$.series.pain.markers", hasSize(0)));
        sam.get("/api/v1/insights/triggers").andExpect(jsonPath("$.daysOfData").value(0));
        sam.get("/api/v1/insights/risk").andExpect(jsonPath("$.daysOfData").value(0)).andExpect(jsonPath("$.drivers", hasSize(0)));
    }

    @Test
    void needsSignIn() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/insights/episodes"))
                .andExpect(status().isUnauthorized());
    }
}
