package vn.motcua.document.signature;

import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.SignatureValue;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer's private key and certificate, wherever the key lives: a PKCS#12 file now, a remote
 * signing service or an HSM later. It takes part in the second of DSS's three steps only (data to
 * sign → sign the digest → embed the signature), so the key never has to reach this service.
 */
public interface SigningKey {

    /** The signer's certificate first, then its issuers up to (not necessarily including) the root. */
    List<X509Certificate> certificateChain();

    /** Signs a digest that the signature library computed over the data to be signed. */
    SignatureValue signDigest(Digest digest);

    default X509Certificate certificate() {
        return certificateChain().get(0);
    }
}
