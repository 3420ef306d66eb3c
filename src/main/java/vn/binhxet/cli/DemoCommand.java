package vn.binhxet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo [--data-dir DIR] [--rehearse]}: creates the demo conference and prints its id on a
 * line of its own.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
  private final CliServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(names = "--rehearse", descriptionKey = "cli.option.rehearse")
  boolean rehearse;

  public DemoCommand(CliServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() {
    try (CliServices services = factory.open(dataDir)) {
      long id = rehearse ? services.demo().createToRehearse() : services.demo().create();
      PrintWriter out = spec.commandLine().getOut();
      out.println(id);
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          services
              .messages()
              .get(
                  rehearse ? "cli.demo.rehearse" : "cli.demo.illustrative",
                  id,
                  services.dataDir()));
      err.flush();
      return 0;
    }
  }
}
