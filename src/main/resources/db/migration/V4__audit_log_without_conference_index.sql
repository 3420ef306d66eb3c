-- No query reads the audit log by conference: it is read whole (verify, the integrity check, the audit
-- view) or by its last entry. The index was written on every change of recorded data, in the same commit
-- as the change, for nothing: one map fewer to rewrite per entry (decision 0036).

drop index audit_log_conference;
