package org.backroot.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds episodes of back pain and recurrences in daily check-ins, after de Vet (2002) and Stanton (2011), with the
 * numbers in {@link EpisodeSettings}. Pure and deterministic.
 *
 * <p>How it reads a record:
 * <ul>
 * <li>Each day is painful (pain at or above the threshold), pain-free, or unknown (no check-in); short gaps are
 *     filled from agreeing neighbours and long gaps split the record into parts, as {@link EpisodeSettings} explains.</li>
 * <li>Painful days less than {@code painFreeDaysBefore} pain-free days apart belong together. Such a group is an
 *     episode when it holds at least {@code minPainDays} painful days in a row; otherwise its painful days are brief
 *     pain. An episode runs from its first to its last painful day.</li>
 * <li>Flares are the days {@link PainDay#flare()} marks: the caller fills it from tracking's one flare definition
 *     ({@code org.backroot.tracking.domain.FlareDetector}); this class never decides what a flare is.</li>
 * <li>An episode is a recurrence when the {@code painFreeDaysBefore} days right before it were pain-free, whether
 *     the pain before them is in the record or not: people come to Backroot because their pain comes back, so the
 *     first episode after a recorded pain-free month is a recurrence too. The first episode of a record (or of the
 *     part after a long gap) without such a month before it is not.</li>
 * <li>Check-ins after {@code to} are ignored; check-ins before {@code from} are used to place episodes and decide
 *     recurrences, and episodes overlapping the range are reported whole.</li>
 * </ul>
 */
public final class EpisodeFinder {

    /** Longest record, from the first check-in to {@code to}, in days (about 30 years). */
    public static final int MAX_RECORD_DAYS = 11_000;

    private static final byte PAIN = 1;
    private static final byte FREE = 2;
    private static final byte UNKNOWN = 3;
    private static final byte LONG_GAP = 4;

    private EpisodeFinder() {
    }

    public static EpisodeReport find(List<PainDay> days, EpisodeSettings settings, LocalDate from, LocalDate to) {
        if (days == null) throw new IllegalArgumentException("days: must be given (may be empty)");
        if (settings == null) throw new IllegalArgumentException("settings: must be given");
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to: must be dates with from not after to");
        List<PainDay> sorted = days.stream().filter(d -> !d.date().isAfter(to)).sorted(Comparator.comparing(PainDay::date)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException("days: two check-ins for " + sorted.get(i).date() + "; give one per day");
            }
        }
        if (sorted.isEmpty()) return new EpisodeReport(from, to, List.of(), 0, 0, 0, null, 0, null, List.of(), settings);

        Timeline t = new Timeline(sorted, settings, to);
        List<Group> groups = t.groups();
        List<Group> episodes = groups.stream().filter(g -> g.longestRun >= settings.minPainDays()).toList();

        List<Episode> listed = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        Group previous = null;
        for (Group g : episodes) {
            if (g.endIndex >= t.index(from)) {
                listed.add(g.toEpisode(t));
                if (previous != null && previous.part == g.part) gaps.add((double) (g.startIndex - previous.endIndex - 1));
                previous = g;
            }
        }

        Integer daysSince = null;
        int last12 = 0;
        if (!episodes.isEmpty()) {
            Group latest = episodes.get(episodes.size() - 1);
            daysSince = latest.ending == EpisodeEnding.ONGOING ? 0 : t.length - 1 - latest.endIndex;
            long yearStart = t.index(to.minusYears(1).plusDays(1));
            last12 = (int) episodes.stream().filter(g -> g.endIndex >= yearStart).count();
        }

        return new EpisodeReport(from, to, listed, t.count(from, FREE, true), t.streak(), t.count(from, (byte) 0, true),
                daysSince, last12, median(gaps), flares(sorted, groups, settings, t, from), settings);
    }

    private static List<EpisodeFlare> flares(List<PainDay> sorted, List<Group> groups, EpisodeSettings settings, Timeline t,
            LocalDate from) {
        boolean[] brief = new boolean[t.length];
        boolean[] inEpisode = new boolean[t.length];
        for (Group g : groups) {
            boolean episode = g.longestRun >= settings.minPainDays();
            for (int i = g.startIndex; i <= g.endIndex; i++) {
                if (episode) inEpisode[i] = true;
                else if (t.recorded[i] && t.state[i] == PAIN) brief[i] = true;
            }
        }
        Map<LocalDate, EpisodeFlare> flares = new TreeMap<>();
        for (PainDay d : sorted) {
            if (d.date().isBefore(from)) continue;
            int i = t.index(d.date());
            if (d.flare()) flares.put(d.date(), new EpisodeFlare(d.date(), d.pain(), true, brief[i], inEpisode[i]));
        }
        return List.copyOf(flares.values());
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) return null;
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
    }

    /** Painful days that belong together; an episode when its longest painful run is long enough. */
    private static final class Group {
        final int part;
        final int startIndex;
        int endIndex;
        int longestRun;
        final boolean recurrence;
        EpisodeEnding ending;

        Group(int part, int startIndex, int endIndex, boolean recurrence) {
            this.part = part;
            this.startIndex = startIndex;
            this.endIndex = endIndex;
            this.longestRun = endIndex - startIndex + 1;
            this.recurrence = recurrence;
        }

        void extend(int runStart, int runEnd) {
            endIndex = runEnd;
            longestRun = Math.max(longestRun, runEnd - runStart + 1);
        }

        Episode toEpisode(Timeline t) {
            int painDays = 0;
            int peak = 0;
            for (int i = startIndex; i <= endIndex; i++) {
                if (!t.recorded[i]) continue;
                peak = Math.max(peak, t.pain[i]);
                if (t.state[i] == PAIN) painDays++;
            }
            return new Episode(t.date(startIndex), t.date(endIndex), endIndex - startIndex + 1, painDays, peak, recurrence, ending);
        }
    }

    /** One state per calendar day from the first check-in to {@code to}. */
    private static final class Timeline {
        final LocalDate first;
        final int length;
        final byte[] state;
        final int[] pain;
        final boolean[] recorded;
        final EpisodeSettings settings;
        int lastRecorded;

        Timeline(List<PainDay> sorted, EpisodeSettings settings, LocalDate to) {
            this.settings = settings;
            this.first = sorted.get(0).date();
            long span = ChronoUnit.DAYS.between(first, to) + 1;
            if (span > MAX_RECORD_DAYS) {
                throw new IllegalArgumentException("days: the record from " + first + " to " + to + " is longer than " + MAX_RECORD_DAYS + " days");
            }
            length = (int) span;
            state = new byte[length];
            pain = new int[length];
            recorded = new boolean[length];
            int previous = -1;
            for (PainDay d : sorted) {
                int i = index(d.date());
                pain[i] = d.pain();
                recorded[i] = true;
                state[i] = d.pain() >= settings.painThreshold() ? PAIN : FREE;
                if (previous >= 0) fillGap(previous, i, state[previous] == state[i] ? state[i] : UNKNOWN);
                previous = i;
            }
            lastRecorded = previous;
            fillGap(previous, length, UNKNOWN);
        }

        /** Fills the days strictly between two indexes: with {@code shortState} if few enough, else as a long gap. */
        private void fillGap(int after, int before, byte shortState) {
            int gap = before - after - 1;
            if (gap <= 0) return;
            Arrays.fill(state, after + 1, before, gap <= settings.maxGapDays() ? shortState : LONG_GAP);
        }

        int index(LocalDate date) {
            return (int) ChronoUnit.DAYS.between(first, date);
        }

        LocalDate date(int index) {
            return first.plusDays(index);
        }

        /** Recorded days from {@code from} on with the given state (0: any). */
        int count(LocalDate from, byte wanted, boolean recordedOnly) {
            int n = 0;
            for (int i = Math.max(0, index(from)); i < length; i++) {
                if ((!recordedOnly || recorded[i]) && (wanted == 0 || state[i] == wanted)) n++;
            }
            return n;
        }

        /** Pain-free days in a row ending at the latest check-in. */
        int streak() {
            int n = 0;
            for (int i = lastRecorded; i >= 0 && state[i] == FREE; i--) n++;
            return n;
        }

        /** Longest run of pain-free days within [lo, hi]. */
        int longestFree(int lo, int hi) {
            int best = 0;
            int run = 0;
            for (int i = lo; i <= hi; i++) {
                run = state[i] == FREE ? run + 1 : 0;
                best = Math.max(best, run);
            }
            return best;
        }

        List<Group> groups() {
            int needed = settings.painFreeDaysBefore();
            List<Group> groups = new ArrayList<>();
            int part = 0;
            int i = 0;
            while (i < length) {
                if (state[i] == LONG_GAP) {
                    i++;
                    continue;
                }
                int partStart = i;
                int partEnd = i;
                while (partEnd + 1 < length && state[partEnd + 1] != LONG_GAP) partEnd++;
                Group current = null;
                int afterPrevious = partStart;
                int j = partStart;
                while (j <= partEnd) {
                    if (state[j] != PAIN) {
                        j++;
                        continue;
                    }
                    int runEnd = j;
                    while (runEnd + 1 <= partEnd && state[runEnd + 1] == PAIN) runEnd++;
                    int freeBefore = longestFree(afterPrevious, j - 1);
                    if (current != null && freeBefore < needed) {
                        current.extend(j, runEnd);
                    } else {
                        if (current != null) current.ending = EpisodeEnding.RECOVERED;
                        current = new Group(part, j, runEnd, freeBefore >= needed);
                        groups.add(current);
                    }
                    afterPrevious = runEnd + 1;
                    j = runEnd + 1;
                }
                if (current != null) {
                    if (longestFree(afterPrevious, partEnd) >= needed) current.ending = EpisodeEnding.RECOVERED;
                    else current.ending = partEnd == length - 1 ? EpisodeEnding.ONGOING : EpisodeEnding.UNKNOWN;
                }
                part++;
                i = partEnd + 1;
            }
            return groups;
        }
    }
}
