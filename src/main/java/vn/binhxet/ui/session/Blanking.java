package vn.binhxet.ui.session;

/**
 * Whether the projector is blanked: not at all, to black, or to the conference's title (between
 * items, or while the secretary corrects something the hall need not watch).
 */
public enum Blanking {
  OFF,
  BLACK,
  TITLE
}
