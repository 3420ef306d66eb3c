package vn.binhxet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attendance-sheet --conference ID --out FILE [--style party|state]}. */
@Command(name = "attendance-sheet", mixinStandardHelpOptions = true)
public final class AttendanceSheetCommand extends DocumentCommand {
  @Option(
      names = "--style",
      paramLabel = "party|state",
      descriptionKey = "cli.documents.option.style")
  String style;

  public AttendanceSheetCommand(CliServicesFactory factory) {
    super(factory);
  }

  @Override
  byte[] render(CliServices services) {
    return services.documents().attendanceSheet(conference, style(style));
  }
}
