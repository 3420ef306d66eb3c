package vn.binhxet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup --out FILE [--data-dir DIR]}: writes a backup of the data (a zip that {@code
 * restore} reads) while it stays usable. The file appears only once whole.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
  private final CliServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "cli.backup.option.out")
  Path out;

  public BackupCommand(CliServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() {
    try (CliServices services = factory.open(dataDir)) {
      Path target = out.toAbsolutePath().normalize();
      services.backups().exportTo(target.toString());
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(services.messages().get("cli.backup.done", target));
      stdout.flush();
      return 0;
    }
  }
}
