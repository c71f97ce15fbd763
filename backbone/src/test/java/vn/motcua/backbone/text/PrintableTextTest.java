package vn.motcua.backbone.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    /** A font like DejaVu Sans: Latin and Vietnamese, no emoji. */
    private static final IntPredicate NO_EMOJI = cp -> cp < 0x2000;

    @Test
    void anEmojiTheFontLacksPrintsAsAVisibleMark() {
        assertThat(PrintableText.line("Nguyễn Văn An 😀", NO_EMOJI)).isEqualTo("Nguyễn Văn An ?");
    }

    @Test
    void aComposedEmojiIsOneMarkNotItsInvisibleParts() {
        // thumbs up, skin tone; family joined with zero-width joiners; heart with a variation selector
        assertThat(PrintableText.line("👍🏽 👨‍👩‍👧 ❤️", NO_EMOJI)).isEqualTo("? ??? ?");
    }

    @Test
    void lineBreaksSplitTheTextAndTabsBecomeSpaces() {
        assertThat(PrintableText.lines("Ấp 3\r\nxã Long Phú\nhuyện\tLong Phú\rSóc Trăng", NO_EMOJI))
                .containsExactly("Ấp 3", "xã Long Phú", "huyện Long Phú", "Sóc Trăng");
        assertThat(PrintableText.line("Ấp 3\nLong Phú", NO_EMOJI)).isEqualTo("Ấp 3 Long Phú");
    }

    @Test
    void decomposedVietnameseIsComposedAndOtherControlsDropped() {
        assertThat(PrintableText.line("Nguye\u0302\u0303n\u0000\u0007", NO_EMOJI)).isEqualTo("Nguyễn");
        assertThat(PrintableText.lines(null, NO_EMOJI)).containsExactly("");
    }
}
