package vn.motcua.document.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Number and symbol as Decree 30/2020, Appendix I writes them. */
class DocumentSymbolTest {

    @Test
    void aDecisionOfTheCommitteeIsTypeThenIssuer() {
        assertThat(DocumentSymbol.of(12, DocumentType.QD, "UBND", Optional.empty())).isEqualTo("12/QĐ-UBND");
        assertThat(DocumentSymbol.of(3, DocumentType.TTR, "UBND", Optional.of("VP"))).isEqualTo("03/TTr-UBND");
        assertThat(DocumentSymbol.of(7, DocumentType.NQ, "HĐND", Optional.empty())).isEqualTo("07/NQ-HĐND");
    }

    @Test
    void numbersBelowTenTakeALeadingZeroAndLargeNumbersAreWrittenInFull() {
        assertThat(DocumentSymbol.of(1, DocumentType.TB, "UBND", Optional.empty())).isEqualTo("01/TB-UBND");
        assertThat(DocumentSymbol.of(3087, DocumentType.BC, "UBND", Optional.empty())).isEqualTo("3087/BC-UBND");
    }

    @Test
    void anOfficialLetterNamesTheIssuerAndTheDraftingUnitWithoutATypeAbbreviation() {
        assertThat(DocumentSymbol.of(5, DocumentType.CV, "UBND", Optional.of("VP"))).isEqualTo("05/UBND-VP");
        assertThatThrownBy(() -> DocumentSymbol.of(5, DocumentType.CV, "UBND", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void abbreviationsAreCapitalisedWordsWithoutSpacesOrSlashes() {
        assertThat(DocumentSymbol.isAbbreviation("UBND")).isTrue();
        assertThat(DocumentSymbol.isAbbreviation("HĐND")).isTrue();
        assertThat(DocumentSymbol.isAbbreviation("TNMT")).isTrue();
        assertThat(DocumentSymbol.isAbbreviation("ubnd")).isFalse();
        assertThat(DocumentSymbol.isAbbreviation("UB ND")).isFalse();
        assertThat(DocumentSymbol.isAbbreviation("UBND/VP")).isFalse();
        assertThatThrownBy(() -> DocumentSymbol.of(0, DocumentType.QD, "UBND", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
