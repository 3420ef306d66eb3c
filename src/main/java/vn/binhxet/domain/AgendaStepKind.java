package vn.binhxet.domain;

/** What happens in an agenda step (domain.md §2). */
public enum AgendaStepKind {
  OPENING,
  AGENDA_APPROVAL,
  REPORT,
  DISCUSSION,
  CRITERIA,
  NOMINATION,
  CLUSTER_HEAD,
  CONCLUSION,
  OTHER
}
