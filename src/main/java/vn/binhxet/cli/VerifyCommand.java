package vn.binhxet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.binhxet.service.AuditService;
import vn.binhxet.service.Messages;
import vn.binhxet.service.VerdictText;

/**
 * {@code verify [--data-dir DIR]}: walks the audit chain and every round's fingerprint. Exit 0 when
 * intact, else {@link #TAMPERED}, naming each place that no longer fits and what to do.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
public final class VerifyCommand implements Callable<Integer> {
  /** The exit code when the data does not fit its log. */
  public static final int TAMPERED = 4;

  private final CliServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  public VerifyCommand(CliServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() {
    try (CliServices services = factory.open(dataDir)) {
      AuditService.Verdict verdict = services.audit().verify();
      PrintWriter out = spec.commandLine().getOut();
      if (verdict.intact()) {
        out.println(services.messages().get("cli.verify.intact", verdict.entries()));
        out.flush();
        return 0;
      }
      PrintWriter err = spec.commandLine().getErr();
      Messages m = services.messages();
      err.println(m.get("integrity.tampered", verdict.mismatches().size()));
      for (String line : VerdictText.lines(verdict, m)) {
        err.println("  " + line);
      }
      err.println(VerdictText.advice(m));
      err.flush();
      return TAMPERED;
    }
  }
}
