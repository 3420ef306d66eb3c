package vn.binhxet.domain;

public enum ParticipantKind {
  DELEGATE,
  GUEST
}
