#pragma once
// A small 5x7 bitmap font for drover-sim's generated VNC screens (drawn by hand for Drover).
// Covers digits, A-Z, a few punctuation marks; lower case is drawn with the upper-case glyphs.
#include <QtGlobal>

namespace drover::sim {

// Row 0..6 of the glyph for c: bit 4 is the leftmost pixel. Unknown characters draw a box.
quint8 glyphRow(char c, int row);

} // namespace drover::sim
