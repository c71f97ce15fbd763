package vn.motcua.backbone.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void vietnameseAndEmojiAreAcceptedAnywhere() {
        assertThat(InputText.problemOf("Nguyễn Thị Ánh Tuyết 😀 𠀀", false)).isEmpty();
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedEvenInMultiLineText() {
        assertThat(InputText.problemOf("a\u0000b", true)).get().asString().contains("U+0000");
        assertThat(InputText.problemOf("a\u001Bb", true)).get().asString().contains("U+001B");
        assertThat(InputText.problemOf("a\u007Fb", true)).isPresent();
        assertThat(InputText.problemOf("a\u0085b", true)).isPresent();
    }

    @Test
    void lineBreaksAndTabsOnlyInMultiLineText() {
        assertThat(InputText.problemOf("Ấp 3\r\nxã Long Phú\tSóc Trăng", true)).isEmpty();
        assertThat(InputText.problemOf("Nguyễn\nAn", false)).get().asString().contains("single line");
        assertThat(InputText.problemOf("Nguyễn\tAn", false)).isPresent();
    }

    @Test
    void aLoneHalfOfAnEmojiIsRefused() {
        assertThat(InputText.problemOf("x\uD83D", true)).isPresent();
        assertThat(InputText.problemOf("\uDE00x", true)).isPresent();
    }
}
