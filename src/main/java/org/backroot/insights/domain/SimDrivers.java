package org.backroot.insights.domain;

import java.time.DayOfWeek;
import java.util.SplittableRandom;

/**
 * The simulated person's true daily drivers, day index 0 = the person's start date, with a few warm-up
 * days before it so that lagged rules work from the first day. Each driver is an AR(1) process around a
 * weekday or weekend level, so good and bad stretches come in runs as they do in real diaries.
 * Values are already rounded the way people log them.
 */
public final class SimDrivers {

    static final int WARM_UP = 10;

    private final double[] sleepHours;
    private final int[] sleepQuality;
    private final int[] stress;
    private final double[] sittingHours;
    private final int[] activeMinutes;
    private final int[] steps;
    private final int[] dietQuality;
    private final double[] alcoholUnits;
    private final double[] adherence;

    private SimDrivers(int length) {
        sleepHours = new double[length];
        sleepQuality = new int[length];
        stress = new int[length];
        sittingHours = new double[length];
        activeMinutes = new int[length];
        steps = new int[length];
        dietQuality = new int[length];
        alcoholUnits = new double[length];
        adherence = new double[length];
    }

    static SimDrivers generate(SimPerson person, SplittableRandom random) {
        int length = person.days() + WARM_UP;
        SimDrivers d = new SimDrivers(length);
        SimRhythmNoise noise = new SimRhythmNoise(random);
        SimWeeklyRhythm r = person.rhythm();
        for (int i = 0; i < length; i++) {
            boolean weekend = isWeekend(person, i - WARM_UP);
            noise.step();
            d.sleepHours[i] = quarter(clamp((weekend ? r.weekendSleepHours() : r.weekdaySleepHours())
                    + 0.9 * noise.sleep(), 3, 11));
            d.sleepQuality[i] = whole(5.5 + 1.0 * (d.sleepHours[i] - 7) + 1.6 * noise.sleepQuality(), 0, 10);
            d.stress[i] = whole((weekend ? 3.5 : 4.5) + 1.8 * noise.stress(), 0, 10);
            d.sittingHours[i] = half(clamp((weekend ? r.weekendSittingHours() : r.weekdaySittingHours())
                    + 1.3 * noise.sitting(), 0, 16));
            double active = (weekend ? r.weekendActiveMinutes() : r.weekdayActiveMinutes())
                    + 18 * (0.9 * noise.activity() - 0.4 * noise.sitting());
            d.activeMinutes[i] = 5 * whole(active / 5, 0, 60);
            d.steps[i] = 10 * whole((2500 + 110 * d.activeMinutes[i] + 1500 * random.nextGaussian()) / 10, 0, 8000);
            d.dietQuality[i] = whole((weekend ? 5.5 : 6.0) + 1.7 * noise.diet(), 0, 10);
            d.alcoholUnits[i] = drinks(random, weekendEvening(person, i - WARM_UP));
            d.adherence[i] = Math.round(clamp(person.adherenceLevel() + 0.2 * random.nextGaussian(), 0, 1) * 10) / 10.0;
        }
        return d;
    }

    private static double drinks(SplittableRandom random, boolean weekendEvening) {
        double chance = weekendEvening ? 0.45 : 0.12;
        return random.nextDouble() < chance ? 1 + random.nextInt(5) : 0;
    }

    private static boolean isWeekend(SimPerson person, int day) {
        DayOfWeek dow = person.start().plusDays(day).getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static boolean weekendEvening(SimPerson person, int day) {
        DayOfWeek dow = person.start().plusDays(day).getDayOfWeek();
        return dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static int whole(double v, int lo, int hi) {
        return (int) Math.round(clamp(v, lo, hi));
    }

    private static double half(double v) {
        return Math.round(v * 2) / 2.0;
    }

    private static double quarter(double v) {
        return Math.round(v * 4) / 4.0;
    }

    private int at(int day) {
        return day + WARM_UP;
    }

    public double sleepHours(int day) {
        return sleepHours[at(day)];
    }

    public int sleepQuality(int day) {
        return sleepQuality[at(day)];
    }

    public int stress(int day) {
        return stress[at(day)];
    }

    public double sittingHours(int day) {
        return sittingHours[at(day)];
    }

    public int activeMinutes(int day) {
        return activeMinutes[at(day)];
    }

    public int steps(int day) {
        return steps[at(day)];
    }

    public int dietQuality(int day) {
        return dietQuality[at(day)];
    }

    public double alcoholUnits(int day) {
        return alcoholUnits[at(day)];
    }

    public double adherence(int day) {
        return adherence[at(day)];
    }
}
