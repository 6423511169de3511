package org.backroot.assessment.domain;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The cut-offs that turn self-test measurements into findings. Kept as data, not constants, because most
 * are heuristics (see /work/shared/domain/clinical-facts.md sections B and C) that a clinic may tune.
 * "Below" means strictly less than, "above" strictly more than, "atLeast" greater than or equal.
 *
 * <p>Each measured cut-off sits near the norm minus one standard deviation where the norm is known (not at the
 * population mean, which would flag half of healthy people), and has a borderline band of about one minimal
 * detectable change (MDC) on its far side: a result past the cut-off by no more than the band could be
 * measurement wobble, so it is shown as borderline and never counts as a source region.
 */
public record SelfTestThresholds(
        SelfTestThreshold kneeToWallRestrictedBelowCm,
        SelfTestThreshold kneeToWallBorderlineCm,
        SelfTestThreshold kneeToWallAsymmetryAboveCm,
        SelfTestThreshold hipInternalRotationRestrictedBelowDeg,
        SelfTestThreshold hipInternalRotationBorderlineDeg,
        SelfTestThreshold hipInternalRotationAsymmetryAtLeastDeg,
        SelfTestThreshold thoracicRotationRestrictedBelowDeg,
        SelfTestThreshold thoracicRotationBorderlineDeg,
        SelfTestThreshold thoracicRotationAsymmetryAboveDeg,
        SelfTestThreshold activeStraightLegRaisePositiveAtLeast,
        SelfTestThreshold singleLegStanceFallRiskBelowSec,
        SelfTestThreshold singleLegStanceReducedBelowSec,
        SelfTestThreshold singleLegStanceReducedBelowSecAge60To69,
        SelfTestThreshold singleLegStanceReducedBelowSecAge70To79,
        SelfTestThreshold singleLegStanceReducedBelowSecAge80Plus,
        SelfTestThreshold singleLegStanceAsymmetryAtLeastSec,
        SelfTestThreshold craniovertebralAngleForwardHeadBelowDeg,
        SelfTestThreshold craniovertebralAngleBorderlineDeg,
        SelfTestThreshold occiputToWallAboveCm,
        SelfTestThreshold occiputToWallBorderlineCm,
        SelfTestThreshold breathHoldPoorBelowSec,
        SelfTestThreshold breathHoldGoodAtLeastSec,
        SelfTestThreshold breathHoldSeeDoctorBelowSec,
        SelfTestThreshold restingBreathsElevatedAbovePerMin,
        SelfTestThreshold restingBreathsSeeDoctorAtLeastPerMin,
        SelfTestThreshold toeTouchRestrictedAboveCm,
        SelfTestThreshold toeTouchBorderlineCm) {

    public SelfTestThresholds {
        RecordComponent[] components = SelfTestThresholds.class.getRecordComponents();
        Object[] values = {kneeToWallRestrictedBelowCm, kneeToWallBorderlineCm, kneeToWallAsymmetryAboveCm,
                hipInternalRotationRestrictedBelowDeg, hipInternalRotationBorderlineDeg, hipInternalRotationAsymmetryAtLeastDeg,
                thoracicRotationRestrictedBelowDeg, thoracicRotationBorderlineDeg, thoracicRotationAsymmetryAboveDeg,
                activeStraightLegRaisePositiveAtLeast, singleLegStanceFallRiskBelowSec, singleLegStanceReducedBelowSec,
                singleLegStanceReducedBelowSecAge60To69, singleLegStanceReducedBelowSecAge70To79, singleLegStanceReducedBelowSecAge80Plus,
                singleLegStanceAsymmetryAtLeastSec, craniovertebralAngleForwardHeadBelowDeg, craniovertebralAngleBorderlineDeg,
                occiputToWallAboveCm, occiputToWallBorderlineCm, breathHoldPoorBelowSec, breathHoldGoodAtLeastSec,
                breathHoldSeeDoctorBelowSec, restingBreathsElevatedAbovePerMin, restingBreathsSeeDoctorAtLeastPerMin,
                toeTouchRestrictedAboveCm, toeTouchBorderlineCm};
        for (int i = 0; i < components.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException(components[i].getName() + " must be set (see SelfTestThresholds.defaults())");
            }
        }
        for (SelfTestThreshold ageCut : List.of(singleLegStanceReducedBelowSec, singleLegStanceReducedBelowSecAge60To69,
                singleLegStanceReducedBelowSecAge70To79, singleLegStanceReducedBelowSecAge80Plus)) {
            if (singleLegStanceFallRiskBelowSec.value() > ageCut.value()) {
                throw new IllegalArgumentException("singleLegStanceFallRiskBelowSec must not be above any singleLegStanceReducedBelowSec cut-off");
            }
        }
        if (breathHoldPoorBelowSec.value() > breathHoldGoodAtLeastSec.value()) {
            throw new IllegalArgumentException("breathHoldPoorBelowSec must not be above breathHoldGoodAtLeastSec");
        }
        if (breathHoldSeeDoctorBelowSec.value() > breathHoldPoorBelowSec.value()) {
            throw new IllegalArgumentException("breathHoldSeeDoctorBelowSec must not be above breathHoldPoorBelowSec");
        }
        if (restingBreathsSeeDoctorAtLeastPerMin.value() <= restingBreathsElevatedAbovePerMin.value()) {
            throw new IllegalArgumentException("restingBreathsSeeDoctorAtLeastPerMin must be above restingBreathsElevatedAbovePerMin");
        }
        if (activeStraightLegRaisePositiveAtLeast.value() < 1) {
            throw new IllegalArgumentException("activeStraightLegRaisePositiveAtLeast must be at least 1 (a score of 0 means no difficulty)");
        }
    }

    /** The published or heuristic defaults, each with its source as given in the clinical facts file. */
    public static SelfTestThresholds defaults() {
        return new SelfTestThresholds(
                t(10, "Heuristic: typical knee-to-wall is 10-14 cm (non-peer-reviewed norm), so the cut-off sits at the bottom of the usual range, not its middle; the < 10 cm cut-off is unverified. [S43b]"),
                t(1.0, "Minimal detectable change on one side 1.0 cm, Chisholm et al. 2012: up to 1 cm under the cut-off is borderline. [S43c]"),
                t(1.5, "Minimal detectable change between limbs 1.5 cm (1.0 cm on one side), Chisholm et al. 2012. [S43c]"),
                t(30, "Heuristic, unverified: typical hip internal rotation is about 35-45°, so 30° lies below most of that range; people with back pain averaged 27.5° vs 38.2° in one study (Almeida 2012). [S44]"),
                t(5, "Heuristic, unverified: about the measurement error of a phone or goniometer reading of hip rotation; no published MDC for the home test."),
                t(10, "Heuristic, unverified: a side-to-side difference of 10° or more; more asymmetry was seen in back pain in rotation sports. [S44]"),
                t(35, "Thoracolumbar rotation norm about 45° each side (AMA goniometry; 44.8° in healthy young adults, Johnson 2012). The cut-off is the norm minus about one standard deviation (SD about 10°, unverified), so it does not flag half of healthy people. [S47][S47b]"),
                t(6.3, "Seated rotation is reliable, MDC 2.8-6.3° (Johnson 2012); the upper end is used because a home reading is less exact than a lab one. [S47]"),
                t(10, "Heuristic, unverified: a side difference above 10°, larger than the 2.8-6.3° measurement change of the seated test. [S47]"),
                t(1, "Active straight leg raise score of 1 or more on a side is positive, Mens et al. 2001. [S48]"),
                t(5, "Holding a single-leg stance under 5 s is a fall-risk criterion, Bohannon 2006 meta-analysis. [S49]"),
                t(20, "Heuristic for adults under 60 (or when age is not known), unverified: the published age norms start at 27 s at 60-69, so under 20 s is reduced balance for most younger adults. [S49]"),
                t(14, "Heuristic, unverified: about half the 27 s average of people aged 60-69 (Bohannon 2006). [S49]"),
                t(9, "Heuristic, unverified: about half the 17 s average of people aged 70-79 (Bohannon 2006). [S49]"),
                t(5, "People aged 80 and over average 8.5 s (Bohannon 2006), so only the 5 s fall-risk criterion applies. [S49]"),
                t(10, "Heuristic, unverified: a 10 s difference between legs suggests one hip works harder to keep balance."),
                t(48, "People without neck pain averaged 50.6° ± 2.1° (Lau 2009), so the norm minus one SD is about 48.5°; studies define forward head posture below 48-50° (unverified). The photo angle correlates only weakly with X-ray alignment. [S50][S51]"),
                t(2, "Heuristic, unverified: about the measurement error of an angle marked on a home photo."),
                t(0, "Normally the back of the head touches the wall (0 cm); more suggests a rounded upper back or forward head (unverified). [S55]"),
                t(1, "Heuristic, unverified: a gap of up to 1 cm is within the error of a home tape measure and of chin position."),
                t(20, "BOLT band: under 20 s is poor. The bands come from a non-peer-reviewed commercial method (McKeown); under 30 s went with more breathing symptoms in asthma. [S28][S26]"),
                t(40, "BOLT band: 40 s or more is good, 20-40 s room to improve (non-peer-reviewed commercial method). [S28]"),
                t(10, "Safety heuristic, unverified: a comfortable pause under 10 s together with breathlessness at rest is a reason to see a doctor before breathing practice."),
                t(20, "Adults usually breathe 12-20 times a minute at rest (general knowledge, unverified); above 20 is a prompt to practise slower breathing, not an abnormal result."),
                t(25, "Safety heuristic, unverified: a resting rate of 25 a minute or more is well above the usual 12-20 and can have a medical cause, so it is a reason to see a doctor."),
                t(10, "Heuristic, unverified: reaching the floor (0 cm) is typical; more than 10 cm from the floor counts as restricted."),
                t(3, "Heuristic, unverified: fingertip-to-floor distance is very reliable (ICC about 0.99), so a 3 cm band covers day-to-day wobble."));
    }

    /** The reduced-balance cut-off for a person of this age (null when not known: the adult cut-off). */
    public SelfTestThreshold singleLegStanceReducedFor(Integer age) {
        if (age == null || age < 60) return singleLegStanceReducedBelowSec;
        if (age < 70) return singleLegStanceReducedBelowSecAge60To69;
        if (age < 80) return singleLegStanceReducedBelowSecAge70To79;
        return singleLegStanceReducedBelowSecAge80Plus;
    }

    /** The names every cut-off can be configured by, in record order. */
    public static List<String> names() {
        return Arrays.stream(SelfTestThresholds.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The value of the cut-off with this name; for the self-test guides' {@code {name}} placeholders. */
    public SelfTestThreshold byName(String name) {
        try {
            return (SelfTestThreshold) SelfTestThresholds.class.getMethod(name).invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name + " is not a known self-test threshold; known: " + names());
        }
    }

    /**
     * These cut-offs with some values replaced by name (an installation's configuration), each replaced one
     * saying it was set locally and what the default was.
     *
     * @throws IllegalArgumentException naming an unknown threshold or a value the cut-offs reject
     */
    public SelfTestThresholds overriddenBy(Map<String, Double> overrides) {
        List<String> known = names();
        overrides.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("backroot.self-tests.thresholds." + unknown + " is not a known threshold; known: " + known);
        });
        RecordComponent[] components = SelfTestThresholds.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            SelfTestThreshold base = byName(components[i].getName());
            Double override = overrides.get(components[i].getName());
            values[i] = override == null ? base : new SelfTestThreshold(override, "set by this installation's configuration (default "
                    + base.value() + ": " + base.source() + ")");
            types[i] = components[i].getType();
        }
        try {
            return SelfTestThresholds.class.getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) throw iae;
            throw new IllegalStateException("Cannot apply self-test threshold overrides", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot apply self-test threshold overrides", e);
        }
    }

    private static SelfTestThreshold t(double value, String source) {
        return new SelfTestThreshold(value, source);
    }
}
