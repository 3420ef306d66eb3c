package vn.binhxet.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.binhxet.service.DataPasswordRule;
import vn.binhxet.service.Messages;

/**
 * {@code password [--remove] [--data-dir DIR]}: encrypts the data with a password, changes it, or
 * removes it. The passwords are asked at the terminal, the new one twice; none is kept anywhere.
 */
@Command(name = "password", mixinStandardHelpOptions = true)
public final class PasswordCommand implements Callable<Integer> {
  /** The exit code when the password was not changed. */
  public static final int REFUSED = 1;

  private final DataPassword data;
  private final PasswordPrompt prompt;
  private final Messages messages;

  @Spec CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
  String dataDir;

  @Option(names = "--remove", descriptionKey = "cli.password.option.remove")
  boolean remove;

  public PasswordCommand(DataPassword data, PasswordPrompt prompt, Messages messages) {
    this.data = data;
    this.prompt = prompt;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean encrypted = data.isEncrypted(dataDir);
    if (remove && !encrypted) {
      err.println(messages.get("cli.password.notEncrypted"));
      return REFUSED;
    }
    char[] current = null;
    char[] next = null;
    char[] again = null;
    try {
      if (encrypted) {
        current = prompt.ask(messages.get("cli.password.ask.current"));
        if (current == null) {
          err.println(messages.get("cli.password.none"));
          return REFUSED;
        }
      }
      if (!remove) {
        next = prompt.ask(messages.get("cli.password.ask.new"));
        if (!DataPasswordRule.longEnough(next)) {
          err.println(messages.get("cli.password.tooShort", DataPasswordRule.MIN_LENGTH));
          return REFUSED;
        }
        again = prompt.ask(messages.get("cli.password.ask.again"));
        if (!Arrays.equals(next, again)) {
          err.println(messages.get("cli.password.differ"));
          return REFUSED;
        }
      }
      data.change(dataDir, current, next);
      String done = remove ? "removed" : encrypted ? "changed" : "set";
      out.println(messages.get("cli.password." + done));
      out.println(messages.get("cli.password.backups"));
      out.flush();
      return 0;
    } finally {
      for (char[] a : new char[][] {current, next, again}) {
        if (a != null) {
          Arrays.fill(a, '\0');
        }
      }
    }
  }
}
