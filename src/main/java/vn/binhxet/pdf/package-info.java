/**
 * The documents (minutes, counting records, ballot papers) as PDF, written with iText. Knows the
 * domain only.
 */
package vn.binhxet.pdf;
