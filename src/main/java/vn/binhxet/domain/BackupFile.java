package vn.binhxet.domain;

/**
 * A finished backup in the data folder's backups folder: its file name, where it is (for messages
 * and for restoring) and its size in bytes.
 */
public record BackupFile(String name, String location, long size) {}
