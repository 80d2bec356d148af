#pragma once

#include <QColor>

namespace pledgecheck::chartcolors {

// The Okabe-Ito palette, told apart by people with any common colour-vision deficiency.
inline const QColor kJobs{0x00, 0x72, 0xB2};      // blue
inline const QColor kExport{0xE6, 0x9F, 0x00};    // orange
inline const QColor kPledge{0xD5, 0x5E, 0x00};    // vermillion
inline const QColor kService{0x00, 0x9E, 0x73};   // bluish green
inline const QColor kBaseline{0x80, 0x80, 0x80};  // grey ghost
inline const QColor kDisplaced{0xC8, 0xC8, 0xC8}; // light grey

} // namespace pledgecheck::chartcolors
