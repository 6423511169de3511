package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The shipped course keeps the content rules, and a broken course file names the file and every problem. */
class CourseTest {

    private final Course course = Course.load(getClass().getClassLoader());
    private final ActivityLibrary library = ActivityLibrary.load(LibrarySource.builtIn(getClass().getClassLoader()));

    private static final String BODY = ("Your back is strong and it adapts to what you ask of it. ").repeat(14).strip();

    @Test
    void shippedCourseHasTenLessonsInTheOrderOfTheBrief() throws Exception {
        Course fromFolder = Course.parse("course.yaml", Files.readString(Path.of("src/main/resources/" + Course.RESOURCE)));
        assertThat(fromFolder.lessons()).isEqualTo(course.lessons());
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("hurt-and-harm", "a-sensitive-alarm", "what-scans-show",
                "stress-and-tension", "sleep-and-the-loop", "fear-and-avoidance", "breathing", "pacing", "your-flare-plan", "staying-well");
        assertThat(course.lessons()).extracting(Lesson::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void everyLessonIs150To350WordsWithNamedSourcesAndOneQuestionWithExactlyOneRightAnswer() {
        for (Lesson l : course.lessons()) {
            assertThat(EducationCard.wordCount(l.body())).as(l.id()).isBetween(150, 350);
            assertThat(l.sources()).as(l.id()).isNotEmpty().allSatisfy(s -> assertThat(s).matches(".*[A-Z][A-Za-z]+.*"));
            assertThat(l.question().options()).as(l.id()).hasSizeBetween(2, 5);
            assertThat(l.question().options().stream().filter(o -> l.question().isRight(o.id()))).as(l.id()).hasSize(1);
            assertThat(l.question().explanation()).as(l.id()).isNotBlank();
            assertThat(l.paragraphs()).as(l.id()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void lessonsSpeakToTheReaderWithoutVerdictWordsOrPromises() {
        for (Lesson l : course.lessons()) {
            String text = (l.title() + " " + l.summary() + " " + l.body() + " " + l.question().prompt() + " " + l.question().explanation()
                    + " " + l.question().options().stream().map(Lesson.Option::text).collect(Collectors.joining(" "))).toLowerCase();
            assertThat(text).as(l.id()).containsPattern("\\byou(r)?\\b");
            for (String word : List.of("damage", "degenerat", "wear and tear", "slipped disc", "out of alignment", "weak core",
                    "cure you", "will cure", "cures", "guarantee", "diagnos", "proven")) {
                assertThat(text).as(l.id() + " uses " + word).doesNotContain(word);
            }
        }
    }

    @Test
    void theScanLessonGivesNoPrevalenceFiguresAndOnlyTheFlarePlanLessonCarriesTheForm() {
        Lesson scans = course.byId("what-scans-show").orElseThrow();
        assertThat(scans.body()).doesNotContainPattern("\\d+ ?%").doesNotContain("Brinjikji");
        assertThat(course.lessons().stream().filter(Lesson::hasFlarePlanForm)).extracting(Lesson::id).containsExactly("your-flare-plan");
    }

    @Test
    void everyComponentAndEveryNonActivityKindIsExplainedByALesson() {
        Set<Component> components = course.lessons().stream().flatMap(l -> l.explains().components().stream()).collect(Collectors.toSet());
        assertThat(components).isEqualTo(EnumSet.allOf(Component.class));
        Set<PlanItemKind> kinds = course.lessons().stream().flatMap(l -> l.explains().kinds().stream()).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(PlanItemKind.WALK, PlanItemKind.EXPOSURE, PlanItemKind.REASSURANCE);
        for (Lesson l : course.lessons()) {
            for (String prefix : l.explains().activities()) {
                assertThat(library.all()).as(l.id() + " explains " + prefix).anyMatch(a -> a.id().startsWith(prefix));
            }
        }
    }

    @Test
    void planItemsLinkToTheLessonThatExplainsThem() {
        PlanItem walk = new PlanItem("walk-10", Component.MOVEMENT, PlanItemKind.WALK, "Walk", 10, "10 minutes", "Because", null);
        PlanItem exposure = new PlanItem(null, Component.EXPOSURE, PlanItemKind.EXPOSURE, "Bend", 5, "once", "Because", "f1");
        PlanItem reassurance = new PlanItem(null, null, PlanItemKind.REASSURANCE, "Read", 2, "a short read", "Because", null);
        PlanItem breathing = new PlanItem("breath-slow-6", Component.BREATHING, PlanItemKind.ACTIVITY, "Breathe", 5, "5 minutes", "Because", null);
        PlanItem hip = new PlanItem("hip-clamshell", Component.MOVEMENT, PlanItemKind.ACTIVITY, "Clams", 5, "2 x 10", "Because", null);
        assertThat(course.explaining(walk)).map(Lesson::id).contains("pacing");
        assertThat(course.explaining(exposure)).map(Lesson::id).contains("fear-and-avoidance");
        assertThat(course.explaining(reassurance)).map(Lesson::id).contains("your-flare-plan");
        assertThat(course.explaining(breathing)).map(Lesson::id).contains("breathing");
        assertThat(course.explaining(hip)).map(Lesson::id).contains("hurt-and-harm");
        assertThat(course.explaining(library.byId("infl-morning-light").orElseThrow())).map(Lesson::id).contains("sleep-and-the-loop");
        assertThat(course.explaining(library.byId("stress-pmr-short").orElseThrow())).map(Lesson::id).contains("stress-and-tension");
    }

    @Test
    void anActivityPrefixWinsOverKindAndComponent() {
        String yaml = file(lesson("general", 1, "explains: {components: [movement]}", correct("a")),
                lesson("walking", 2, "explains: {activities: [walk-1]}", correct("a")));
        Course c = Course.parse("test.yaml", yaml);
        PlanItem walk = new PlanItem("walk-10", Component.MOVEMENT, PlanItemKind.WALK, "Walk", 10, "10 minutes", "Because", null);
        PlanItem other = new PlanItem("walk-20", Component.MOVEMENT, PlanItemKind.WALK, "Walk", 10, "10 minutes", "Because", null);
        assertThat(c.explaining(walk)).map(Lesson::id).contains("walking");
        assertThat(c.explaining(other)).map(Lesson::id).contains("general");
    }

    @Test
    void aQuestionWithNoRightAnswerOrTwoFailsNamingTheFileAndTheLesson() {
        assertThatThrownBy(() -> Course.parse("my-course.yaml", file(lesson("one", 1, "explains: {}", correct()))))
                .hasMessageStartingWith("my-course.yaml: the course is invalid")
                .hasMessageContaining("lesson 'one': question must have exactly one right answer (correct: true), has 0");
        assertThatThrownBy(() -> Course.parse("my-course.yaml", file(lesson("one", 1, "explains: {}", correct("a", "b")))))
                .hasMessageContaining("lesson 'one': question must have exactly one right answer (correct: true), has 2");
    }

    @Test
    void missingFieldsAreEachNamed() {
        String broken = """
                version: 1
                lessons:
                  - id: bare
                    number: 1
                    title: A lesson
                """;
        assertThatThrownBy(() -> Course.parse("bare.yaml", broken))
                .hasMessageStartingWith("bare.yaml: the course is invalid (5 problems):")
                .hasMessageContaining("lesson 'bare': summary is required")
                .hasMessageContaining("lesson 'bare': body is required")
                .hasMessageContaining("lesson 'bare': sources is required")
                .hasMessageContaining("lesson 'bare': explains is required")
                .hasMessageContaining("lesson 'bare': question is required");
    }

    @Test
    void shortBodiesBannedWordsUnknownKeysGapsAndBadExplainsAreRefused() {
        String yaml = file(
                lesson("short", 1, "explains: {}", correct("a")).replace(BODY, "Too short to teach anything."),
                lesson("banned", 2, "explains: {}", correct("a")).replace("Your back is strong", "Wear and tear is normal and your back is strong"),
                lesson("extra", 3, "explains: {}\n    colour: blue", correct("a")),
                lesson("gap", 5, "explains: {components: [feet], kinds: [activity]}", correct("a")));
        assertThatThrownBy(() -> Course.parse("c.yaml", yaml))
                .hasMessageContaining("lesson 'short': body must be 150 to 350 words, has 5")
                .hasMessageContaining("lesson 'banned': body uses 'wear and tear'")
                .hasMessageContaining("lesson 'extra': unknown key 'colour'")
                .hasMessageContaining("lesson 'gap': explains.components: 'feet' is not a component")
                .hasMessageContaining("lesson 'gap': explains.kinds: 'activity' must be walk, exposure or reassurance")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("lesson 'gap': number"));
        assertThatThrownBy(() -> Course.parse("c.yaml", file(lesson("first", 2, "explains: {}", correct("a")))))
                .hasMessageContaining("lesson 'first': number must be 1 (lessons are numbered 1, 2, 3, ... in file order), was 2");
        assertThatThrownBy(() -> Course.parse("c.yaml", "version: 1\nlessons: [\n"))
                .hasMessageStartingWith("c.yaml: not valid YAML");
    }

    private static String file(String... lessons) {
        return "version: 1\nlessons:\n" + String.join("\n", lessons);
    }

    private static String correct(String... right) {
        StringBuilder s = new StringBuilder();
        for (String id : List.of("a", "b", "c")) {
            s.append("        - id: ").append(id).append("\n          text: Option ").append(id).append('\n');
            if (List.of(right).contains(id)) s.append("          correct: true\n");
        }
        return s.toString();
    }

    private static String lesson(String id, int number, String explains, String options) {
        return "  - id: " + id + "\n    number: " + number + "\n    title: Title " + id + "\n    summary: Summary of " + id
                + "\n    body: " + BODY + "\n    sources: [Steffens et al., JAMA Internal Medicine 2016]\n    " + explains
                + "\n    question:\n      prompt: Which is right?\n      options:\n" + options + "      explanation: Because you learn.\n";
    }
}
