/**
 * The console's projector control: the live preview, opening and closing the projector, blanking
 * it, and each vote's result visibility.
 */
package vn.binhxet.ui.projectorcontrol;
