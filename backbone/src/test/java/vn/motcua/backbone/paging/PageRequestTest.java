package vn.motcua.backbone.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.backbone.problem.ProblemException;

class PageRequestTest {

    @Test
    void absentValuesMeanTheFirstPageOfTheDefaultSize() {
        assertThat(PageRequest.of(null, null, 20, 100)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void theOffsetIsPageTimesSize() {
        assertThat(PageRequest.of(3, 50, 20, 100).offset()).isEqualTo(150);
    }

    @Test
    void aPageWhoseFirstRowOverflowsAnIntIsRefusedNamingPage() {
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 100, 20, 100))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("page");
                });
    }

    @Test
    void theLastPageThatFitsIsAccepted() {
        assertThat(PageRequest.of(Integer.MAX_VALUE / 100, 100, 20, 100).offset())
                .isEqualTo(Integer.MAX_VALUE / 100 * 100);
    }

    @Test
    void negativePagesAndOutOfBoundSizesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, null, 20, 100))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageRequest.of(0, 0, 20, 100))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
        assertThatThrownBy(() -> PageRequest.of(0, 101, 20, 100))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPosition() {
        Page<String> page = new PageRequest(2, 10).of(List.of(1, 2), 22).map(String::valueOf);
        assertThat(page).isEqualTo(new Page<>(List.of("1", "2"), 2, 10, 22));
    }
}
