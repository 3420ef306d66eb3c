package vn.binhxet.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import vn.binhxet.bench.BenchCommand;
import vn.binhxet.bench.BenchServices;
import vn.binhxet.cli.AttendanceSheetCommand;
import vn.binhxet.cli.BackupCommand;
import vn.binhxet.cli.BallotsCommand;
import vn.binhxet.cli.CliServices;
import vn.binhxet.cli.CountingRecordCommand;
import vn.binhxet.cli.DataPassword;
import vn.binhxet.cli.DemoCommand;
import vn.binhxet.cli.ExportCommand;
import vn.binhxet.cli.ImportCommand;
import vn.binhxet.cli.MinutesCommand;
import vn.binhxet.cli.PasswordCommand;
import vn.binhxet.cli.PasswordPrompt;
import vn.binhxet.cli.RestoreCommand;
import vn.binhxet.cli.RestoreServicesFactory;
import vn.binhxet.cli.ResultsCommand;
import vn.binhxet.cli.VerifyCommand;
import vn.binhxet.domain.StorageException;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.AuditService;
import vn.binhxet.service.BackupService;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.DocumentService;
import vn.binhxet.service.ErrorText;
import vn.binhxet.service.Messages;
import vn.binhxet.service.VoteService;

/**
 * The entry point of the jar. A plain class, not an {@code Application}: on the class path, JavaFX
 * starts only from a launcher that does not extend it.
 */
public final class Launcher {
  /** Exit code when the data cannot be used. */
  static final int STORAGE_ERROR = 3;

  private Launcher() {}

  /** The commands' names: a start with none of them (and no option but the window's) opens it. */
  static final Set<String> COMMANDS =
      Set.of(
          "demo",
          "results",
          "verify",
          "export",
          "import",
          "minutes",
          "counting-record",
          "ballots",
          "attendance-sheet",
          "password",
          "backup",
          "restore",
          "bench");

  public static void main(String[] args) {
    Optional<WindowArgs> window = WindowArgs.read(args, COMMANDS);
    int code;
    if (window.isPresent()) {
      quietLibraries();
      code = GuiLauncher.launch(window.get());
    } else {
      code =
          run(
              args,
              new PrintWriter(System.out, true, StandardCharsets.UTF_8),
              new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }
    System.exit(code);
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, TerminalPassword.standard(err));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, PasswordPrompt passwords) {
    quietLibraries();
    Messages messages =
        new Messages(
            new SettingsFile(DataDirectory.forThisProcess(dataDirOption(args))).language());
    return commandLine(messages, passwords, out, err).execute(args);
  }

  static CommandLine commandLine(
      Messages messages, PasswordPrompt passwords, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new RootCommand());
    cli.addSubcommand("demo", new DemoCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("results", new ResultsCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("verify", new VerifyCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("export", new ExportCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("import", new ImportCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("minutes", new MinutesCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand(
        "counting-record", new CountingRecordCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("ballots", new BallotsCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand(
        "attendance-sheet", new AttendanceSheetCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("password", new PasswordCommand(dataPassword(), passwords, messages));
    cli.addSubcommand("backup", new BackupCommand(dir -> open(dir, messages, passwords, err)));
    cli.addSubcommand("restore", new RestoreCommand(dir -> restoring(dir, messages, passwords)));
    cli.addSubcommand("bench", new BenchCommand(Launcher::benchServices, messages));
    cli.setResourceBundle(messages.bundle());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println(messages.get("cli.error", ErrorText.describe(e, messages)));
          return e instanceof StorageException ? STORAGE_ERROR : 1;
        });
    return cli;
  }

  private static DataPassword dataPassword() {
    return new DataPassword() {
      @Override
      public boolean isEncrypted(String dataDir) {
        return Database.isEncryptedQuietly(DataDirectory.forThisProcess(dataDir));
      }

      @Override
      public void change(String dataDir, char[] current, char[] next) {
        Database.changePassword(DataDirectory.forThisProcess(dataDir), current, next);
      }
    };
  }

  private static CliServices open(
      String dataDir, Messages messages, PasswordPrompt passwords, PrintWriter err) {
    Path dir = DataDirectory.forThisProcess(dataDir);
    char[] password =
        Database.isEncryptedQuietly(dir)
            ? passwords.ask(messages.get("cli.password.ask.current"))
            : null;
    Services services;
    try {
      services = Services.open(dir, password, Clock.systemDefaultZone());
    } finally {
      if (password != null) {
        java.util.Arrays.fill(password, '\0');
      }
    }
    return new CliServices() {
      @Override
      public ConferenceService conferences() {
        return services.conferences();
      }

      @Override
      public VoteService votes() {
        return services.votes();
      }

      @Override
      public DemoService demo() {
        return services.demo();
      }

      @Override
      public AuditService audit() {
        return services.audit();
      }

      @Override
      public ConferenceFileService files() {
        return services.files();
      }

      @Override
      public DocumentService documents() {
        return services.documents();
      }

      @Override
      public BackupService backups() {
        return services.backups();
      }

      @Override
      public Messages messages() {
        return messages;
      }

      @Override
      public String dataDir() {
        return dir.toString();
      }

      @Override
      public void close() {
        try {
          services.backups().atExit();
        } catch (RuntimeException e) {
          // The command did its work; only the copy of it failed, and the user is told so.
          err.println(messages.get("cli.backup.exitFailed", ErrorText.describe(e, messages)));
          err.flush();
        } finally {
          services.close();
        }
      }
    };
  }

  /** The benchmark measures the services as the app wires them, on a data folder of its own. */
  private static BenchServices benchServices(Path dir) {
    Services s = Services.open(dir, Clock.systemDefaultZone());
    return new BenchServices(
        s.conferences(),
        s.preparation(),
        s.programme(),
        s.agenda(),
        s.votes(),
        s.entries(),
        s.demo(),
        s.files(),
        s.documents(),
        s.backups()::takeBackupsOn,
        s::close);
  }

  private static RestoreServicesFactory.Restoring restoring(
      String dataDir, Messages messages, PasswordPrompt passwords) {
    Path dir = DataDirectory.forThisProcess(dataDir);
    return new RestoreServicesFactory.Restoring(
        Services.restorer(
            dir,
            Clock.systemDefaultZone(),
            () -> passwords.ask(messages.get("cli.password.ask.backup"))),
        dir.toString(),
        messages);
  }

  /** The language is read from the data folder's settings before the arguments are parsed. */
  static String dataDirOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data-dir") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--data-dir=")) {
        return args[i].substring("--data-dir=".length());
      }
    }
    return null;
  }

  /** jOOQ greets on first use; the user does not need to read that. */
  static void quietLibraries() {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }
}
