package vn.binhxet.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** {@code binhxet [--data-dir DIR] [--startup-probe]}: with no command, opens the window. */
@Command(
    name = "binhxet",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.VersionProvider.class)
final class RootCommand implements Callable<Integer> {
  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(names = "--startup-probe", descriptionKey = "cli.option.startupProbe")
  boolean startupProbe;

  @Override
  public Integer call() {
    return GuiLauncher.launch(dataDir, startupProbe);
  }

  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Bình Xét " + Version.current()};
    }
  }
}
