package vn.motcua.intake.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void splitsWordsAndKeepsProcedureCodesWhole() {
        assertThat(SearchTerms.parse("  dang ky, khai-sinh 1.001193. ").words())
                .containsExactly("dang", "ky", "khai", "sinh", "1.001193");
    }

    @Test
    void keepsVietnameseLettersAndComposesDecomposedInput() {
        String decomposed = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);
        assertThat(SearchTerms.parse(decomposed).words()).containsExactly("Đăng", "ký", "khai", "sinh");
    }

    @Test
    void dropsLikeWildcardsAndDuplicates() {
        assertThat(SearchTerms.parse("%_ khai khai ' or 1=1 --").words()).containsExactly("khai", "or", "1");
        assertThat(SearchTerms.parse("%%%").isEmpty()).isTrue();
    }

    @Test
    void theWordsMakeThePhraseThatRanksFirst() {
        assertThat(SearchTerms.parse("đăng  ký   khai sinh").phrase()).isEqualTo("đăng ký khai sinh");
    }

    @Test
    void anEmptyQueryMatchesEverything() {
        assertThat(SearchTerms.parse(null).isEmpty()).isTrue();
        assertThat(SearchTerms.parse("   ").isEmpty()).isTrue();
    }

    @Test
    void atMostAFewWordsAreUsed() {
        assertThat(SearchTerms.parse("a b c d e f g h i j k l m n o p").words()).hasSize(SearchTerms.MAX_WORDS);
    }
}
