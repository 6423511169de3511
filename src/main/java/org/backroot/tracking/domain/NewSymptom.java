package org.backroot.tracking.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backroot.safety.domain.Symptom;

/**
 * Something new a person can tick in the daily check-in. Red-flag symptoms use the same codes as
 * {@link Symptom} so a check-in can hand them to safety screening at once; the others are ordinary
 * back-pain symptoms worth tracking. {@link #NONE} records "nothing new" as an explicit answer.
 */
public enum NewSymptom {
    BLADDER_CHANGE(true, "New trouble passing urine, or leaking urine without meaning to"),
    BOWEL_CHANGE(true, "New trouble controlling your bowels"),
    SADDLE_NUMBNESS(true, "Numbness or tingling between your legs or around your bottom"),
    SEXUAL_FUNCTION_CHANGE(true, "Less feeling in your genitals, or new trouble with sex"),
    BOTH_LEGS(true, "Pain, numbness, tingling or weakness in both legs", "both-legs-symptoms"),
    LEG_WEAKNESS_WORSENING(true, "A leg getting weaker, or giving way"),
    FOOT_DROP(true, "Trouble lifting the front of your foot, or your toes catching"),
    NUMBNESS_SPREADING(true, "Numbness that keeps spreading"),
    FEVER(true, "A fever, chills or shivering"),
    UNEXPLAINED_WEIGHT_LOSS(true, "Losing weight without trying"),
    NIGHT_PAIN(true, "Pain at night that no change of position eases", "night-pain-unrelieved"),
    MAJOR_TRAUMA(true, "A serious accident, or a fall from a height or down stairs", "new-trauma", "new-injury"),
    MINOR_TRAUMA(true, "A small fall, knock or awkward lift"),
    SUDDEN_SEVERE_PAIN(true, "Severe pain that came on suddenly after bending, lifting, coughing or sneezing"),
    FEELING_UNWELL(true, "Feeling generally unwell: run down, hot and cold, or not yourself"),
    LEG_PAIN_BELOW_KNEE(false, "Pain going down one leg, below the knee"),
    PINS_AND_NEEDLES(false, "Pins and needles or tingling"),
    STIFFNESS_MORNING(false, "Stiffness when you get up in the morning"),
    HEADACHE(false, "A headache"),
    NONE(false, "Nothing new today");

    private static final Map<String, NewSymptom> BY_CODE = Arrays.stream(values())
            .flatMap(s -> s.codes().stream().map(c -> Map.entry(c, s)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final boolean redFlag;
    private final String label;
    private final Set<String> aliases;

    NewSymptom(boolean redFlag, String label, String... aliases) {
        this.redFlag = redFlag;
        this.label = label;
        this.aliases = Set.of(aliases);
    }

    /** The code used in JSON, forms and storage, e.g. {@code bladder-change}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the symptom can point to something serious and must re-run safety screening. */
    public boolean redFlag() {
        return redFlag;
    }

    /** Plain words for a check box, e.g. "Losing weight without trying". */
    public String label() {
        return label;
    }

    /** The safety module's symptom for a red flag; empty for ordinary symptoms. */
    public Optional<Symptom> safetySymptom() {
        return redFlag ? Optional.of(Symptom.fromCode(code())) : Optional.empty();
    }

    /**
     * Finds a symptom by its code, ignoring case and surrounding spaces. Also accepts the older spellings
     * {@code both-legs-symptoms}, {@code night-pain-unrelieved}, {@code new-trauma} and {@code new-injury} (from before
     * small and major falls were told apart; they were treated as major, and still are).
     */
    public static Optional<NewSymptom> byCode(String code) {
        if (code == null) return Optional.empty();
        return Optional.ofNullable(BY_CODE.get(code.trim().toLowerCase(Locale.ROOT)));
    }

    /** The red-flag symptoms among {@code symptoms}, in declaration order. */
    public static Set<NewSymptom> redFlagsIn(Collection<NewSymptom> symptoms) {
        Set<NewSymptom> out = EnumSet.noneOf(NewSymptom.class);
        for (NewSymptom s : symptoms) if (s.redFlag) out.add(s);
        return out;
    }

    /** All codes, comma separated, for messages. */
    static String codeList() {
        return Arrays.stream(values()).map(NewSymptom::code).collect(Collectors.joining(", "));
    }

    private Set<String> codes() {
        Set<String> codes = new java.util.HashSet<>(aliases);
        codes.add(code());
        return codes;
    }
}
