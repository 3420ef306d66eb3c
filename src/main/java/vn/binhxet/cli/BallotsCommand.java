package vn.binhxet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ballots --conference ID --out FILE [--copies N]}: every secret ballot's papers. */
@Command(name = "ballots", mixinStandardHelpOptions = true)
public final class BallotsCommand extends DocumentCommand {
  @Option(names = "--copies", paramLabel = "N", descriptionKey = "cli.documents.option.copies")
  Integer copies;

  public BallotsCommand(CliServicesFactory factory) {
    super(factory);
  }

  @Override
  byte[] render(CliServices services) {
    return services.documents().ballotPapers(conference, copies);
  }
}
