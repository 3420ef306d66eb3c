package vn.binhxet.cli;

import vn.binhxet.service.Messages;
import vn.binhxet.service.RestoreService;

/**
 * What {@code restore} works with: the backups of the data folder the user named (null: the default
 * one), with its database left closed.
 */
@FunctionalInterface
public interface RestoreServicesFactory {
  /** The restorer, the data folder's path (for messages) and the user's messages. */
  record Restoring(RestoreService restorer, String dataDir, Messages messages) {}

  Restoring open(String dataDir);
}
