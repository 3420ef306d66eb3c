package vn.binhxet.persistence;

import java.nio.file.Path;

/** Run in a child JVM: holds a data folder's database open, as another copy of the app would. */
public final class DatabaseHolder {
  private DatabaseHolder() {}

  public static void main(String[] args) throws Exception {
    try (Database db = Database.open(Path.of(args[0]))) {
      System.out.println("ready");
      System.out.flush();
      // Held until the test closes our standard input.
      while (System.in.read() != -1) {
        Thread.onSpinWait();
      }
    }
  }
}
