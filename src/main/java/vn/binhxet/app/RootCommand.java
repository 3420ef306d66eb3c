package vn.binhxet.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

  @Override
  public Integer call() {
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
