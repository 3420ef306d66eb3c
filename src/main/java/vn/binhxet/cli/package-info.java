/** The headless commands, over the same services as the window. */
package vn.binhxet.cli;
