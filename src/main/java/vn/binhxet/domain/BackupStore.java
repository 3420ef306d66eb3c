package vn.binhxet.domain;

import java.util.List;

/**
 * The backups folder of a data folder. Only finished backups are listed: one being written bears a
 * temporary name until it is whole.
 */
public interface BackupStore {
  /** Every finished backup in the folder, in no particular order. */
  List<BackupFile> list();

  /** Where a backup called {@code name} lives (or will); the folder is created when missing. */
  String locationOf(String name);

  void delete(String name);

  /** Removes what a crash left half-written; how many were removed. */
  int removeUnfinished();
}
