package org.backroot.care.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Does a person's message read like one of the red-flag signs the check-in asks about? A message is never the way to
 * report one (a clinician may read it days later), so when it does, the page after sending says so and points to the
 * check-in's symptom list and to urgent care; the message is still sent.
 *
 * <p>Deliberately wide: a pointer shown once too often costs a glance, a missed one may cost days. It matches words,
 * not meaning, so it never decides anything on its own: it only shows the way to the screening that does. The signs
 * follow the check-in's red-flag list (bladder and bowel control, numbness between the legs, both legs, a weakening
 * leg or foot, spreading numbness, fever, weight loss without trying, night pain no position eases, a fall or
 * accident, sudden severe pain, feeling unwell) plus plain calls for urgent help.
 */
public final class WarningSignWords {

    /** One sign, in the words a page or the API may show, with the wording that suggests it. */
    private record Sign(String name, Pattern words) {
    }

    private static final List<Sign> SIGNS = List.of(
            sign("a change in bladder or bowel control",
                    "\\bbladder\\b", "\\bbowels?\\b", "\\bincontinen\\w*", "\\bwet (myself|the bed)\\b", "\\bsoiled\\b",
                    "\\b(can'?t|cannot|couldn'?t|unable to|trouble|struggl\\w* to|hard to) (pee|wee|urinate|peeing|weeing|urinating|pass urine|passing urine|poo|pooing)\\b",
                    "\\bleak\\w* (urine|pee|wee)\\b", "\\b(pee|wee|poo)(ed|d)? myself\\b", "\\bpee (came out|leak\\w*)\\b"),
            sign("numbness between your legs or around your bottom",
                    "\\bsaddle\\b",
                    "\\bnumb\\w*\\b.{0,40}\\b(groin|crotch|between (my|the) legs|bottom|bum|butt\\w*|genital\\w*|private|anus|perine\\w*|vagina\\w*|penis)",
                    "\\b(groin|crotch|between (my|the) legs|bottom|bum|genital\\w*|private parts)\\b.{0,30}\\b(numb\\w*|tingl\\w*|no feeling)",
                    "\\b(can'?t|cannot|couldn'?t) feel\\b.{0,30}\\b(wip\\w*|toilet paper|groin|genitals?|bottom)"),
            sign("a change in sexual function", "\\berectile\\b", "\\berections?\\b", "\\bimpoten\\w*"),
            sign("symptoms in both legs", "\\bboth (of my )?legs\\b", "\\bboth (of my )?feet\\b"),
            sign("a leg or foot getting weaker",
                    "\\b(legs?|knees?)\\b.{0,25}\\b(weak\\w*|giv(e|es|ing) (way|out)|gave (way|out)|buckl\\w*|collaps\\w*)",
                    "\\bweak\\w*\\b.{0,15}\\b(legs?|foot|feet|ankle)\\b", "\\bfoot drop\\b", "\\bdrop foot\\b",
                    "\\btoes?\\b.{0,15}\\b(catch\\w*|drag\\w*)", "\\bfoot\\b.{0,15}\\bdrag\\w*",
                    "\\b(can'?t|cannot|couldn'?t) (lift|raise) (my |the )?(foot|toes)\\b"),
            sign("numbness that is spreading", "\\bnumb\\w*\\b.{0,25}\\bspread\\w*", "\\bspread\\w*\\b.{0,25}\\bnumb\\w*"),
            sign("a fever or chills",
                    "\\bfever\\w*", "\\bhigh temperature\\b", "\\brunning a temperature\\b", "\\bchills\\b", "\\bshivering\\b",
                    "\\brigors\\b", "\\bnight sweats\\b"),
            sign("losing weight without trying",
                    "\\b(lost|losing)\\b.{0,20}\\b(weight|kilos?|kg|pounds|lbs|stone)\\b", "\\bweight loss\\b"),
            sign("pain at night that no position eases",
                    "\\bnight pain\\b", "\\bpain\\b.{0,20}\\b(at|every|all) night\\b", "\\bwakes? me\\b.{0,20}\\bnight\\b",
                    "\\bno position\\b", "\\b(can'?t|cannot) get comfortable\\b"),
            sign("a fall or an accident",
                    "\\bi fell\\b", "\\b(had|took) a (bad )?fall\\b", "\\bfell (down|over|off|from)\\b", "\\bfallen\\b",
                    "\\baccident\\b", "\\bcar crash\\b", "\\bcrashed\\b", "\\bwas hit\\b", "\\bslipped (on|down|and)\\b"),
            sign("sudden severe pain",
                    "\\bsudden\\w*\\b.{0,25}\\b(severe|sharp|intense|terrible|agoni\\w*|excruciating|unbearable)\\b",
                    "\\b(severe|excruciating|unbearable|agoni\\w*|worst)\\b.{0,10}\\bpain\\b"),
            sign("feeling unwell", "\\bunwell\\b", "\\bfeel(ing)? (very )?(ill|sick)\\b", "\\bnot myself\\b"),
            sign("something that needs help now",
                    "\\bemergency\\b", "\\burgent\\w*\\b", "\\bambulance\\b", "\\ba ?& ?e\\b", "\\b(can'?t|cannot|unable to) (walk|stand)\\b",
                    "\\bchest pain\\b", "\\bcan'?t breathe\\b"));

    private WarningSignWords() {
    }

    private static Sign sign(String name, String... words) {
        return new Sign(name, Pattern.compile(String.join("|", words)));
    }

    /**
     * The signs a message's words suggest, in the check-in's order, each named once; empty when none.
     * A null or blank text suggests nothing.
     */
    public static List<String> signsIn(String text) {
        if (text == null || text.isBlank()) return List.of();
        String plain = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ");
        List<String> found = new ArrayList<>();
        for (Sign sign : SIGNS) {
            if (sign.words().matcher(plain).find()) found.add(sign.name());
        }
        return List.copyOf(found);
    }
}
