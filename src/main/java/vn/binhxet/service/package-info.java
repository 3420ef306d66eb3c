/** The use cases, synchronous, one transaction each. Knows the domain only. */
package vn.binhxet.service;
