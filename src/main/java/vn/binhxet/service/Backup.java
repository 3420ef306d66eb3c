package vn.binhxet.service;

import java.time.LocalDateTime;

/**
 * A backup in the data folder: when it was taken (local time, read from its name), why (null when
 * its name does not say), where and how big.
 */
public record Backup(
    String name, String location, LocalDateTime takenAt, BackupReason reason, long size) {}
