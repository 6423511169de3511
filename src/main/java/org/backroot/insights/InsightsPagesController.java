package org.backroot.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.insights.domain.TrendMarker;
import org.backroot.insights.domain.TrendPoint;
import org.backroot.insights.domain.TrendSeries;
import org.backroot.insights.domain.TrendWindow;
import org.backroot.web.domain.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /insights?window=30d}: trends with charts (and tables for screen readers and without JavaScript),
 * adherence, factor loads across reassessments, outcome measures with their meaningful-change badge, episodes,
 * triggers and the 7-day flare risk. An unknown window shows the default 30 days.
 */
@Controller
class InsightsPagesController {

    /** One chart line: a label and one value (or null) per label of its chart. */
    record Line(String key, String label, List<? extends Number> values) {
    }

    /** What {@code charts.js} reads from the page's JSON block for one chart. */
    record Chart(String id, String title, String axisTitle, String unit, Double min, Double max, List<String> labels, List<Line> lines,
                 List<Marker> markers, boolean daily) {
    }

    record Marker(int index, String kind, String label) {
    }

    /** A table row for screen readers and no-JS: the label (a date) and one formatted cell per line. */
    record Row(LocalDate date, List<String> cells) {
    }

    /** One metric on the page: its chart spec plus what the text around it says. */
    record MetricView(Trends.Metric metric, TrendSeries series, List<Row> rows) {
    }

    private final InsightsService insights;
    private final FlareRiskPreference preference;
    private final MessageSource messages;
    private final JsonMapper json;

    InsightsPagesController(InsightsService insights, FlareRiskPreference preference, MessageSource messages, JsonMapper json) {
        this.insights = insights;
        this.preference = preference;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/insights")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String window, Model model) {
        TrendWindow w;
        try {
            w = InsightsApiController.window(window);
        } catch (ValidationException e) {
            w = TrendWindow.DAYS_30;
        }
        String userId = user.id();
        Trends trends = insights.trends(userId, w);
        List<MetricView> metrics = new ArrayList<>();
        Map<String, Object> charts = new LinkedHashMap<>();
        for (Trends.Metric m : Trends.Metric.values()) {
            TrendSeries s = trends.series(m);
            metrics.add(new MetricView(m, s, rows(s)));
            charts.put(m.key(), metricChart(m, s));
        }
        FactorHistory factors = insights.factorHistory(userId);
        // A line needs two dates: with one, the numbers beside it say all there is.
        if (factors.dates().size() > 1) charts.put("factors", factorChart(factors));
        List<OutcomeTrend> outcomes = insights.outcomeChanges(userId);
        Chart outcomeChart = outcomes.isEmpty() ? null : outcomeChart(outcomes);
        if (outcomeChart != null && outcomeChart.labels().size() > 1) charts.put("outcomes", outcomeChart);

        model.addAttribute("factorChart", charts.containsKey("factors"));
        model.addAttribute("outcomeChart", charts.containsKey("outcomes"));
        model.addAttribute("window", w);
        model.addAttribute("windows", TrendWindow.values());
        model.addAttribute("trends", trends);
        model.addAttribute("metrics", metrics);
        model.addAttribute("factors", factors);
        model.addAttribute("factorRows", factorRows(factors));
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("activities", insights.latestActivities(userId));
        Map<String, org.backroot.insights.domain.Change> activityChanges = new java.util.HashMap<>();
        insights.activityChanges(userId).forEach(c -> activityChanges.put(new org.backroot.assessment.domain.RatedActivity(c.name(), null).key(), c.change()));
        model.addAttribute("activityChanges", activityChanges);
        var episodes = insights.episodes(userId, null, null);
        model.addAttribute("episodes", episodes);
        List<org.backroot.insights.domain.Episode> newestFirst = new ArrayList<>(episodes.episodes());
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("episodeList", newestFirst);
        model.addAttribute("triggers", insights.triggers(userId));
        model.addAttribute("triggerMinDays", insights.triggerMinDays());
        model.addAttribute("risk", preference.apply(userId, insights.risk(userId)));
        model.addAttribute("chartJson", safeJson(Map.of("charts", charts, "text", Map.of(
                "flare", text("insights.chart.flare"), "phase", text("insights.chart.phase")))));
        return "insights/index";
    }

    /**
     * {@code POST /insights/flare-risk}: turns the 7-day flare estimate on ({@code showFlareRisk=true}) or off, then back to the page
     * the toggle was on ({@code from=today} or the insights page). Post/Redirect/Get.
     */
    @PostMapping("/insights/flare-risk")
    String flareRisk(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "showFlareRisk", required = false) String show,
                     @RequestParam(required = false) String from) {
        boolean chosen;
        try {
            chosen = InsightsApiController.showFlareRisk(show);
        } catch (ValidationException e) {
            // only a hand-made request gets here: the page's two buttons send true or false
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "showFlareRisk must be true or false");
        }
        preference.set(user.id(), chosen);
        return "today".equals(from) ? "redirect:/today#risk-title" : "redirect:/insights#risk-title";
    }

    // ---- charts --------------------------------------------------------------------------------------

    private Chart metricChart(Trends.Metric m, TrendSeries s) {
        List<Marker> markers = s.markers().stream()
                .map(p -> new Marker(p.index(), p.kind() == TrendMarker.Kind.FLARE ? "flare" : "phase", p.label())).toList();
        List<Double> values = s.values().stream().map(v -> v == null ? null : InsightsApiController.round(v, 2)).toList();
        String title = text("insights.metric." + m.key());
        return new Chart(m.key(), title, text("insights.axis." + m.key()), m.unit(), 0.0, m.max(), s.labels(),
                List.of(new Line(m.key(), title, values)), markers, s.resolution() == org.backroot.insights.domain.TrendResolution.DAILY);
    }

    private Chart factorChart(FactorHistory f) {
        List<Line> lines = new ArrayList<>();
        f.loads().forEach((id, values) -> lines.add(new Line(id, f.label(id), values)));
        return new Chart("factors", text("insights.factors.title"), text("insights.axis.load"), "0-100", 0.0, 100.0,
                f.dates().stream().map(LocalDate::toString).toList(), lines, List.of(), false);
    }

    private Chart outcomeChart(List<OutcomeTrend> outcomes) {
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        outcomes.forEach(o -> o.points().forEach(p -> dates.add(p.date())));
        List<LocalDate> labels = new ArrayList<>(dates);
        List<Line> lines = new ArrayList<>();
        for (OutcomeTrend o : outcomes) {
            Map<LocalDate, Double> byDay = new LinkedHashMap<>();
            for (TrendPoint p : o.points()) byDay.put(p.date(), p.value()); // newest of a day wins
            List<Double> values = labels.stream().map(d -> byDay.get(d) == null ? null : InsightsApiController.round(byDay.get(d), 1)).toList();
            lines.add(new Line(o.instrumentId(), text("insights.outcome." + o.instrumentId()), values));
        }
        return new Chart("outcomes", text("insights.outcomes.title"), text("insights.axis.score"), "0-10", 0.0, 10.0,
                labels.stream().map(LocalDate::toString).toList(), lines, List.of(), false);
    }

    // ---- tables --------------------------------------------------------------------------------------

    private static List<Row> rows(TrendSeries s) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < s.labels().size(); i++) {
            Double v = s.values().get(i);
            if (v == null) continue;
            rows.add(new Row(LocalDate.parse(s.labels().get(i)), List.of(InsightsNumbers.number(v))));
        }
        return rows;
    }

    private List<Row> factorRows(FactorHistory f) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < f.dates().size(); i++) {
            List<String> cells = new ArrayList<>();
            for (List<Integer> values : f.loads().values()) {
                Integer v = values.get(i);
                cells.add(v == null ? text("factor.notAssessed") : v.toString());
            }
            rows.add(new Row(f.dates().get(i), cells));
        }
        return rows;
    }

    private String safeJson(Object value) {
        // The block sits inside <script type="application/json">: keep "</script>" and friends out of it.
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
