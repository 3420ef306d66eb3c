package vn.binhxet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.binhxet.domain.NotFoundException;

/**
 * {@code export --conference ID --out FILE [--data-dir DIR]}: writes the conference file
 * (docs/conference-file.md). Exit 0 when written, else {@link #FAILED} with the reason.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {
  /** The exit code when there is no such conference or the file cannot be written. */
  public static final int FAILED = 1;

  private final CliServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(
      names = "--conference",
      paramLabel = "ID",
      required = true,
      descriptionKey = "cli.export.option.conference")
  long conference;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "cli.export.option.out")
  Path out;

  public ExportCommand(CliServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() {
    try (CliServices services = factory.open(dataDir)) {
      PrintWriter err = spec.commandLine().getErr();
      try {
        services.files().exportTo(conference, out);
      } catch (NotFoundException e) {
        err.println(
            services
                .messages()
                .get("cli.error", services.messages().get("error.notFound", e.id())));
        err.flush();
        return FAILED;
      } catch (IOException e) {
        err.println(
            services
                .messages()
                .get(
                    "cli.error",
                    services.messages().get("cli.export.unwritable", out, String.valueOf(e))));
        err.flush();
        return FAILED;
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(services.messages().get("cli.export.done", conference, out));
      stdout.flush();
      return 0;
    }
  }
}
