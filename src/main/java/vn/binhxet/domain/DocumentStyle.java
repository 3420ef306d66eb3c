package vn.binhxet.domain;

/** Party style (Hướng dẫn 36-HD/VPTW) or State style (Decree 30/2020/NĐ-CP) for the documents. */
public enum DocumentStyle {
  PARTY,
  STATE
}
