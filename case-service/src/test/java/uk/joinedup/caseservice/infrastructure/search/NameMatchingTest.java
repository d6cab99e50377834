package uk.joinedup.caseservice.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.infrastructure.search.NameMatching.Kind;
import uk.joinedup.caseservice.infrastructure.search.NameMatching.Score;

class NameMatchingTest {

    @Test
    void aNameIsItsWordsInLowerCaseWithoutAccentsAndHyphenatedWordsCountWholeAndByPart() {
        assertThat(NameMatching.words("Zoë O'Brien-Smith")).containsExactly("zoe", "obriensmith", "obrien", "smith");
        assertThat(NameMatching.words("  ")).isEmpty();
        assertThat(NameMatching.words(null)).isEmpty();
    }

    @Test
    void aWordIsFiledUnderItsFirstThreeLettersAndItsSounds() {
        assertThat(NameMatching.keysOf("smith")).containsExactly("prefix:smi", "phon:SM0", "phon:XMT");
        assertThat(NameMatching.keysOf("li")).startsWith("prefix:li");
    }

    @Test
    void exactBeatsPrefixBeatsSound() {
        List<String> name = List.of("smith", "jonathan");
        assertThat(NameMatching.match("smith", name)).isEqualTo(Kind.EXACT);
        assertThat(NameMatching.match("jon", name)).isEqualTo(Kind.PREFIX);
        assertThat(NameMatching.match("smyth", name)).isEqualTo(Kind.SOUNDS_LIKE);
        assertThat(NameMatching.match("jones", name)).isNull();
        assertThat(NameMatching.match("jo", name))
                .as("a start, when other words found the candidates")
                .isEqualTo(Kind.PREFIX);
        assertThat(NameMatching.keyed("jo"))
                .as("too short to find candidates by itself")
                .isFalse();
    }

    @Test
    void moreExactWordsRankFirstThenMorePrefixes() {
        Score twoExact = Score.of(List.of(Kind.EXACT, Kind.EXACT));
        Score exactAndPrefix = Score.of(List.of(Kind.EXACT, Kind.PREFIX));
        Score exactAndSound = Score.of(List.of(Kind.SOUNDS_LIKE, Kind.EXACT));
        assertThat(List.of(exactAndSound, twoExact, exactAndPrefix).stream().sorted())
                .containsExactly(twoExact, exactAndPrefix, exactAndSound);
        assertThat(exactAndSound.weakest()).isEqualTo(Kind.SOUNDS_LIKE);
        assertThat(Score.of(java.util.Arrays.asList(Kind.EXACT, null)))
                .as("every word must match")
                .isNull();
    }
}
