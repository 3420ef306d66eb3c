package vn.binhxet.cli;

/**
 * Opens the services on the data folder the user named (null: the default one). Given to the
 * commands by the app, which alone knows how to open the database.
 */
@FunctionalInterface
public interface CliServicesFactory {
  CliServices open(String dataDir);
}
