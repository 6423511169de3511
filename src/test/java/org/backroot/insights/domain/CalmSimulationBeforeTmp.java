package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.backroot.program.domain.FlareRules;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.backroot.program.domain.PlanCheckin;
import org.junit.jupiter.api.Test;

class CalmSimulationBeforeTmp {
    @Test
    void measure() {
        for (boolean planted : new boolean[] {false, true}) {
        SplittableRandom r = new SplittableRandom(7);
        int days = 182; int phases = 0; int calmDays = 0; int flares = 0; int caught = 0;
        for (int i = 0; i < 200; i++) {
            SimPerson p = new SimPerson(r.nextLong(), SimPopulation.START, days, 2.5 + r.nextDouble(), 0.9 + 0.6 * r.nextDouble(),
                    0.3 + 0.4 * r.nextDouble(), SimWeeklyRhythm.officeWorker(), 0.2 * r.nextDouble(), 0.7, planted ? 1.0 / 45 : 0);
            List<PlanCheckin> c = Simulator.generate(p, SimRules.none()).days().stream().map(d -> new PlanCheckin(d.date(), d.pain(), planted && d.flare())).toList();
            List<PhaseChange> ch = FlareRules.DEFAULT.replay(Phase.BUILD, c, SimPopulation.START.plusDays(days - 1));
            LocalDate in = null;
            boolean[] calm = new boolean[days + 1];
            for (PhaseChange x : ch) {
                if (x.to() == Phase.CALM) { phases++; in = x.date(); }
                else if (x.from() == Phase.CALM) { calmDays += x.date().toEpochDay() - in.toEpochDay();
                    for (long d = in.toEpochDay(); d < x.date().toEpochDay(); d++) calm[(int) (d - SimPopulation.START.toEpochDay())] = true; in = null; }
            }
            if (in != null) { calmDays += SimPopulation.START.plusDays(days).toEpochDay() - in.toEpochDay();
                for (long d = in.toEpochDay(); d < SimPopulation.START.plusDays(days).toEpochDay(); d++) calm[(int) (d - SimPopulation.START.toEpochDay())] = true; }
            for (int o : Simulator.flareOnsetDays(p, SimRules.none())) { flares++; if (calm[o] || calm[o + 1]) caught++; }
        }
        System.out.printf("BEFORE %s: %.2f calm phases/person/6mo, %.1f days in calm, flares caught %d/%d%n", planted ? "planted" : "steady", phases / 200.0, calmDays / 200.0, caught, flares);
        }
    }
}
