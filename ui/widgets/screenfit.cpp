#include "screenfit.h"

#include <algorithm>

namespace pledgecheck {

QRect fitInside(const QRect &wanted, const QRect &available, const QSize &minimum)
{
    const QSize size = wanted.size().expandedTo(minimum).boundedTo(available.size());
    QRect fitted(wanted.topLeft(), size);
    // Back inside from whichever edge it crosses; the top-left corner wins over the bottom-right.
    fitted.moveLeft(std::clamp(fitted.left(), available.left(), available.right() - size.width() + 1));
    fitted.moveTop(std::clamp(fitted.top(), available.top(), available.bottom() - size.height() + 1));
    return fitted;
}

} // namespace pledgecheck
