#pragma once

#include <QColor>

namespace pledgecheck::chartcolors {

// The Okabe-Ito palette, told apart by people with any common colour-vision deficiency.
inline const QColor kJobs{0x00, 0x72, 0xB2};      // blue
inline const QColor kOrange{0xE6, 0x9F, 0x00};    // orange
inline const QColor kPledge{0xD5, 0x5E, 0x00};    // vermillion
// The export lens: reddish purple and long dashes, apart from the pledge's solid vermillion (the
// orange it once had was too near it, issue 12).
inline const QColor kExport{0xCC, 0x79, 0xA7};    // reddish purple
inline const QColor kMedian{0x00, 0x00, 0x00};    // black, dotted beside the blue projection
inline const QColor kService{0x00, 0x9E, 0x73};   // bluish green
inline const QColor kBaseline{0xA8, 0xA8, 0xA8};  // light grey ghost
inline const QColor kDisplaced{0xD2, 0xD2, 0xD2}; // light grey band

// Everything is opaque: translucent drawing takes a slower path that costs milliseconds a repaint.
inline const QColor kGrid{0xE4, 0xE4, 0xE4};
inline const QColor kAxisLine{0xA5, 0xA5, 0xA5};
inline const QColor kText{0x40, 0x40, 0x40}; // as the axes' labels

/// @p color as if drawn at @p opacity over white, but opaque.
inline QColor overWhite(const QColor &color, double opacity)
{
    const auto mix = [opacity](int channel) {
        return static_cast<int>(channel * opacity + 255 * (1 - opacity) + 0.5);
    };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

/// The Monte Carlo bands under the jobs line: the jobs blue, faint (10-90 %) and fainter still.
inline const QColor kBandOuter = overWhite(kJobs, 0.14);
inline const QColor kBandInner = overWhite(kJobs, 0.30);

} // namespace pledgecheck::chartcolors
