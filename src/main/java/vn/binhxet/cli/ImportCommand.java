package vn.binhxet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ErrorText;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.Messages;
import vn.binhxet.service.Problem;

/**
 * {@code import FILE [--data-dir DIR]}: imports a conference file as a new conference and prints
 * its id on a line of its own. A refused file is reported problem by problem, each with its JSON
 * path, and exits {@link #REFUSED}: nothing of it is stored.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {
  /** The exit code when the file is refused. */
  public static final int REFUSED = 5;

  /** The exit code when the file cannot be read. */
  public static final int UNREADABLE = 1;

  private final CliServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.option.file")
  Path file;

  public ImportCommand(CliServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() {
    try (CliServices services = factory.open(dataDir)) {
      Messages m = services.messages();
      PrintWriter err = spec.commandLine().getErr();
      long id;
      try {
        byte[] bytes;
        try {
          bytes = ConferenceFileService.read(file);
        } catch (IOException e) {
          err.println(m.get("cli.error", m.get("cli.import.unreadable", file, String.valueOf(e))));
          err.flush();
          return UNREADABLE;
        }
        id = services.files().importFile(bytes);
      } catch (InvalidInputException e) {
        err.println(m.get("cli.import.refused", file, e.problems().size()));
        for (Problem p : e.problems()) {
          err.println("  " + ErrorText.located(p, m));
        }
        err.flush();
        return REFUSED;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(id);
      out.flush();
      err.println(m.get("cli.import.done", id, services.dataDir()));
      err.flush();
      return 0;
    }
  }
}
