package vn.binhxet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code minutes --conference ID --out FILE [--style party|state] [--sign P12]}. */
@Command(name = "minutes", mixinStandardHelpOptions = true)
public final class MinutesCommand extends DocumentCommand {
  @Option(
      names = "--style",
      paramLabel = "party|state",
      descriptionKey = "cli.documents.option.style")
  String style;

  public MinutesCommand(CliServicesFactory factory) {
    super(factory);
  }

  @Override
  byte[] render(CliServices services) {
    return services.documents().minutes(conference, style(style));
  }
}
