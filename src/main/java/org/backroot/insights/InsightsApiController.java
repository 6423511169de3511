package org.backroot.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.insights.domain.Episode;
import org.backroot.insights.domain.EpisodeFlare;
import org.backroot.insights.domain.EpisodeReport;
import org.backroot.insights.domain.Trigger;
import org.backroot.insights.domain.TriggerReport;
import org.backroot.insights.domain.TrendAdherence;
import org.backroot.insights.domain.TrendSeries;
import org.backroot.insights.domain.TrendWindow;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/insights/episodes?from=&to=}, {@code /triggers}, {@code /risk} and {@code /trends?window=}:
 * the person's own insights, always for the caller.
 */
@RestController
public class InsightsApiController {

    static final String DATE_FORMAT = "must be a date written as YYYY-MM-DD, such as 2026-03-14";

    // ---- JSON shapes ---------------------------------------------------------------------------------

    record EpisodeJson(String start, String end, int days, int painDays, int peakPain, boolean recurrence, boolean ongoing,
                       String ending) {
        static EpisodeJson of(Episode e) {
            return new EpisodeJson(e.start().toString(), e.end().toString(), e.days(), e.painDays(), e.peakPain(), e.recurrence(),
                    e.ongoing(), e.ending().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    record FlareJson(String date, int pain, boolean reported, boolean briefPain, boolean duringEpisode) {
        static FlareJson of(EpisodeFlare f) {
            return new FlareJson(f.date().toString(), f.pain(), f.reported(), f.briefPain(), f.duringEpisode());
        }
    }

    record SettingsJson(int painThreshold, int minPainDays, int painFreeDaysBefore, int maxGapDays, String source) {
    }

    public record EpisodesJson(String from, String to, int daysOfData, List<EpisodeJson> episodes, int painFreeDays, int painFreeStreak,
                        Integer daysSinceLastEpisode, int episodesLast12Months, Double medianDaysBetweenEpisodes,
                        List<FlareJson> flares, SettingsJson definition) {
        public static EpisodesJson of(EpisodeReport r) {
            var s = r.settings();
            return new EpisodesJson(r.from().toString(), r.to().toString(), r.daysOfData(),
                    r.episodes().stream().map(EpisodeJson::of).toList(), r.painFreeDays(), r.painFreeStreak(),
                    r.daysSinceLastEpisode(), r.episodesLast12Months(), r.medianDaysBetweenEpisodes(),
                    r.flares().stream().map(FlareJson::of).toList(),
                    new SettingsJson(s.painThreshold(), s.minPainDays(), s.painFreeDaysBefore(), s.maxGapDays(), s.source()));
        }
    }

    record TriggerJson(String driver, int lagDays, String direction, double effect, double ciLow, double ciHigh, double qValue,
                       String sentence) {
        static TriggerJson of(Trigger t) {
            return new TriggerJson(t.driver().key(), t.lagDays(), t.direction().label(), round(t.effect(), 2), round(t.ciLow(), 2),
                    round(t.ciHigh(), 2), round(t.qValue(), 4), t.sentence());
        }
    }

    record TriggersJson(int daysOfData, int minDays, boolean enoughData, List<TriggerJson> triggers) {
        static TriggersJson of(TriggerReport r, int minDays) {
            return new TriggersJson(r.daysOfData(), minDays, r.daysOfData() >= minDays, r.triggers().stream().map(TriggerJson::of).toList());
        }
    }

    record MarkerJson(String date, int index, String kind, String label) {
        static MarkerJson of(TrendSeries.PlacedMarker m) {
            return new MarkerJson(m.date().toString(), m.index(), m.kind() == org.backroot.insights.domain.TrendMarker.Kind.FLARE
                    ? "flare" : "phase", m.label());
        }
    }

    record SeriesJson(String unit, Double axisMax, String resolution, List<String> labels, List<Double> values, List<Integer> counts,
                      int daysOfData, Double mean, List<MarkerJson> markers) {
        static SeriesJson of(Trends.Metric metric, TrendSeries s) {
            return new SeriesJson(metric.unit(), metric.max(), s.resolution().name().toLowerCase(java.util.Locale.ROOT), s.labels(),
                    s.values().stream().map(v -> v == null ? null : round(v, 2)).toList(), s.counts(), s.daysOfData(),
                    s.mean() == null ? null : round(s.mean(), 2), s.markers().stream().map(MarkerJson::of).toList());
        }
    }

    record ComponentJson(String component, int planned, int done, Integer percent) {
    }

    public record AdherenceJson(int planned, int done, Integer percent, List<ComponentJson> components) {
        public static AdherenceJson of(TrendAdherence a) {
            return new AdherenceJson(a.planned(), a.done(), a.percent(),
                    a.components().stream().map(c -> new ComponentJson(c.component(), c.planned(), c.done(), c.percent())).toList());
        }
    }

    public record TrendsJson(String window, String from, String to, int daysOfData, Map<String, SeriesJson> series, AdherenceJson adherence) {
        public static TrendsJson of(Trends t) {
            Map<String, SeriesJson> series = new LinkedHashMap<>();
            for (Trends.Metric m : Trends.Metric.values()) series.put(m.key(), SeriesJson.of(m, t.series(m)));
            return new TrendsJson(t.window().code(), t.from().toString(), t.to().toString(), t.daysOfData(), series,
                    AdherenceJson.of(t.adherence()));
        }
    }

    record DriverJson(String name, double contribution, String sentence) {
    }

    /**
     * @param optedIn whether the person chose to see the estimate; apps show the number only when true
     * @param basis   where the model's weights come from ("simulated" until real outcomes exist)
     */
    record RiskJson(double flareRisk7d, String level, List<DriverJson> drivers, String advice, int daysOfData, boolean enoughData,
                    boolean optedIn, String basis) {
        static RiskJson of(RiskView r) {
            return new RiskJson(round(r.flareRisk7d(), 3), r.level(),
                    r.drivers().stream().map(d -> new DriverJson(d.name(), d.contribution(), d.sentence())).toList(), r.advice(),
                    r.daysOfData(), r.enoughData(), r.optedIn(), RiskView.BASIS);
        }
    }

    /** {@code GET/PUT /api/v1/insights/preferences}: whether the 7-day flare estimate is shown (off by default). */
    record PreferencesJson(Object showFlareRisk) {
    }

    // ---- endpoints -----------------------------------------------------------------------------------

    private final InsightsService insights;
    private final FlareRiskPreference preference;

    InsightsApiController(InsightsService insights, FlareRiskPreference preference) {
        this.insights = insights;
        this.preference = preference;
    }

    @GetMapping("/api/v1/insights/episodes")
    EpisodesJson episodes(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return EpisodesJson.of(insights.episodes(user.id(), start, end));
    }

    @GetMapping("/api/v1/insights/triggers")
    TriggersJson triggers(@AuthenticationPrincipal CurrentUser user) {
        return TriggersJson.of(insights.triggers(user.id()), insights.triggerMinDays());
    }

    @GetMapping("/api/v1/insights/risk")
    RiskJson risk(@AuthenticationPrincipal CurrentUser user) {
        return RiskJson.of(preference.apply(user.id(), insights.risk(user.id())));
    }

    @GetMapping("/api/v1/insights/preferences")
    PreferencesJson preferences(@AuthenticationPrincipal CurrentUser user) {
        return new PreferencesJson(preference.shows(user.id()));
    }

    @PutMapping("/api/v1/insights/preferences")
    PreferencesJson setPreferences(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) PreferencesJson body) {
        Object show = body == null ? null : body.showFlareRisk();
        return new PreferencesJson(preference.set(user.id(), showFlareRisk(show instanceof Boolean b ? b.toString() : show == null ? null : "?")));
    }

    /** "true" or "false" (from a form or JSON); anything else is a 400 naming {@code showFlareRisk}. */
    static boolean showFlareRisk(String text) {
        if ("true".equals(text)) return true;
        if ("false".equals(text)) return false;
        throw new ValidationException("showFlareRisk", "must be true (show the 7-day flare estimate) or false (hide it)");
    }

    @GetMapping("/api/v1/insights/trends")
    TrendsJson trends(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String window) {
        return TrendsJson.of(insights.trends(user.id(), window(window)));
    }

    /** Parses a window code; blank means 30 days; anything else is a 400 naming {@code window}. */
    static TrendWindow window(String text) {
        if (text == null || text.isBlank()) return TrendWindow.DAYS_30;
        try {
            return TrendWindow.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("window", "must be one of 7d, 30d, 90d or 365d");
        }
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) return null;
        LocalDate date = DateInput.parseOrNull(text);
        if (date == null) errors.add(new FieldError(field, DATE_FORMAT));
        return date;
    }

    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
