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

/** The shipped "why this helps" cards keep the content rules, and a broken cards file names every problem. */
class EducationCardsTest {

    private final EducationCards cards = EducationCards.load(getClass().getClassLoader());
    private final ActivityLibrary library = ActivityLibrary.load(LibrarySource.builtIn(getClass().getClassLoader()));

    private static final String SIXTY_WORDS = ("You can do this. ").repeat(15).strip() + " Backs are strong and adapt well.";

    @Test
    void shippedFileLoadsFromTheClasspathAndFromTheSourceFolder() throws Exception {
        EducationCards fromFolder = EducationCards.parse("cards.yaml", Files.readString(Path.of("src/main/resources/" + EducationCards.RESOURCE)));
        assertThat(fromFolder.all()).isEqualTo(cards.all());
        assertThat(cards.size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyComponentHasAMainCard() {
        Set<Component> covered = cards.all().stream().filter(c -> !c.isGeneral() && c.appliesTo().isEmpty())
                .map(EducationCard::component).collect(Collectors.toSet());
        assertThat(covered).isEqualTo(EnumSet.allOf(Component.class));
    }

    @Test
    void generalCardsCoverHurtAndHarmFlaresConsistencyAndKeepingGoing() {
        assertThat(cards.general()).extracting(EducationCard::id)
                .contains("hurt-is-not-harm", "flares-settle", "consistency-beats-quick-fixes", "keep-exercising");
    }

    @Test
    void everyCardIsSixtyToOneHundredTwentyWordsWithANamedSource() {
        for (EducationCard card : cards.all()) {
            assertThat(EducationCard.wordCount(card.body())).as(card.id()).isBetween(60, 120);
            assertThat(card.source()).as(card.id()).matches(".*[A-Z][a-z]+.*\\b(19|20)\\d\\d\\b.*");
        }
    }

    @Test
    void cardsSpeakToTheReaderAndAvoidVerdictWords() {
        for (EducationCard card : cards.all()) {
            String text = (card.title() + " " + card.body()).toLowerCase();
            assertThat(text).as(card.id()).containsPattern("\\byou(r)?\\b");
            for (String word : List.of("damage", "degenerat", "wear and tear", "slipped disc", "out of alignment", "weak core", "cure you", "will cure")) {
                assertThat(text).as(card.id()).doesNotContain(word);
            }
        }
    }

    @Test
    void numbersMatchTheEvidenceFile() {
        assertThat(cards.forComponent(Component.MOVEMENT).body()).contains("45 %").contains("21 trials");
        assertThat(cards.forComponent(Component.MOVEMENT).source()).contains("Steffens").contains("2016");
        assertThat(cards.byId("motor-control").orElseThrow().body()).contains("30 %").contains("84 %");
        assertThat(cards.byId("keep-exercising").orElseThrow().body()).contains("a year");
        assertThat(cards.byId("slow-breathing").orElseThrow().body()).contains("six breaths a minute");
    }

    @Test
    void everyAppliesToPrefixMatchesAnActivityOfTheSameComponent() {
        for (EducationCard card : cards.all()) {
            for (String prefix : card.appliesTo()) {
                assertThat(library.all()).as(card.id() + " appliesTo " + prefix)
                        .anyMatch(a -> a.id().startsWith(prefix) && a.component() == card.component());
            }
        }
    }

    @Test
    void everyActivityGetsACardOfItsOwnComponent() {
        for (Activity a : library.all()) {
            assertThat(cards.forActivity(a).component()).as(a.id()).isEqualTo(a.component());
        }
        assertThat(cards.forActivity(library.require("core-dead-bug")).id()).isEqualTo("motor-control");
        assertThat(cards.forActivity(library.require("infl-smoking-support")).id()).isEqualTo("smoking-and-pain");
        assertThat(cards.forActivity(library.require("infl-wind-down-routine")).id()).isEqualTo("sleep-and-pain");
        assertThat(cards.forActivity(library.require("breath-slow-6")).id()).isEqualTo("slow-breathing");
        assertThat(cards.forActivity(library.require("hip-glute-bridge")).id()).isEqualTo("movement-retraining");
    }

    @Test
    void countsWordsLikeAReader() {
        assertThat(EducationCard.wordCount("About 45 % — fewer new episodes.")).isEqualTo(5);
        assertThat(EducationCard.wordCount("  ")).isZero();
    }

    @Test
    void rejectsAShortCardAnUnknownComponentAMissingSourceAndTypoKeysAllAtOnce() {
        String yaml = """
                version: 1
                cards:
                  - id: too-short
                    component: movement
                    title: Short
                    body: Only a few words here.
                    source: Someone 2020
                  - id: odd-topic
                    component: yoga
                    title: Odd
                    body: %s
                    source: Someone 2020
                  - id: no-source
                    component: general
                    title: No source
                    body: %s
                  - id: typo
                    component: general
                    title: Typo
                    body: %s
                    sorce: Someone 2020
                """.formatted(SIXTY_WORDS, SIXTY_WORDS, SIXTY_WORDS);
        assertThatThrownBy(() -> EducationCards.parse("cards.yaml", yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("card 'too-short': body must be 60 to 120 words, has 5")
                .hasMessageContaining("card 'odd-topic': component must be one of")
                .hasMessageContaining("card 'no-source': source is required")
                .hasMessageContaining("card 'typo': unknown key 'sorce'")
                .hasMessageContaining("component 'stress' has no main card");
    }

    @Test
    void rejectsDuplicateIdsVerdictWordsAndALabelledSource() {
        String body = SIXTY_WORDS + " Nothing here is damage.";
        String yaml = """
                version: 1
                cards:
                  - {id: same, component: general, title: One, body: "%s", source: "Someone 2020"}
                  - {id: same, component: general, title: Two, body: "%s", source: "Someone 2020"}
                  - {id: labelled, component: general, title: Three, body: "%s", source: "Source: Someone 2020"}
                """.formatted(SIXTY_WORDS, body, SIXTY_WORDS);
        assertThatThrownBy(() -> EducationCards.parse("cards.yaml", yaml))
                .hasMessageContaining("card 'same': body uses 'damage'")
                .hasMessageContaining("card 'labelled': source must be the name only");
        String dup = """
                version: 1
                cards:
                  - {id: same, component: general, title: One, body: "%s", source: "Someone 2020"}
                  - {id: same, component: general, title: Two, body: "%s", source: "Someone 2020"}
                """.formatted(SIXTY_WORDS, SIXTY_WORDS);
        assertThatThrownBy(() -> EducationCards.parse("cards.yaml", dup)).hasMessageContaining("card 'same': duplicate id; already used by card 1");
    }

    @Test
    void rejectsAFileThatIsNotACardList() {
        assertThatThrownBy(() -> EducationCards.parse("cards.yaml", "- just a list")).hasMessageContaining("must be a map");
        assertThatThrownBy(() -> EducationCards.parse("cards.yaml", "verison: 1\ncards: []"))
                .hasMessageContaining("unknown top-level key 'verison'")
                .hasMessageContaining("version must be a whole number")
                .hasMessageContaining("cards must be a non-empty list");
    }
}
