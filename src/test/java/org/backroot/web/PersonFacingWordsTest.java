package org.backroot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backroot.program.domain.ActivityLibrary;
import org.junit.jupiter.api.Test;

/**
 * Scans everything a person reads (YAML content, messages, templates) for words Backroot does not use
 * (shared/CONTENT.md, the list in {@link ActivityLibrary#FORBIDDEN_WORDING}) and, there and in Java string literals, for
 * certainty next to a cause or a cure: the kinetic-chain reading is an association and a likely contributor,
 * never a proven cause, and nothing here promises a cure. Failures name the file and line.
 */
class PersonFacingWordsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path JAVA = Path.of("src/main/java");

    /** CONTENT.md's verdict words, as the activity library already checks them (one list). */
    static final Pattern CONTENT_WORDS = Pattern.compile(
            "\\b(" + String.join("|", ActivityLibrary.FORBIDDEN_WORDING.stream().map(Pattern::quote).toList()) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** Certainty next to a cause or a cure: pattern → why it is not allowed. Case-insensitive. */
    static final Map<Pattern, String> BANNED = Map.ofEntries(
            rule("\\bcur(e|es|ed|ing)\\b", "never promise a cure"),
            rule("\\bcaus(e|es|ing) (of )?your (back )?pain\\b", "a finding may contribute; it is not named as the cause"),
            rule("\\b(is|are) the (root |real |main )?cause\\b", "a finding may contribute; it is not named as the cause"),
            rule("\\bthe (root |real )?cause of your\\b", "a finding may contribute; it is not named as the cause"),
            rule("\\broot[- ]cause\\b", "say \"likely contributors\", not root causes"),
            rule("\\bwill (fix|cure|heal|stop|end|prevent|solve)\\b", "certainty about an outcome"),
            rule("\\b(fix|fixes|fixing) (your|the|a) (back|pain|spine)\\b", "certainty about an outcome"),
            rule("\\bguarantee\\w*", "certainty about an outcome"),
            rule("\\bprove[sn]? (that )?(your|the) ", "certainty about a cause"),
            rule("\\bso your (low )?back can do less\\b", "the kinetic-chain reading is a likely contributor, not a mechanism we can promise"),
            rule("\\bgives? (the|your|that) \\w+ (that |its )?movement back\\b", "the kinetic-chain reading is a likely contributor, not a mechanism we can promise"),
            rule("\\bseverity \\d+ ?/ ?100\\b", "a severity number is an ordering aid, not shown to a person"),
            rule("^(?!.*\\busually\\b).*\\bnot that it is harmed\\b", "say \"usually\": pain usually, not always, means sensitivity rather than harm"));

    @Test
    void personFacingContentUsesNoBannedOrOverCertainWords() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : personFacingFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (file.toString().endsWith(".yaml") && line.stripLeading().startsWith("#")) continue;
                check(file, i + 1, line, problems);
                Matcher words = CONTENT_WORDS.matcher(line);
                if (words.find()) problems.add(file + ":" + (i + 1) + ": \"" + words.group() + "\" — CONTENT.md bans this verdict word");
            }
        }
        assertThat(problems).as("person-facing words (file:line)").isEmpty();
    }

    @Test
    void personFacingSentencesInJavaUseNoBannedOrOverCertainWords() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = literal.matcher(lines.get(i));
                    while (m.find()) check(file, i + 1, m.group(1), problems);
                }
            }
        }
        assertThat(problems).as("sentences in Java string literals (file:line)").isEmpty();
    }

    @Test
    void theScanCatchesWhatItIsMeantTo() {
        List<String> bad = List.of(
                "This drill gives the ankle its movement back, so your low back can do less.",
                "Your stiff hip is the cause of your pain.",
                "Tight hamstrings cause your pain.",
                "Breathing practice will fix this.",
                "A cure for back pain.",
                "Your left ankle (severity 100/100) stands out.",
                "Pain means your back is sensitive, not that it is harmed.",
                "Your Root-cause profile");
        assertThat(bad).allSatisfy(sentence -> {
            List<String> problems = new ArrayList<>();
            check(Path.of("example"), 1, sentence, problems);
            assertThat(problems).as(sentence).isNotEmpty();
        });
        assertThat(CONTENT_WORDS.matcher("Discs show wear and tear.").find()).isTrue();

        List<String> fine = new ArrayList<>();
        List.of("Pain usually means your back is sensitive, not that it is harmed.",
                "Your stiff hip may contribute to your back pain; links like this are an association and a likely contributor.",
                "Secure your account.", "Accurate numbers.").forEach(s -> check(Path.of("example"), 1, s, fine));
        assertThat(fine).isEmpty();
    }

    private static void check(Path file, int line, String text, List<String> problems) {
        BANNED.forEach((pattern, why) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) problems.add(file + ":" + line + ": \"" + m.group() + "\" — " + why);
        });
    }

    private static List<Path> personFacingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("library", "instruments", "education", "selftests")) {
            files.addAll(walk(RESOURCES.resolve(dir), ".yaml"));
        }
        files.addAll(walk(RESOURCES.resolve("i18n"), ".properties"));
        files.addAll(walk(RESOURCES.resolve("templates"), ".html"));
        assertThat(files).as("person-facing files found").hasSizeGreaterThan(20);
        return files;
    }

    private static List<Path> walk(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Map.Entry<Pattern, String> rule(String regex, String why) {
        return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), why);
    }
}
