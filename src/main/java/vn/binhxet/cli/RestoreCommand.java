package vn.binhxet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.binhxet.domain.BackupRefusedException;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.service.Backup;
import vn.binhxet.service.ErrorText;
import vn.binhxet.service.Messages;
import vn.binhxet.service.RestoreService;

/**
 * {@code restore (--list | --from FILE | --latest) [--data-dir DIR]}: lists the data folder's
 * backups, or replaces the data with a backup once it has passed the checks. The data replaced is
 * kept as a backup first. Exit {@link #REFUSED} when the backup is refused (the data unchanged).
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
  /** The exit code when the backup is refused. */
  public static final int REFUSED = 5;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  private final RestoreServicesFactory factory;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @ArgGroup(multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--list", required = true, descriptionKey = "cli.restore.option.list")
    boolean list;

    @Option(
        names = "--from",
        paramLabel = "FILE",
        required = true,
        descriptionKey = "cli.restore.option.from")
    Path from;

    @Option(names = "--latest", required = true, descriptionKey = "cli.restore.option.latest")
    boolean latest;
  }

  public RestoreCommand(RestoreServicesFactory factory) {
    this.factory = factory;
  }

  @Override
  public Integer call() {
    RestoreServicesFactory.Restoring r = factory.open(dataDir);
    Messages m = r.messages();
    PrintWriter out = spec.commandLine().getOut();
    if (what.list) {
      list(r.restorer().list(), m, out, r.dataDir());
      return 0;
    }
    try {
      RestoreService.Restored done =
          what.latest
              ? r.restorer().restoreLatest()
              : r.restorer().restore(what.from.toAbsolutePath().normalize().toString());
      out.println(
          m.get(
              "cli.restore.done",
              done.contents().location(),
              done.contents().conferences().size(),
              done.contents().auditEntries()));
      for (ConferenceSummary c : done.contents().conferences()) {
        out.println(
            m.get("cli.restore.conference", c.id(), c.title(), m.get("status." + c.status())));
      }
      if (done.keptAs() != null) {
        out.println(m.get("cli.restore.kept", done.keptAs()));
      }
      if (done.contents().encrypted()) {
        out.println(m.get("cli.restore.backupPassword"));
      }
      if (done.contents().withoutPassword()) {
        out.println(m.get("cli.restore.withoutPassword"));
      }
      out.flush();
      return 0;
    } catch (BackupRefusedException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(m.get("cli.error", ErrorText.describe(e, m)));
      err.println(m.get("backup.refused.unchanged"));
      err.flush();
      return REFUSED;
    }
  }

  private static void list(List<Backup> backups, Messages m, PrintWriter out, String dataDir) {
    if (backups.isEmpty()) {
      out.println(m.get("cli.restore.none", dataDir));
    }
    for (Backup b : backups) {
      out.println(
          m.get(
              "cli.restore.line",
              b.takenAt().format(WHEN),
              kilobytes(b.size()),
              m.get("backup.reason." + (b.reason() == null ? "OTHER" : b.reason().name())),
              b.location()));
    }
    out.flush();
  }

  private static long kilobytes(long bytes) {
    return (bytes + 1023) / 1024;
  }
}
