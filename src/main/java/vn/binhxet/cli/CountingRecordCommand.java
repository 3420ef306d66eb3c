package vn.binhxet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code counting-record --conference ID --out FILE [--style party|state]}: every count. */
@Command(name = "counting-record", mixinStandardHelpOptions = true)
public final class CountingRecordCommand extends DocumentCommand {
  @Option(
      names = "--style",
      paramLabel = "party|state",
      descriptionKey = "cli.documents.option.style")
  String style;

  public CountingRecordCommand(CliServicesFactory factory) {
    super(factory);
  }

  @Override
  byte[] render(CliServices services) {
    return services.documents().countingRecords(conference, style(style));
  }
}
