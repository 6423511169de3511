package org.backroot.tracking;

import java.util.Optional;

/**
 * What tracking needs to know about activities (does this id exist, which component is it),
 * implemented by the program module so that tracking never depends on program.
 */
public interface ActivityCatalog {

    boolean exists(String activityId);

    /** The component id of an activity (movement, stress, posture, inflammation, breathing, exposure). */
    Optional<String> component(String activityId);
}
