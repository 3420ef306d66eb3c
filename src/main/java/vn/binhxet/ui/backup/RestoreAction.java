package vn.binhxet.ui.backup;

/**
 * Restores a backup that the user chose and confirmed. Given by the app, which alone can close the
 * window's services before the data is replaced and reopen them after.
 */
@FunctionalInterface
public interface RestoreAction {
  void restore(String location);
}
