package org.backroot.assessment.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuideCatalogTest {

    private static GuideCatalog parse(String yaml) {
        return GuideCatalog.parse("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String MINIMAL = """
            guides:
              - key: occiput-to-wall
                title: Back of the head to the wall
                region: posture
                factor: posture
                minutes: 2
                why: It shows something.
                steps: [Stand against the wall.]
                whatCounts: [0 cm is typical.]
                figure: {posture: standing, props: [wall-behind], poses: [{}]}
                fields:
                  - {name: %s, label: Gap, unit: cm, kind: number, min: 0, max: 20, step: 0.5}
            """;

    @Test
    void loadsTheShippedGuidesInWalkThroughOrder() {
        GuideCatalog catalog = GuideCatalog.load();

        assertThat(catalog.all()).extracting(Guide::key).containsExactly(
                "knee-to-wall", "hip-rotation", "thomas", "single-leg-stance", "thoracic-rotation", "shoulder-flexion", "aslr",
                "hip-hinge", "toe-touch", "cva-photo", "occiput-to-wall", "breath-hold",
                "breathing-rate", "breathing-pattern");
        assertThat(catalog.all()).allSatisfy(g -> {
            assertThat(g.steps()).isNotEmpty();
            assertThat(g.whatCounts()).isNotEmpty();
            assertThat(g.safety()).isNotEmpty();
        });
    }

    @Test
    void shippedGuidesCoverEveryApiFieldExactlyOnce() {
        List<String> names = GuideCatalog.load().all().stream()
                .flatMap(g -> g.fieldNames().stream()).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).containsExactlyInAnyOrderElementsOf(GuideCatalog.API_FIELD_NAMES);
    }

    @Test
    void shippedRangesMatchTheApi() {
        GuideCatalog catalog = GuideCatalog.load();
        var ranges = catalog.all().stream().flatMap(g -> g.fields().stream())
                .filter(GuideField::isNumber)
                .collect(Collectors.toMap(GuideField::name, f -> f.minText() + ".." + f.maxText() + "/" + f.stepText()));

        assertThat(ranges).containsEntry("kneeToWallCmLeft", "0..20/0.5")
                .containsEntry("hipInternalRotationDegRight", "0..70/1")
                .containsEntry("thoracicRotationDegLeft", "0..90/1")
                .containsEntry("singleLegStanceSecRight", "0..120/1")
                .containsEntry("toeTouchCm", "0..60/0.5")
                .containsEntry("craniovertebralAngleDeg", "20..80/0.1")
                .containsEntry("occiputToWallCm", "0..20/0.5")
                .containsEntry("breathHoldSec", "0..180/1")
                .containsEntry("restingBreathsPerMin", "4..40/1");
        assertThat(catalog.get("aslr").orElseThrow().field("activeStraightLegRaiseLeft").orElseThrow().options())
                .extracting(GuideOption::value).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(catalog.get("thomas").orElseThrow().field("thomasTestRight").orElseThrow().options())
                .extracting(GuideOption::value).containsExactly("negative", "positive");
        assertThat(catalog.get("breathing-pattern").orElseThrow().field("breathingPattern").orElseThrow().options())
                .extracting(GuideOption::value).containsExactly("abdominal", "mixed", "chest");
    }

    @Test
    void timersAndToolsAreWhereThePagesExpectThem() {
        GuideCatalog catalog = GuideCatalog.load();

        GuideTimer rate = catalog.get("breathing-rate").orElseThrow().timer();
        assertThat(rate.seconds()).isEqualTo(60);
        assertThat(rate.countdown()).isTrue();
        assertThat(rate.copyTo()).isEmpty();
        assertThat(catalog.get("breath-hold").orElseThrow().timer().copyTo()).containsExactly("breathHoldSec");
        assertThat(catalog.get("cva-photo").orElseThrow().tool()).isEqualTo("cva-angle");
        assertThat(catalog.get("knee-to-wall").orElseThrow().hasTimer()).isFalse();
    }

    @Test
    void aGuideWithoutAFigureOrWithAnImpossiblePoseFailsNamingIt() {
        String withoutFigure = MINIMAL.formatted("occiputToWallCm").replaceAll("(?m)^\\s*figure:.*\\n", "");
        assertThatThrownBy(() -> parse(withoutFigure))
                .hasMessageContaining("test.yaml: guide 'occiput-to-wall': has no figure");
        String badPose = MINIMAL.formatted("occiputToWallCm").replace("poses: [{}]", "poses: [{}, {neck: 90}]");
        assertThatThrownBy(() -> parse(badPose))
                .hasMessageContaining("guide 'occiput-to-wall': figure pose 2: neck 90 is outside its range -50 to 60");
    }

    @Test
    void everyShippedGuideHasAFigure() {
        assertThat(GuideCatalog.load().all()).allSatisfy(g -> assertThat(g.figure().poses()).isNotEmpty());
    }

    @Test
    void theWalkThroughOrderIsTheOrderOfTheList() {
        GuideCatalog catalog = GuideCatalog.load();

        assertThat(catalog.all()).containsExactlyElementsOf(catalog.byRegion().values().stream().flatMap(List::stream).toList());
    }

    @Test
    void nextToDoFollowsTheListAndSkipsWhatIsDoneOrLeftOut() {
        GuideCatalog catalog = GuideCatalog.load();

        assertThat(catalog.nextToDo("thomas", k -> false)).isEqualTo("single-leg-stance");
        assertThat(catalog.nextToDo("knee-to-wall", java.util.Set.of("hip-rotation", "thomas")::contains)).isEqualTo("single-leg-stance");
        assertThat(catalog.nextToDo(null, java.util.Set.of("knee-to-wall")::contains)).isEqualTo("hip-rotation");
        assertThat(catalog.nextToDo("breathing-pattern", k -> false)).isNull();
        assertThat(catalog.nextToDo("breath-hold", k -> true)).isNull();
    }

    @Test
    void groupsByRegionInBodyOrder() {
        assertThat(GuideCatalog.load().byRegion().keySet())
                .containsExactly("ankle", "hip", "thoracic", "shoulder", "core", "lumbar", "posture", "breathing");
    }

    @Test
    void numberFieldsGiveHtmlFriendlyAttributes() {
        GuideField f = GuideCatalog.load().guideForField("kneeToWallCmLeft").orElseThrow()
                .field("kneeToWallCmLeft").orElseThrow();

        assertThat(f.minText()).isEqualTo("0");
        assertThat(f.maxText()).isEqualTo("20");
        assertThat(f.stepText()).isEqualTo("0.5");
        assertThat(f.inputMode()).isEqualTo("decimal");
        assertThat(f.side()).isEqualTo(GuideField.Side.LEFT);
        assertThat(f.max()).isEqualByComparingTo(new BigDecimal("20"));
    }

    @Test
    void rejectsUnknownFieldNameNamingFileAndKey() {
        assertThatThrownBy(() -> parse(MINIMAL.formatted("occiputToWallMm")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("guide 'occiput-to-wall'")
                .hasMessageContaining("field 'occiputToWallMm' is not a known self-test field");
    }

    @Test
    void acceptsAKnownFieldName() {
        assertThat(parse(MINIMAL.formatted("occiputToWallCm")).all()).hasSize(1);
    }

    @Test
    void rejectsGuideWithoutSteps() {
        String yaml = MINIMAL.formatted("occiputToWallCm").replace("    steps: [Stand against the wall.]\n", "");

        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("guide 'occiput-to-wall': steps is missing");
    }

    @Test
    void rejectsTimerCopyingIntoAFieldTheGuideDoesNotHave() {
        String yaml = MINIMAL.formatted("occiputToWallCm")
                + "    timer: {seconds: 60, mode: countup, label: Time, copyTo: [breathHoldSec]}\n";

        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining("timer copyTo 'breathHoldSec' is not a number field of this guide");
    }

    @Test
    void rejectsSameFieldInTwoGuides() {
        String one = MINIMAL.formatted("occiputToWallCm");
        String two = one.substring(one.indexOf("  - key:")).replace("key: occiput-to-wall", "key: again");

        assertThatThrownBy(() -> parse(one + two))
                .hasMessageContaining("guide 'again': field 'occiputToWallCm' already belongs to another guide");
    }

    @Test
    void rejectsMissingTopLevelList() {
        assertThatThrownBy(() -> parse("title: nothing here"))
                .hasMessageContaining("test.yaml: expected a top-level 'guides:' list");
    }

    @Test
    void theGuideStatesTheSameCutOffsTheFindingsUseDefinedOnce() {
        Guide rate = GuideCatalog.load().get("breathing-rate").orElseThrow();
        assertThat(rate.whatCounts()).anySatisfy(line -> assertThat(line).startsWith("25 or more breaths a minute"));
        Finding finding = new SelfTestEvaluator(SelfTestThresholds.defaults())
                .evaluate(SelfTestValues.fromMap(java.util.Map.of("restingBreathsPerMin", 25), java.time.LocalDate.of(2026, 3, 14))).get(0);
        assertThat(finding.note()).contains("25 or more");

        SelfTestThresholds clinic = SelfTestThresholds.defaults().overriddenBy(java.util.Map.of("restingBreathsSeeDoctorAtLeastPerMin", 24.0));
        assertThat(GuideCatalog.load(clinic).get("breathing-rate").orElseThrow().whatCounts())
                .anySatisfy(line -> assertThat(line).startsWith("24 or more breaths a minute"));
        assertThat(GuideCatalog.load().get("breath-hold").orElseThrow().whatCounts())
                .anySatisfy(line -> assertThat(line).contains("Under 10 seconds while you also feel short of breath at rest"));
        assertThat(GuideCatalog.load().all()).allSatisfy(g -> assertThat(String.join(" ", g.whatCounts())).doesNotContain("{{"));
    }

    @Test
    void anUnknownCutOffNameInAGuideFailsNamingIt() {
        assertThatThrownBy(() -> GuideCatalog.withCutOffs("test.yaml", "- Under {{noSuchCut}} s", SelfTestThresholds.defaults()))
                .hasMessageContaining("test.yaml").hasMessageContaining("noSuchCut");
    }
}
