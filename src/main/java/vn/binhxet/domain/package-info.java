/**
 * The conference, its units, people, agenda, awards and votes, and the rules that decide them:
 * plain Java, no I/O. The repository interfaces live here.
 */
package vn.binhxet.domain;
