package vn.binhxet.persistence;

import java.nio.file.Path;
import vn.binhxet.domain.DatabaseCopier;

/** Backs up the open database with H2's online {@code BACKUP TO}, whole or not at all. */
public final class OnlineBackup implements DatabaseCopier {
  private final Database database;

  public OnlineBackup(Database database) {
    this.database = database;
  }

  @Override
  public void backupTo(String location) {
    ZipFiles.writeWhole(Path.of(location), database::backupTo);
  }
}
