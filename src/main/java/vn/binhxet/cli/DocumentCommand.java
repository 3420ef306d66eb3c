package vn.binhxet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.binhxet.domain.DocumentRenderer.SigningException;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.Messages;
import vn.binhxet.service.Problem;

/**
 * What the document commands share: the conference, the file to write (through a file beside it, so
 * a failure never leaves half a PDF), and an optional PAdES signature with a PKCS#12 keystore. Exit
 * 0 when written, else {@link #FAILED} with the reason.
 */
abstract class DocumentCommand implements Callable<Integer> {
  /** The exit code when the document cannot be made, signed or written. */
  static final int FAILED = 1;

  private final CliServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(
      names = "--conference",
      paramLabel = "ID",
      required = true,
      descriptionKey = "cli.documents.option.conference")
  long conference;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "cli.documents.option.out")
  Path out;

  @Option(names = "--sign", paramLabel = "P12", descriptionKey = "cli.documents.option.sign")
  Path keystore;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      interactive = true,
      arity = "0..1",
      descriptionKey = "cli.documents.option.password")
  char[] password;

  @Option(names = "--visible-signature", descriptionKey = "cli.documents.option.visible")
  boolean visible;

  DocumentCommand(CliServicesFactory factory) {
    this.factory = factory;
  }

  /** The document's bytes. */
  abstract byte[] render(CliServices services);

  /** The style named on the command line, or null for the conference's own. */
  static DocumentStyle style(String style) {
    if (style == null) {
      return null;
    }
    try {
      return DocumentStyle.valueOf(style.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          java.util.List.of(Problem.of("style", "documents.style", style)));
    }
  }

  @Override
  public Integer call() {
    try (CliServices services = factory.open(dataDir)) {
      Messages m = services.messages();
      PrintWriter err = spec.commandLine().getErr();
      try {
        byte[] pdf = render(services);
        if (keystore != null) {
          pdf = sign(services, pdf);
        }
        write(out.toAbsolutePath(), pdf);
      } catch (NotFoundException e) {
        return fail(err, m, m.get("error.notFound", e.id()));
      } catch (InvalidInputException e) {
        for (Problem p : e.problems()) {
          fail(err, m, m.get(p.messageKey(), p.args().toArray()));
        }
        return FAILED;
      } catch (SigningException e) {
        return fail(err, m, m.get("cli.documents.sign." + e.problem().name(), keystore));
      } catch (IOException e) {
        return fail(err, m, m.get("cli.documents.unwritable", out, String.valueOf(e)));
      } finally {
        if (password != null) {
          Arrays.fill(password, ' ');
        }
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(m.get("cli.documents.done", out));
      stdout.flush();
      return 0;
    }
  }

  private byte[] sign(CliServices services, byte[] pdf) throws IOException {
    byte[] store = Files.readAllBytes(keystore);
    return services
        .documents()
        .sign(pdf, store, password == null ? new char[0] : password, visible, null);
  }

  private static int fail(PrintWriter err, Messages m, String message) {
    err.println(m.get("cli.error", message));
    err.flush();
    return FAILED;
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
    Path temp = Files.createTempFile(dir, ".binhxet-document-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
