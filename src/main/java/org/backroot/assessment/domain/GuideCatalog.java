package org.backroot.assessment.domain;

import org.backroot.figure.domain.Figure;
import org.backroot.figure.domain.FigureParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The home self-test guides, loaded from {@code selftests/guides.yaml} (see docs/ui.md). People are walked
 * through them in the list's order: by {@link #REGIONS}, then in file order within a region. A malformed file fails with an
 * {@link IllegalArgumentException} naming the file, the guide key and every problem found.
 */
public final class GuideCatalog {

    public static final String RESOURCE = "selftests/guides.yaml";

    /** Every self-test value the API accepts; guide fields must use exactly these names. */
    public static final Set<String> API_FIELD_NAMES = Set.copyOf(List.of(
            "kneeToWallCmLeft", "kneeToWallCmRight",
            "hipInternalRotationDegLeft", "hipInternalRotationDegRight",
            "thomasTestLeft", "thomasTestRight",
            "thoracicRotationDegLeft", "thoracicRotationDegRight",
            "shoulderFlexionWallLeft", "shoulderFlexionWallRight",
            "activeStraightLegRaiseLeft", "activeStraightLegRaiseRight",
            "singleLegStanceSecLeft", "singleLegStanceSecRight",
            "hipHinge", "toeTouchCm", "craniovertebralAngleDeg", "occiputToWallCm",
            "breathHoldSec", "restingBreathsPerMin", "breathingPattern", "breathlessAtRest"));

    /** Body regions and other groups a guide may belong to, in list-page order. */
    public static final List<String> REGIONS = List.of(
            "ankle", "hip", "thoracic", "shoulder", "core", "lumbar", "posture", "breathing");

    public static final Set<String> FACTORS = Set.of("movement", "posture", "breathing");

    public static final Set<String> TOOLS = Set.of("cva-angle");

    private final List<Guide> guides;
    private final Map<String, Guide> byKey;

    private GuideCatalog(List<Guide> guides) {
        // One order for the list page and the walk through it: by region, then as in the file.
        List<Guide> ordered = new ArrayList<>(guides);
        ordered.sort(java.util.Comparator.comparingInt(g -> REGIONS.indexOf(g.region())));
        this.guides = List.copyOf(ordered);
        Map<String, Guide> m = new LinkedHashMap<>();
        for (Guide g : guides) m.put(g.key(), g);
        this.byKey = m;
    }

    /** Loads the guides shipped on the classpath, with the default self-test cut-offs in their text. */
    public static GuideCatalog load() {
        return load(SelfTestThresholds.defaults());
    }

    /**
     * Loads the guides shipped on the classpath. A {@code {{name}}} in the text is the cut-off of that name (see
     * {@link SelfTestThresholds}), written as people write numbers, so the guide states the same cut-off the
     * findings use, defined once.
     */
    public static GuideCatalog load(SelfTestThresholds thresholds) {
        ClassLoader cl = GuideCatalog.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalArgumentException(RESOURCE + ": not found on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(RESOURCE, new java.io.ByteArrayInputStream(withCutOffs(RESOURCE, text, thresholds).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern CUT_OFF = java.util.regex.Pattern.compile("\\{\\{\\s*([A-Za-z0-9]+)\\s*}}");

    /** Replaces each {@code {{name}}} with that cut-off's value; an unknown name fails naming the file. */
    static String withCutOffs(String source, String text, SelfTestThresholds thresholds) {
        java.util.regex.Matcher m = CUT_OFF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!SelfTestThresholds.names().contains(name)) {
                throw new IllegalArgumentException(source + ": {{" + name + "}} is not a self-test threshold; known: " + SelfTestThresholds.names());
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(FindingWords.num(thresholds.byName(name).value())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Parses guides from YAML; {@code source} names the file in error messages. */
    public static GuideCatalog parse(String source, InputStream in) {
        Object root;
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        List<Guide> guides = new ArrayList<>();
        if (!(root instanceof Map<?, ?> top) || !(top.get("guides") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(source + ": expected a top-level 'guides:' list with at least one guide");
        }
        Set<String> keys = new LinkedHashSet<>();
        Set<String> fieldNames = new LinkedHashSet<>();
        int index = 0;
        for (Object item : list) {
            index++;
            String where = "guide #" + index;
            if (!(item instanceof Map<?, ?> map)) {
                problems.add(where + ": expected a mapping");
                continue;
            }
            Object keyObj = map.get("key");
            if (keyObj != null) where = "guide '" + keyObj + "'";
            List<String> mine = new ArrayList<>();
            Guide g = readGuide(map, mine);
            for (String p : mine) problems.add(where + ": " + p);
            if (g == null) continue;
            if (!keys.add(g.key())) problems.add(where + ": key is used more than once");
            for (GuideField f : g.fields()) {
                if (!fieldNames.add(f.name())) problems.add(where + ": field '" + f.name() + "' already belongs to another guide");
            }
            guides.add(g);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return new GuideCatalog(guides);
    }

    public List<Guide> all() {
        return guides;
    }

    /** The guide a measurement field belongs to (each field belongs to exactly one). */
    public Optional<Guide> guideOfField(String fieldName) {
        return all().stream().filter(g -> g.fieldNames().contains(fieldName)).findFirst();
    }

    public Optional<Guide> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The first guide after {@code afterKey} (from the start when null) in the list's order that {@code skip} does not
     * rule out (done already, left out for now), or null when none is left after it.
     */
    public String nextToDo(String afterKey, java.util.function.Predicate<String> skip) {
        int from = 0;
        if (afterKey != null) {
            from = guides.size();
            for (int i = 0; i < guides.size(); i++) if (guides.get(i).key().equals(afterKey)) from = i + 1;
        }
        for (int i = from; i < guides.size(); i++) {
            if (!skip.test(guides.get(i).key())) return guides.get(i).key();
        }
        return null;
    }

    /** Guides grouped by region in {@link #REGIONS} order; empty regions are left out. */
    public Map<String, List<Guide>> byRegion() {
        Map<String, List<Guide>> out = new LinkedHashMap<>();
        for (String region : REGIONS) {
            List<Guide> in = guides.stream().filter(g -> g.region().equals(region)).toList();
            if (!in.isEmpty()) out.put(region, in);
        }
        return out;
    }

    /** The guide that records {@code fieldName}, if any. */
    public Optional<Guide> guideForField(String fieldName) {
        return guides.stream().filter(g -> g.field(fieldName).isPresent()).findFirst();
    }

    // ---- reading -------------------------------------------------------------------------------

    private static Guide readGuide(Map<?, ?> m, List<String> problems) {
        String key = text(m, "key", problems, true);
        String title = text(m, "title", problems, true);
        String region = text(m, "region", problems, true);
        if (region != null && !REGIONS.contains(region)) problems.add("region must be one of " + REGIONS + ", was '" + region + "'");
        String factor = text(m, "factor", problems, true);
        if (factor != null && !FACTORS.contains(factor)) problems.add("factor must be one of " + FACTORS + ", was '" + factor + "'");
        Integer minutes = integer(m.get("minutes"), "minutes", problems);
        String why = text(m, "why", problems, true);
        List<String> safety = strings(m, "safety", problems, false);
        List<String> needs = strings(m, "needs", problems, false);
        List<String> steps = strings(m, "steps", problems, true);
        List<String> whatCounts = strings(m, "whatCounts", problems, true);
        String tool = text(m, "tool", problems, false);
        if (tool != null && !TOOLS.contains(tool)) problems.add("tool must be one of " + TOOLS + ", was '" + tool + "'");

        List<GuideField> fields = new ArrayList<>();
        Object rawFields = m.get("fields");
        if (!(rawFields instanceof List<?> fl) || fl.isEmpty()) {
            problems.add("fields must be a non-empty list");
        } else {
            for (Object o : fl) {
                GuideField f = readField(o, problems);
                if (f != null) fields.add(f);
            }
        }
        GuideTimer timer = null;
        if (m.get("timer") != null) timer = readTimer(m.get("timer"), fields, problems);
        Figure figure = FigureParser.parse(m.get("figure"), problems);

        if (!problems.isEmpty()) return null;
        try {
            return new Guide(key, title, region, factor, minutes == null ? 0 : minutes, why, safety, needs, steps,
                    whatCounts, timer, tool, fields, figure);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static GuideField readField(Object o, List<String> problems) {
        if (!(o instanceof Map<?, ?> m)) {
            problems.add("each field must be a mapping");
            return null;
        }
        List<String> mine = new ArrayList<>();
        String name = text(m, "name", mine, true);
        String where = "field '" + name + "'";
        if (name != null && !API_FIELD_NAMES.contains(name)) {
            mine.add("is not a known self-test field (expected one of " + new java.util.TreeSet<>(API_FIELD_NAMES) + ")");
        }
        String label = text(m, "label", mine, true);
        String unit = text(m, "unit", mine, false);
        String help = text(m, "help", mine, false);
        String kindText = text(m, "kind", mine, true);
        GuideField.Kind kind = null;
        if ("number".equals(kindText)) kind = GuideField.Kind.NUMBER;
        else if ("choice".equals(kindText)) kind = GuideField.Kind.CHOICE;
        else if (kindText != null) mine.add("kind must be number or choice, was '" + kindText + "'");
        BigDecimal min = decimal(m.get("min"), "min", mine);
        BigDecimal max = decimal(m.get("max"), "max", mine);
        BigDecimal step = decimal(m.get("step"), "step", mine);
        if (kind == GuideField.Kind.NUMBER && step == null) step = BigDecimal.ONE;
        GuideField.Side side = null;
        Object sideObj = m.get("side");
        if ("left".equals(sideObj)) side = GuideField.Side.LEFT;
        else if ("right".equals(sideObj)) side = GuideField.Side.RIGHT;
        else if (sideObj != null) mine.add("side must be left, right or left out, was '" + sideObj + "'");
        List<GuideOption> options = new ArrayList<>();
        if (m.get("options") instanceof List<?> ol) {
            for (Object oo : ol) {
                if (oo instanceof Map<?, ?> om && om.get("value") != null && om.get("label") != null) {
                    options.add(new GuideOption(String.valueOf(om.get("value")), String.valueOf(om.get("label"))));
                } else {
                    mine.add("each option needs a value and a label");
                }
            }
        } else if (m.get("options") != null) {
            mine.add("options must be a list");
        }
        GuideField f = null;
        if (mine.isEmpty()) {
            try {
                f = new GuideField(name, label, unit, kind, min, max, kind == GuideField.Kind.CHOICE ? null : step,
                        options, side, help);
            } catch (IllegalArgumentException e) {
                mine.add(e.getMessage());
            }
        }
        for (String p : mine) problems.add(p.startsWith("field ") ? p : where + (p.startsWith("is ") ? " " : ": ") + p);
        return f;
    }

    private static GuideTimer readTimer(Object o, List<GuideField> fields, List<String> problems) {
        if (!(o instanceof Map<?, ?> m)) {
            problems.add("timer must be a mapping with seconds, mode and label");
            return null;
        }
        Integer seconds = integer(m.get("seconds"), "timer seconds", problems);
        String mode = text(m, "mode", problems, true);
        String label = text(m, "label", problems, true);
        List<String> copyTo = strings(m, "copyTo", problems, false);
        for (String name : copyTo) {
            if (fields.stream().noneMatch(f -> f.name().equals(name) && f.isNumber())) {
                problems.add("timer copyTo '" + name + "' is not a number field of this guide");
            }
        }
        if (seconds == null || mode == null || label == null) return null;
        try {
            return new GuideTimer(seconds, GuideTimer.Mode.parse(mode), label, copyTo);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static String text(Map<?, ?> m, String key, List<String> problems, boolean required) {
        Object v = m.get(key);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) problems.add(key + " is missing");
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            problems.add(key + " must be text");
            return null;
        }
        return String.valueOf(v).strip();
    }

    private static List<String> strings(Map<?, ?> m, String key, List<String> problems, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) problems.add(key + " is missing");
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            problems.add(key + " must be a list of text");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (o == null || o instanceof Map || o instanceof List || String.valueOf(o).isBlank()) {
                problems.add(key + " entries must be non-empty text");
            } else {
                out.add(String.valueOf(o).strip());
            }
        }
        if (required && out.isEmpty()) problems.add(key + " must not be empty");
        return out;
    }

    private static Integer integer(Object v, String what, List<String> problems) {
        if (v == null) {
            problems.add(what + " is missing");
            return null;
        }
        if (v instanceof Integer i) return i;
        problems.add(what + " must be a whole number, was '" + v + "'");
        return null;
    }

    private static BigDecimal decimal(Object v, String what, List<String> problems) {
        if (v == null) return null;
        if (v instanceof Integer || v instanceof Long || v instanceof Double) return new BigDecimal(String.valueOf(v));
        problems.add(what + " must be a number, was '" + v + "'");
        return null;
    }
}
