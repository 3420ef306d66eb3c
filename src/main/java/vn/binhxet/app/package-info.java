/**
 * Wires everything by constructor: the one place that knows every layer. Also the entry point of
 * the jar.
 */
package vn.binhxet.app;
