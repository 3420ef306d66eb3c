/** The one shared session model, which the console writes and the projector only reads. */
package vn.binhxet.ui.session;
