package vn.binhxet.domain.vote;

public enum RoundStatus {
  OPEN,
  CLOSED
}
