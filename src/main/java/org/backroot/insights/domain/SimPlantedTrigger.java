package org.backroot.insights.domain;

/** A pain trigger the simulator planted: what a perfect analysis would report. */
public record SimPlantedTrigger(TriggerDriver driver, int lagDays, TriggerDirection direction) {

    public SimPlantedTrigger {
        if (driver == null || direction == null) {
            throw new IllegalArgumentException("driver and direction: must be given");
        }
    }

    /** Whether a reported trigger names this driver, lag and direction. */
    public boolean matches(Trigger trigger) {
        return trigger.driver() == driver && trigger.lagDays() == lagDays && trigger.direction() == direction;
    }
}
