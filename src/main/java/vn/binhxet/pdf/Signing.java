package vn.binhxet.pdf;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import vn.binhxet.domain.DocumentRenderer.SigningException;
import vn.binhxet.domain.DocumentRenderer.SigningException.Problem;

/**
 * PAdES baseline-B signing with the first key of a PKCS#12 keystore, optionally with a visible
 * signature box at the lower right of the last page.
 */
final class Signing {
  static final String FIELD = "BinhXet";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final Fonts fonts;
  private final DocText text = new DocText();

  Signing(Fonts fonts) {
    this.fonts = fonts;
  }

  byte[] sign(byte[] pdf, byte[] pkcs12, char[] password, boolean visible, String reason) {
    KeyStore store = load(pkcs12, password);
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          PrivateKey key = (PrivateKey) store.getKey(alias, password);
          Certificate[] chain = store.getCertificateChain(alias);
          if (key != null && chain != null && chain.length > 0) {
            return sign(pdf, key, chain, visible, reason);
          }
        }
      }
    } catch (UnrecoverableKeyException e) {
      throw new SigningException(Problem.BAD_PASSWORD, e);
    } catch (GeneralSecurityException e) {
      throw new SigningException(Problem.UNREADABLE, e);
    }
    throw new SigningException(Problem.NO_KEY, null);
  }

  private static KeyStore load(byte[] pkcs12, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(pkcs12), password);
      return store;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new SigningException(Problem.BAD_PASSWORD, e);
      }
      throw new SigningException(Problem.UNREADABLE, e);
    } catch (GeneralSecurityException e) {
      throw new SigningException(Problem.UNREADABLE, e);
    }
  }

  private byte[] sign(
      byte[] pdf, PrivateKey key, Certificate[] chain, boolean visible, String reason) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SignerProperties props =
          new SignerProperties()
              .setFieldName(FIELD)
              .setReason(
                  vn.binhxet.domain.Text.nfc(reason != null ? reason : text.get("sign.reason")));
      if (visible) {
        int pages;
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
          pages = doc.getNumberOfPages();
        }
        String who =
            chain[0] instanceof X509Certificate x
                ? x.getSubjectX500Principal().getName()
                : chain[0].getType();
        SignatureFieldAppearance look =
            new SignatureFieldAppearance(SignerProperties.IGNORED_ID)
                .setContent(text.get("sign.visible", who, WHEN.format(LocalDateTime.now())));
        look.setFont(fonts.forDocument().regular()).setFontSize(8);
        props
            .setPageNumber(pages)
            .setPageRect(
                new Rectangle(
                    110 * PageFormat.MM,
                    13 * PageFormat.MM,
                    85 * PageFormat.MM,
                    11 * PageFormat.MM))
            .setSignatureAppearance(look);
      }
      new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
          .signWithBaselineBProfile(props, chain, key);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException(Problem.UNREADABLE, e);
    }
  }
}
