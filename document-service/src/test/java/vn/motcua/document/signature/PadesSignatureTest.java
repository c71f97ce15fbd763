package vn.motcua.document.signature;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.contracts.document.SignatureCheck;
import vn.motcua.document.testing.TestPdfs;

/** A result PDF signed by the competent person, then by the organisation, as Decree 30/2020 asks. */
class PadesSignatureTest {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final PadesSigner SIGNER = new PadesSigner();
    private static DevelopmentCa ca;
    private static SigningKey chairperson;
    private static SigningKey organisation;
    private static byte[] twiceSigned;

    @BeforeAll
    static void signTwice(@TempDir Path keys) {
        ca = DevelopmentCa.openOrCreate(keys, PASSWORD);
        chairperson = ca.issue(keys.resolve("person/31639/an.nguyen.p12"), "Nguyễn Văn An", "31639", "an.nguyen",
                Duration.ofDays(365));
        organisation = ca.issue(keys.resolve("organisation/31639.p12"), "UBND xã Long Phú", "31639", null,
                Duration.ofDays(365));
        DSSDocument draft = new InMemoryDocument(TestPdfs.withText("QUYẾT ĐỊNH về việc cấp giấy phép"));
        DSSDocument byPerson = SIGNER.sign(draft, chairperson,
                new PadesSigner.Purpose("Phê duyệt", "Long Phú", Instant.now()));
        DSSDocument byOrganisation = SIGNER.sign(byPerson, organisation,
                new PadesSigner.Purpose("Phát hành 12/QĐ-UBND", "Long Phú", Instant.now()));
        twiceSigned = eu.europa.esig.dss.spi.DSSUtils.toByteArray(byOrganisation);
    }

    @Test
    void bothSignaturesAreIntactAndChainToTheDevelopmentCa() {
        SignatureReport report = new PdfSignatureValidator(List.of(ca.certificate())).validate(new InMemoryDocument(twiceSigned));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.VALID);
        assertThat(report.signatures()).extracting(SignatureFinding::signedBy)
                .containsExactlyInAnyOrder("Nguyễn Văn An", "UBND xã Long Phú");
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.changedAfterSigning()).isFalse();
            assertThat(s.trustedChain()).isTrue();
            assertThat(s.format()).isEqualTo("PAdES-BASELINE-B");
            assertThat(s.issuedBy()).contains("MotCua Development CA");
        });
        assertThat(report.hasIntactSignatureBy(Certificates.serialHex(chairperson.certificate()))).isTrue();
    }

    @Test
    void theOverallVerdictIsWhatEachSignatureConcluded() {
        SignatureReport report = new PdfSignatureValidator(List.of(ca.certificate())).validate(new InMemoryDocument(twiceSigned));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.VALID);
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(s.subIndication()).isNull();
            assertThat(s.verdict()).isEqualTo(SignatureCheck.VALID);
        });
        assertThat(report.acceptable()).isTrue();
    }

    @Test
    void underTheDevelopmentCaTheSignaturesAreIntactWithAChainSaidToBeUntrusted() {
        SignatureReport report = new PdfSignatureValidator(List.of(), List.of(ca.certificate()))
                .validate(new InMemoryDocument(twiceSigned));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.VALID_UNTRUSTED_CHAIN);
        assertThat(report.message()).contains("development CA").contains("not a trusted authority");
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.verdict()).isEqualTo(SignatureCheck.VALID_UNTRUSTED_CHAIN);
            assertThat(s.developmentCa()).isTrue();
            assertThat(s.trustedChain()).isFalse();
            assertThat(s.indication()).isEqualTo("INDETERMINATE");
            assertThat(s.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
        });
        assertThat(report.acceptable()).isTrue();
    }

    @Test
    void aByteChangedAfterSigningIsReportedAsInvalid() {
        byte[] tampered = TestPdfs.tamperedWithin(twiceSigned, "QUYẾT ĐỊNH");

        SignatureReport report = new PdfSignatureValidator(List.of(ca.certificate())).validate(new InMemoryDocument(tampered));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.INVALID);
        assertThat(report.signatures()).anySatisfy(s -> assertThat(s.intact()).isFalse());
        assertThat(report.acceptable()).isFalse();
    }

    @Test
    void textAddedInALaterRevisionIsReportedAsAChangeAfterSigning() {
        byte[] edited = TestPdfs.withTextAddedAfterSigning(twiceSigned, "Số tiền: 1.000.000.000 đồng");

        SignatureReport report = new PdfSignatureValidator(List.of(ca.certificate())).validate(new InMemoryDocument(edited));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.INVALID);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.intact()).isTrue());
        assertThat(report.signatures()).anySatisfy(s -> assertThat(s.changedAfterSigning()).isTrue());
    }

    @Test
    void withoutTheTrustAnchorTheSignaturesAreIntactButNotConfirmed() {
        SignatureReport report = new PdfSignatureValidator(List.of()).validate(new InMemoryDocument(twiceSigned));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.VALID_UNTRUSTED_CHAIN);
        assertThat(report.message()).contains("does not chain to a trust anchor");
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.trustedChain()).isFalse();
            assertThat(s.developmentCa()).isFalse();
        });
        assertThat(report.acceptable()).isFalse();
    }

    @Test
    void anUnsignedPdfIsReportedAsNotSigned() {
        SignatureReport report = new PdfSignatureValidator(List.of(ca.certificate()))
                .validate(new InMemoryDocument(TestPdfs.withText("Công văn")));

        assertThat(report.verdict()).isEqualTo(SignatureCheck.NOT_SIGNED);
        assertThat(report.signatures()).isEmpty();
    }
}
