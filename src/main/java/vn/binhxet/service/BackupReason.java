package vn.binhxet.service;

/** Why a backup was taken; the word ends its file name. */
public enum BackupReason {
  /** Activity went on for the interval since the last backup. */
  AUTO("auto"),
  /** A round was closed or a tie decided: an outcome worth keeping at once. */
  ROUND_CLOSED("round-closed"),
  /** The app or a headless command that wrote has finished. */
  EXIT("exit"),
  /** The data as it was just before a backup replaced it. */
  BEFORE_RESTORE("before-restore");

  private final String word;

  BackupReason(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  static BackupReason ofWord(String word) {
    for (BackupReason r : values()) {
      if (r.word.equals(word)) {
        return r;
      }
    }
    return null;
  }
}
