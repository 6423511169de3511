package org.backroot.insights;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;

import org.backroot.testing.ApiClient;

/** Diaries for insights tests, seeded through {@code PUT /api/v1/checkins/{date}} (dates up to 60 days back). */
final class InsightsPeople {

    private InsightsPeople() {
    }

    /** One check-in as JSON. */
    static String checkIn(int pain, int stress, double sleepHours, double sittingHours, int activeMinutes, boolean flare) {
        return String.format(Locale.ROOT,
                "{\"pain\":%d,\"stress\":%d,\"sleepHours\":%.1f,\"sittingHours\":%.1f,\"activeMinutes\":%d,\"flare\":%b}",
                pain, stress, sleepHours, sittingHours, activeMinutes, flare);
    }

    /**
     * {@code days} days ending yesterday: pain-free (0-1) except an episode 8 to 6 days ago (pain 5, 7, 4; the
     * middle day marked as a flare); every fourth night short sleep (5 h), and the day after it 2 points more pain.
     * With 40 days the episode follows 32 pain-free days, so it is a recurrence.
     */
    static void seedDiary(ApiClient person, LocalDate today, int days) throws Exception {
        for (int back = days; back >= 1; back--) {
            LocalDate date = today.minusDays(back);
            boolean shortNight = back % 4 == 0;
            boolean afterShortNight = (back + 1) % 4 == 0;
            int pain = back % 3 == 0 ? 1 : 0;
            if (afterShortNight) pain = 1;
            boolean flare = false;
            if (back == 8) pain = 5;
            if (back == 7) {
                pain = 7;
                flare = true;
            }
            if (back == 6) pain = 4;
            int stress = 2 + back % 5;
            double sitting = 4 + (back % 6);
            int active = 20 + (back % 7) * 5;
            person.put("/api/v1/checkins/{date}", checkIn(pain, stress, shortNight ? 5.0 : 7.5, sitting, active, flare), date.toString())
                    .andExpect(status().isOk());
        }
    }
}
