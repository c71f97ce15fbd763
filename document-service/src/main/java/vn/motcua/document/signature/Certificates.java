package vn.motcua.document.signature;

import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Reading names out of certificates. */
final class Certificates {

    private Certificates() {
    }

    static String commonName(X509Certificate certificate) {
        return attribute(certificate.getSubjectX500Principal().getName(), "CN")
                .orElse(certificate.getSubjectX500Principal().getName());
    }

    static Optional<String> attribute(String distinguishedName, String type) {
        try {
            for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return Optional.of(rdn.getValue().toString());
                }
            }
            return Optional.empty();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    static String serialHex(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }
}
