package vn.binhxet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.DocumentRenderer.SigningException;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.MinutesFacts;

/** PAdES baseline-B signing with a PKCS#12 keystore made here, and what tampering does to it. */
class SigningTest {
  static final char[] PASSWORD = "mật-khẩu".toCharArray();
  static byte[] keystore;
  static byte[] minutes;
  final PdfDocuments documents = new PdfDocuments();

  @BeforeAll
  static void makeAKeystoreAndADocument() throws Exception {
    Security.addProvider(new BouncyCastleProvider());
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair pair = gen.generateKeyPair();
    X500Name who = new X500Name("CN=Thư ký Hội nghị, O=Ban Nội chính Tỉnh uỷ, C=VN");
    long now = System.currentTimeMillis();
    X509Certificate cert =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        who,
                        BigInteger.valueOf(now),
                        new Date(now - 86_400_000L),
                        new Date(now + 365 * 86_400_000L),
                        who,
                        pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("signer", pair.getPrivate(), PASSWORD, new Certificate[] {cert});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, PASSWORD);
    keystore = out.toByteArray();
    minutes = new PdfDocuments().minutes(facts());
  }

  /** The demo as prepared, nothing recorded: enough to sign. */
  static MinutesFacts facts() {
    var c = DemoConference.create();
    return new MinutesFacts(
        1,
        c,
        DocumentStyle.PARTY,
        null,
        null,
        java.util.List.of(),
        DemoConference.UNITS,
        java.util.List.of(),
        new MinutesFacts.Quorum(0, 11, c.votes().get(2).rule(), false),
        java.util.List.of(),
        java.util.List.of(),
        new MinutesFacts.AuditHead(0, null),
        java.time.LocalDateTime.of(2018, 12, 3, 11, 0));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSignedDocumentVerifiesAndCoversTheWholeFile(boolean visible) throws Exception {
    byte[] signed = documents.sign(minutes, keystore, PASSWORD, visible, null);
    try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed)))) {
      SignatureUtil util = new SignatureUtil(pdf);
      assertThat(util.getSignatureNames()).containsExactly(Signing.FIELD);
      PdfPKCS7 pkcs7 = util.readSignatureData(Signing.FIELD);
      assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isTrue();
      assertThat(util.signatureCoversWholeDocument(Signing.FIELD)).isTrue();
      assertThat(pkcs7.getSigningCertificate().getSubjectX500Principal().getName())
          .contains("Thư ký Hội nghị");
    }
  }

  @Test
  void aTamperedSignedDocumentFailsToVerify() throws Exception {
    byte[] signed = documents.sign(minutes, keystore, PASSWORD, false, null);
    // Change one byte of the document's text, inside the signed range.
    String latin1 = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = latin1.indexOf("/Creator");
    assertThat(at).isPositive();
    byte[] tampered = signed.clone();
    tampered[at + 10] = (byte) (tampered[at + 10] ^ 0x01);
    try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(tampered)))) {
      SignatureUtil util = new SignatureUtil(pdf);
      PdfPKCS7 pkcs7 = util.readSignatureData(Signing.FIELD);
      assertThat(pkcs7.verifySignatureIntegrityAndAuthenticity()).isFalse();
    }
  }

  @Test
  void aWrongPasswordIsToldAsSuch() {
    assertThatThrownBy(() -> documents.sign(minutes, keystore, "sai".toCharArray(), false, null))
        .isInstanceOfSatisfying(
            SigningException.class,
            e -> assertThat(e.problem()).isEqualTo(SigningException.Problem.BAD_PASSWORD));
  }

  @Test
  void aFileThatIsNoKeystoreIsToldAsUnreadable() {
    assertThatThrownBy(() -> documents.sign(minutes, minutes, PASSWORD, false, null))
        .isInstanceOfSatisfying(
            SigningException.class,
            e -> assertThat(e.problem()).isEqualTo(SigningException.Problem.UNREADABLE));
  }
}
