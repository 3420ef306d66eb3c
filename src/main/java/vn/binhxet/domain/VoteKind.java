package vn.binhxet.domain;

public enum VoteKind {
  NOMINATION,
  CLUSTER_HEAD,
  DEPUTY_HEAD,
  MOTION
}
