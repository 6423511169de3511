package org.backroot.program.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an activity works on: one or more of the six factors, and the body regions it trains
 * (empty for activities that are not about one region, such as a sleep habit or walking).
 */
public record ActivityTargets(Set<Factor> factors, Set<Region> regions) {

    public ActivityTargets {
        if (factors == null || factors.isEmpty()) {
            throw new IllegalArgumentException("targets.factors must name at least one factor");
        }
        if (factors.contains(null)) throw new IllegalArgumentException("targets.factors must not contain null");
        if (regions == null) regions = Set.of();
        if (regions.contains(null)) throw new IllegalArgumentException("targets.regions must not contain null");
        factors = Collections.unmodifiableSet(EnumSet.copyOf(factors));
        regions = regions.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Region.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(regions));
    }

    public static ActivityTargets of(Collection<Factor> factors, Collection<Region> regions) {
        return new ActivityTargets(factors == null ? null : Set.copyOf(factors), regions == null ? null : Set.copyOf(regions));
    }

    /** The six factors Backroot assesses. */
    public enum Factor {
        MOVEMENT("movement"),
        STRESS("stress"),
        POSTURE("posture"),
        INFLAMMATION("inflammation"),
        FEAR("fear"),
        BREATHING("breathing");

        private final String id;

        Factor(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Factor> fromId(String id) {
            return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
        }
    }

    /** Source regions of the kinetic chain that movement retraining works on. */
    public enum Region {
        ANKLE("ankle"),
        HIP("hip"),
        THORACIC("thoracic"),
        SHOULDER("shoulder"),
        CORE("core");

        private final String id;

        Region(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Region> fromId(String id) {
            return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
        }
    }
}
