#pragma once

#include <QRect>

namespace pledgecheck {

/// @p wanted moved and, if need be, shrunk so that it lies wholly inside @p available (a
/// screen's available geometry): a window remembered from a larger screen, or a default size
/// larger than a laptop's, opens inside the screen instead of beyond its edges. Never smaller than
/// @p minimum, unless @p available itself is smaller.
QRect fitInside(const QRect &wanted, const QRect &available, const QSize &minimum = QSize());

} // namespace pledgecheck
