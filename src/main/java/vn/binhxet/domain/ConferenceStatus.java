package vn.binhxet.domain;

public enum ConferenceStatus {
  PREPARING,
  RUNNING,
  CLOSED
}
