package vn.motcua.document.signature;

import eu.europa.esig.dss.enumerations.Level;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.policy.EtsiValidationPolicy;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.policy.jaxb.CertificateConstraints;
import eu.europa.esig.dss.policy.jaxb.ConstraintsParameters;
import eu.europa.esig.dss.policy.jaxb.LevelConstraint;
import java.io.InputStream;

/**
 * DSS's default validation policy ({@code policy/constraint.xml}) with the revocation checks of
 * signing and CA certificates lowered from FAIL to WARN: validation is offline (no OCSP, no CRL)
 * until a revocation source is configured, and a check that can never pass would only hide what the
 * validation did conclude.
 */
final class OfflinePolicy {

    private static final String DEFAULT_POLICY = "/policy/constraint.xml";

    private OfflinePolicy() {
    }

    static ValidationPolicy load() {
        try (InputStream in = ValidationPolicyFacade.class.getResourceAsStream(DEFAULT_POLICY)) {
            ConstraintsParameters parameters = ValidationPolicyFacade.newFacade().unmarshall(in);
            var basic = parameters.getSignatureConstraints().getBasicSignatureConstraints();
            warnOnly(basic.getSigningCertificate());
            warnOnly(basic.getCACertificate());
            return new EtsiValidationPolicy(parameters);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load DSS's default validation policy", e);
        }
    }

    private static void warnOnly(CertificateConstraints certificate) {
        for (LevelConstraint constraint : new LevelConstraint[] {
                certificate.getRevocationDataAvailable(), certificate.getAcceptableRevocationDataFound()}) {
            if (constraint != null) {
                constraint.setLevel(Level.WARN);
            }
        }
    }
}
