package vn.binhxet.domain;

/** What a person does at the conference. */
public enum Role {
  NONE,
  CHAIR,
  SECRETARY,
  COUNTING_HEAD,
  COUNTING_MEMBER
}
