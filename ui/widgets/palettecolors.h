#pragma once

#include <QColor>
#include <QPalette>

namespace pledgecheck {

/// Whether @p palette draws light text on a dark window: a dark desktop theme.
inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

/// The window's warning colour (a value out of range, a distribution that cannot be): a dark
/// vermillion on a light window, a light one on a dark window, each above 4.5:1 on its window.
inline QColor warningColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xFF, 0x8A, 0x65) : QColor(0xB0, 0x30, 0x00);
}

} // namespace pledgecheck
