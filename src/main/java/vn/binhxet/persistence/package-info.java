/** H2, Flyway and jOOQ: the one database file, its migrations and the repositories over it. */
package vn.binhxet.persistence;
