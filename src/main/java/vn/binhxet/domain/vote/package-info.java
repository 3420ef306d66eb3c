/**
 * The vote engine: from what was recorded in a round (show of hands or secret ballot), the exact
 * result: shares of the base, who passes, who is nominated within the quota, who is tied at the
 * cutoff; and the catalogue of checks that an entry must pass. Integer arithmetic only.
 */
package vn.binhxet.domain.vote;
