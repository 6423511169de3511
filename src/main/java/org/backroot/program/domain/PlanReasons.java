package org.backroot.program.domain;

import org.backroot.program.domain.ActivityTargets.Factor;
import org.backroot.program.domain.ActivityTargets.Region;

/**
 * The plain, warm "why this is in your plan" text of every plan item, tied to the person's own
 * findings: the side of a source region, or the load of a factor. Never a diagnosis; the kinetic-chain reading
 * is an association and a likely contributor, never a proven cause.
 */
final class PlanReasons {

    private PlanReasons() {
    }

    static String level(int load) {
        if (load <= 33) return "low";
        if (load <= 66) return "moderate";
        return "high";
    }

    /** Why a movement item targets a source region. */
    static String movementSource(PlanSource s, Phase phase) {
        String finding = switch (s.region()) {
            case ANKLE -> sided(s.side(), "ankle bends less than your", "Both your ankles bend less than they could",
                    "Your ankles bend less than they could");
            case HIP -> sided(s.side(), "hip moves less freely than your", "Both your hips move less freely than they could",
                    "Your hips move less freely than they could");
            case THORACIC -> s.side() == PlanSide.LEFT || s.side() == PlanSide.RIGHT
                    ? "Your upper back turns less easily to the " + s.side().code() + " than to the " + s.side().other().code()
                    : "Your upper back turns and straightens less than it could";
            case SHOULDER -> s.side() == PlanSide.LEFT || s.side() == PlanSide.RIGHT
                    ? "Your " + s.side().code() + " arm reaches overhead less freely than your " + s.side().other().code()
                    : "Your arms reach overhead less freely than they could";
            case CORE -> s.side() == PlanSide.LEFT || s.side() == PlanSide.RIGHT
                    ? "Your trunk control test showed the most room to improve on your " + s.side().code() + " side"
                    : "Your trunk control test showed room to improve";
        };
        String consequence = switch (s.region()) {
            case ANKLE -> "so squats and stairs may borrow movement from your low back.";
            case HIP -> "so turning, walking and bending may ask your low back to do the hip's share.";
            case THORACIC -> "so turning and reaching may be taken up by your low back.";
            case SHOULDER -> "so your low back may arch to finish the reach.";
            case CORE -> "so your low back may be working without the steady support of the deep muscles around it.";
        };
        boolean one = s.side() == PlanSide.LEFT || s.side() == PlanSide.RIGHT;
        String benefit = switch (s.region()) {
            case ANKLE -> one ? "This drill works on that ankle's bend, which may ease some of the extra work your low back picks up."
                    : "This drill works on your ankles' bend, which may ease some of the extra work your low back picks up.";
            case HIP -> one ? "This exercise works on that hip's movement, which may let it take more of its share."
                    : "This exercise works on your hips' movement, which may let them take more of their share.";
            case THORACIC -> "This exercise works on turning through your upper back, which may take some of the turning off your low back.";
            case SHOULDER -> "This exercise works on your overhead reach, which may mean less arching through your back.";
            case CORE -> "This exercise trains those muscles to switch on at the right time.";
        };
        String text = finding + ", " + consequence + " " + benefit
                + " Links like this are an association and a likely contributor, not a proven cause.";
        if (phase == Phase.CALM) text += " Today's version is gentle, made for a flare day.";
        return text;
    }

    private static String sided(PlanSide side, String oneSide, String both, String none) {
        if (side == PlanSide.LEFT || side == PlanSide.RIGHT) {
            return "Your " + side.code() + " " + oneSide + " " + side.other().code();
        }
        return side == PlanSide.BOTH ? both : none;
    }

    /** Why a movement item is in the plan when the profile names no source region. */
    static String movementGeneral(Integer load, Phase phase) {
        String start = load == null
                ? "We have not measured how you move yet, so this is a safe start."
                : "Your movement load is " + level(load) + " (" + load + "/100).";
        String text = start + " Teaching the deep trunk muscles to steady your back helps it share the work with the muscles around it.";
        if (phase == Phase.CALM) text += " Today's version is gentle, made for a flare day.";
        return text;
    }

    /** Why a stress, posture, inflammation or breathing item is in the plan. */
    static String component(Component c, Integer load, Phase phase) {
        if (phase == Phase.CALM && c == Component.BREATHING) {
            return (load == null ? "" : "Your breathing load is " + level(load) + " (" + load + "/100). ")
                    + "On a flare day, slow breathing with a long breath out calms a sensitive back and the worry that comes with it.";
        }
        return switch (c) {
            case STRESS -> load == null
                    ? "We have not measured your stress yet, so this is a small dose: a few calm minutes a day ease the tension your back can pick up."
                    : "Your stress load is " + level(load) + " (" + load + "/100); a few calm minutes each day ease the tension your back picks up.";
            case BREATHING -> load == null
                    ? "We have not measured your breathing yet. Slow breathing low into your ribs is a gentle way to steady your trunk and calm your system."
                    : "Your breathing load is " + level(load) + " (" + load + "/100). Slow breathing low into your ribs helps your diaphragm steady your trunk and calms your system.";
            case POSTURE -> (load == null ? "We have not measured your posture habits yet. "
                    : "Your posture load is " + level(load) + " (" + load + "/100). ")
                    + "There is no one right posture; small changes through the day keep your back from holding one position too long.";
            case INFLAMMATION -> (load == null ? "We have not measured your sleep and diet yet. "
                    : "Your sleep, diet and inflammation load is " + level(load) + " (" + load + "/100). ")
                    + "Short sleep and some eating habits can keep pain turned up; this small habit helps turn it down.";
            case MOVEMENT -> movementGeneral(load, phase);
            case EXPOSURE -> "This is a small, safe step toward something you have been avoiding.";
        };
    }

    /** Why the walking goal is in the plan, tied to the person's highest related load. */
    static String walk(PlanProfile profile, Phase phase, Integer goalMinutes) {
        if (phase == Phase.CALM) {
            return "Short, easy walks help a flare settle; gentle movement does more for it than rest. This is your walking goal for today.";
        }
        Factor best = null;
        Integer bestLoad = null;
        for (Factor f : new Factor[] {Factor.STRESS, Factor.INFLAMMATION, Factor.MOVEMENT}) {
            Integer l = profile.load(f);
            if (l != null && l >= 34 && (bestLoad == null || l > bestLoad)) {
                best = f;
                bestLoad = l;
            }
        }
        String tie = best == null ? ", and it helps sleep and mood too." : switch (best) {
            case STRESS -> ", and with your stress load at " + bestLoad + "/100 it also helps settle a busy mind.";
            case INFLAMMATION -> ", and with your sleep, diet and inflammation load at " + bestLoad + "/100 it also helps you sleep better.";
            default -> ", and with your movement load at " + bestLoad + "/100 it keeps your hips and back sharing the work.";
        };
        String text = "Walking is one of the simplest ways to keep your back moving" + tie + " This is your walking goal for today.";
        if (goalMinutes != null) {
            text += " Walk longer whenever you have time; your goal at this level is " + goalMinutes + " minutes.";
        }
        return text;
    }

    static String restWalk() {
        return "A rest day. If you feel like it, a short, easy walk keeps your back moving without adding load.";
    }

    static String exposure(FearLadderItem item, Integer fearLoad) {
        String text = (fearLoad == null ? "" : "Your worry about movement is " + level(fearLoad) + " (" + fearLoad + "/100). ")
                + "You rated \"" + item.activity() + "\" " + item.fear() + "/100 on your fear ladder, the lowest step you have not mastered yet."
                + " Doing a small, safe version as an experiment lets you find out what your back can do.";
        if (item.successes() == 1) text += " It has gone well once already.";
        else if (item.successes() > 1) text += " It has gone well " + item.successes() + " times already.";
        return text;
    }

    /** An activity a clinician added to the plan. */
    static String included(String adjustedBy) {
        String who = adjustedBy == null || adjustedBy.isBlank() ? "Your clinician" : adjustedBy.strip();
        return who + " added this to your plan. If anything about it worries you, you can ask to talk about it.";
    }

    static String reassurance() {
        return "You are in a flare, so this week is shorter and gentler. Flares are common and most settle within days to a few weeks."
                + " Pain now usually means your back is sensitive, not that it is harmed. Keep moving gently and breathing slowly;"
                + " your usual plan comes back, one step easier, once your pain has been near your usual level for 2 days.";
    }

    static String regionName(Region r) {
        return r == Region.THORACIC ? "upper back" : r.id();
    }
}
