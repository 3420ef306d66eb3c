package vn.binhxet.cli;

/** The password of a data folder's database, as the app can read and change it. */
public interface DataPassword {
  /** Whether the data folder (null: the default one) holds an encrypted database. */
  boolean isEncrypted(String dataDir);

  /**
   * Sets, changes or removes the password of the data folder's database, which no other copy of the
   * app may hold open.
   *
   * @param current null when the database is not encrypted
   * @param next null to remove the password
   */
  void change(String dataDir, char[] current, char[] next);
}
