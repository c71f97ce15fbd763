package vn.motcua.document.signature;

import vn.motcua.backbone.audit.Audit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.motcua.backbone.problem.ProblemException;
import vn.motcua.contracts.document.SignerRole;

/**
 * Which officials and organisations of a unit hold a signing certificate, and their keys. A key is
 * a PKCS#12 file in the keystore directory, put there by an operator; with the development CA
 * enabled, enrolment issues a demo certificate instead.
 */
@ApplicationScoped
public class SigningCertificates {

    private static final Logger LOG = Logger.getLogger(SigningCertificates.class);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    /** Who to enrol: an official by login, or the unit's organisation signature. */
    public record Enrolment(SignerRole kind, Optional<String> username, String holderName) {
    }

    /** A certificate as the API shows it. */
    public record CertificateView(UUID id, SignerRole holderKind, String holderUsername, String holderName,
            String subject, String issuer, String serial, Instant notBefore, Instant notAfter, boolean valid,
            Instant revokedAt) {
    }

    /** The reference case's figure: how many officials of the unit can sign digitally. */
    public record UnitSummary(String unitCode, long officialsWithValidCertificate, boolean organisationCanSign,
            List<CertificateView> certificates) {
    }

    private final EntityManager entityManager;
    private final SignatureSetup setup;
    private final SignatureConfig config;
    private final Clock clock;
    private final Audit audit;

    SigningCertificates(EntityManager entityManager, SignatureSetup setup, SignatureConfig config, Clock clock, Audit audit) {
        this.entityManager = entityManager;
        this.setup = setup;
        this.config = config;
        this.clock = clock;
        this.audit = audit;
    }

    /** The outcome of an enrolment: the certificate, and whether it was enrolled already (nothing changed). */
    public record Enrolled(CertificateView certificate, boolean unchanged) {
    }

    @Transactional
    public Enrolled enrol(Enrolment enrolment, String unitCode, String enrolledBy) {
        String relative = keystorePath(enrolment, unitCode);
        Path file = setup.keystoreDirectory().resolve(relative);
        Optional<SigningKey> provisioned = Files.exists(file)
                ? Optional.of(Pkcs12SigningKey.load(file, setup.password()))
                : Optional.empty();
        Instant checkedAt = Instant.now(clock);
        Optional<SigningCertificate> current = active(unitCode, enrolment.kind(), enrolment.username())
                .filter(c -> c.isValidAt(checkedAt) && c.keystore.equals(relative) && provisioned
                        .map(k -> Certificates.serialHex(k.certificate()).equals(c.serialHex)).orElse(false));
        if (current.isPresent()) {
            return new Enrolled(view(current.get(), checkedAt), true);
        }
        SigningKey key = provisioned.filter(k -> !isEnrolled(k.certificate()))
                .orElseGet(() -> setup.developmentCa()
                        .map(ca -> (SigningKey) ca.issue(file, enrolment.holderName(), unitCode,
                                enrolment.username().orElse(null), config.developmentCa().certificateLifetime()))
                        .orElseThrow(() -> ProblemException.conflict("no-keystore", provisioned.isPresent()
                                ? "The keystore at " + relative + " holds a certificate enrolled before; "
                                        + "put the holder's new keystore there first"
                                : "No keystore at " + relative + " in the keystore directory; "
                                        + "the operator puts the holder's PKCS#12 file there first")));
        X509Certificate certificate = key.certificate();
        Instant now = Instant.now(clock);
        if (!now.isBefore(certificate.getNotAfter().toInstant())) {
            throw ProblemException.conflict("certificate-expired", "The certificate in " + relative + " has expired");
        }
        active(unitCode, enrolment.kind(), enrolment.username()).ifPresent(previous -> previous.revokedAt = now);
        entityManager.flush();
        SigningCertificate enrolled = new SigningCertificate();
        enrolled.id = UUID.randomUUID();
        enrolled.unitCode = unitCode;
        enrolled.holderKind = enrolment.kind();
        enrolled.holderUsername = enrolment.username().orElse(null);
        enrolled.holderName = enrolment.holderName();
        enrolled.subject = certificate.getSubjectX500Principal().getName();
        enrolled.issuer = certificate.getIssuerX500Principal().getName();
        enrolled.serialHex = Certificates.serialHex(certificate);
        enrolled.notBefore = certificate.getNotBefore().toInstant();
        enrolled.notAfter = certificate.getNotAfter().toInstant();
        enrolled.keystore = relative;
        enrolled.enrolledAt = now;
        enrolled.enrolledBy = enrolledBy;
        entityManager.persist(enrolled);
        audit.record("signing-certificate.enrolled", enrolled.id.toString(), null);
        LOG.infof("Enrolled a signing certificate for %s %s of unit %s (serial %s)", enrolment.kind(),
                enrolment.username().orElse(enrolment.holderName()), unitCode, enrolled.serialHex);
        return new Enrolled(view(enrolled, now), false);
    }

    @Transactional
    public CertificateView revoke(UUID id, String unitCode) {
        SigningCertificate certificate = entityManager.find(SigningCertificate.class, id);
        if (certificate == null || !certificate.unitCode.equals(unitCode)) {
            throw ProblemException.notFound("signing certificate", id);
        }
        if (certificate.revokedAt == null) {
            certificate.revokedAt = Instant.now(clock);
            audit.record("signing-certificate.revoked", id.toString(), null);
        }
        return view(certificate, Instant.now(clock));
    }

    /** The holder's enrolled certificate that is valid now, if any. */
    public Optional<SigningCertificate> usable(String unitCode, SignerRole kind, Optional<String> username) {
        Instant now = Instant.now(clock);
        return active(unitCode, kind, username).filter(c -> c.isValidAt(now));
    }

    public SigningKey keyOf(SigningCertificate certificate) {
        return Pkcs12SigningKey.load(setup.keystoreDirectory().resolve(certificate.keystore), setup.password());
    }

    public UnitSummary summary(String unitCode) {
        Instant now = Instant.now(clock);
        List<SigningCertificate> all = entityManager.createQuery(
                        "from SigningCertificate where unitCode = :unit order by holderKind, holderUsername, enrolledAt",
                        SigningCertificate.class)
                .setParameter("unit", unitCode).getResultList();
        long officials = all.stream().filter(c -> c.holderKind == SignerRole.PERSON && c.isValidAt(now))
                .map(c -> c.holderUsername).distinct().count();
        boolean organisation = all.stream().anyMatch(c -> c.holderKind == SignerRole.ORGANISATION && c.isValidAt(now));
        return new UnitSummary(unitCode, officials, organisation, all.stream().map(c -> view(c, now)).toList());
    }

    private Optional<SigningCertificate> active(String unitCode, SignerRole kind, Optional<String> username) {
        return entityManager.createQuery("""
                        from SigningCertificate where unitCode = :unit and holderKind = :kind
                        and coalesce(holderUsername, '') = :username and revokedAt is null""", SigningCertificate.class)
                .setParameter("unit", unitCode).setParameter("kind", kind)
                .setParameter("username", username.orElse(""))
                .getResultStream().findFirst();
    }

    private boolean isEnrolled(X509Certificate certificate) {
        return !entityManager.createQuery(
                        "select c.id from SigningCertificate c where c.issuer = :issuer and c.serialHex = :serial", UUID.class)
                .setParameter("issuer", certificate.getIssuerX500Principal().getName())
                .setParameter("serial", Certificates.serialHex(certificate))
                .getResultList().isEmpty();
    }

    private static String keystorePath(Enrolment enrolment, String unitCode) {
        checkSafe("unit", unitCode);
        if (enrolment.kind() == SignerRole.PERSON) {
            String username = enrolment.username()
                    .orElseThrow(() -> ProblemException.invalid("username", "an official is enrolled by login name"));
            checkSafe("username", username);
            return "person/" + unitCode + "/" + username + ".p12";
        }
        if (enrolment.username().isPresent()) {
            throw ProblemException.invalid("username", "an organisation certificate has no login name");
        }
        return "organisation/" + unitCode + ".p12";
    }

    private static void checkSafe(String field, String value) {
        if (!SAFE_NAME.matcher(value).matches()) {
            throw ProblemException.invalid(field, "letters, digits, '.', '_', '@' and '-' only");
        }
    }

    private static CertificateView view(SigningCertificate c, Instant now) {
        return new CertificateView(c.id, c.holderKind, c.holderUsername, c.holderName, c.subject, c.issuer,
                c.serialHex, c.notBefore, c.notAfter, c.isValidAt(now), c.revokedAt);
    }
}
