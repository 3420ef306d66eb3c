package vn.binhxet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import vn.binhxet.cli.PasswordPrompt;

/**
 * Passwords for the headless commands: from the terminal without echo when there is one, else one
 * line of standard input each (a script pipes them in). Read character by character, never through
 * a String, so that they can be wiped.
 */
final class TerminalPassword {
  private TerminalPassword() {}

  static PasswordPrompt standard(PrintWriter err) {
    java.io.Console console = System.console();
    if (console != null) {
      return prompt -> console.readPassword("%s ", prompt);
    }
    Reader in = new InputStreamReader(System.in, Charset.defaultCharset());
    return prompt -> {
      err.print(prompt + " ");
      err.flush();
      return readLine(in);
    };
  }

  /** One line without its end; null at the end of the input. */
  static char[] readLine(Reader in) {
    char[] buffer = new char[64];
    int length = 0;
    try {
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (length == buffer.length) {
          char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
          Arrays.fill(buffer, '\0');
          buffer = bigger;
        }
        buffer[length++] = (char) c;
      }
      if (c == -1 && length == 0) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    char[] line = Arrays.copyOf(buffer, length);
    Arrays.fill(buffer, '\0');
    return line;
  }

  static PasswordPrompt lines(InputStream in, Charset charset) {
    Reader reader = new InputStreamReader(in, charset);
    return prompt -> readLine(reader);
  }
}
