#pragma once

#include <QColor>

namespace pledgecheck::chartcolors {

// The Okabe-Ito palette, told apart by people with any common colour-vision deficiency. The
// charts draw with ChartTheme's colours, which are these hues made readable on the background.
inline const QColor kJobs{0x00, 0x72, 0xB2};      // blue
inline const QColor kOrange{0xE6, 0x9F, 0x00};    // orange
inline const QColor kPledge{0xD5, 0x5E, 0x00};    // vermillion
// The export lens: reddish purple and long dashes, apart from the pledge's solid vermillion (the
// orange it once had was too near it, issue 12).
inline const QColor kExport{0xCC, 0x79, 0xA7};    // reddish purple
inline const QColor kService{0x00, 0x9E, 0x73};   // bluish green

} // namespace pledgecheck::chartcolors
