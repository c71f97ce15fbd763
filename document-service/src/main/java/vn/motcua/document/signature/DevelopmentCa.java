package vn.motcua.document.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A local certificate authority for development and demos: it is generated on first use, kept in
 * the keystore directory, and issues certificates to demo officials and organisations. Its
 * certificates say "NOT FOR PRODUCTION"; no real person's key is ever generated or committed.
 */
public final class DevelopmentCa {

    static final String CA_KEYSTORE = "development-ca.p12";
    static final String CA_CERTIFICATE = "development-ca.pem";
    private static final String ALIAS = "signer";
    private static final Duration CA_LIFETIME = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey caKey;
    private final X509Certificate caCertificate;
    private final char[] password;

    private DevelopmentCa(PrivateKey caKey, X509Certificate caCertificate, char[] password) {
        this.caKey = caKey;
        this.caCertificate = caCertificate;
        this.password = password.clone();
    }

    /** The CA kept in {@code directory}, created there (key and PEM certificate) if absent. */
    public static synchronized DevelopmentCa openOrCreate(Path directory, char[] password) {
        Path keystore = directory.resolve(CA_KEYSTORE);
        try {
            if (Files.exists(keystore)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(keystore)) {
                    store.load(in, password);
                }
                return new DevelopmentCa((PrivateKey) store.getKey(ALIAS, password),
                        (X509Certificate) store.getCertificate(ALIAS), password);
            }
            Files.createDirectories(directory);
            KeyPair keys = newKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, "MotCua Development CA - NOT FOR PRODUCTION")
                    .addRDN(BCStyle.O, "MotCua (demo)")
                    .addRDN(BCStyle.C, "VN")
                    .build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(CA_LIFETIME)), name, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = sign(builder, keys.getPrivate());
            writeKeystore(keystore, keys.getPrivate(), password, certificate);
            writeAtomically(directory.resolve(CA_CERTIFICATE), pem(certificate).getBytes(StandardCharsets.US_ASCII));
            return new DevelopmentCa(keys.getPrivate(), certificate, password);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot open or create the development CA in " + directory, e);
        }
    }

    public X509Certificate certificate() {
        return caCertificate;
    }

    /**
     * Issues a signing certificate and writes its PKCS#12 keystore (key, certificate, CA) to
     * {@code keystore}.
     *
     * @param commonName the holder's name as it appears on signatures
     * @param unitCode   the holder's unit, kept in the subject's organisational unit
     * @param username   the holder's login, kept in the subject's UID; null for an organisation
     */
    public Pkcs12SigningKey issue(Path keystore, String commonName, String unitCode, String username,
            Duration lifetime) {
        try {
            KeyPair keys = newKeyPair();
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, commonName)
                    .addRDN(BCStyle.OU, unitCode)
                    .addRDN(BCStyle.O, "MotCua demo certificate - NOT FOR PRODUCTION")
                    .addRDN(BCStyle.C, "VN");
            if (username != null) {
                subject.addRDN(BCStyle.UID, username);
            }
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(lifetime)), subject.build(),
                    keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(caCertificate));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = sign(builder, caKey);
            Files.createDirectories(keystore.getParent());
            writeKeystore(keystore, keys.getPrivate(), password, certificate, caCertificate);
            return Pkcs12SigningKey.load(keystore, password);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a development certificate to " + commonName, e);
        }
    }

    public static String pem(X509Certificate certificate) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        }
        return out.toString();
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).setBit(63);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static void writeKeystore(Path file, PrivateKey key, char[] password, Certificate... chain)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, password, chain);
        Path temporary = Files.createTempFile(file.getParent(), ".keystore", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".pem", ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
