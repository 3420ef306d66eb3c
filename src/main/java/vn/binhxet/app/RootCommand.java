package vn.binhxet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code binhxet [--data-dir DIR] [--startup-probe] [FILE]}: with no command, opens the window. */
@Command(
    name = "binhxet",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.VersionProvider.class)
final class RootCommand implements Callable<Integer> {
  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(names = "--startup-probe", descriptionKey = "cli.option.startupProbe")
  boolean startupProbe;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.option.file")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // A word that names neither a command nor a file is most likely a mistyped command.
    if (file != null && !Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(),
          MessageFormat.format(spec.resourceBundle().getString("cli.root.noSuchFile"), file));
    }
    return GuiLauncher.launch(
        new WindowArgs(dataDir, startupProbe, file == null ? null : file.toAbsolutePath()));
  }

  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Bình Xét " + Version.current()};
    }
  }
}
