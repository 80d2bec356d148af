#pragma once

#include <QEvent>
#include <QObject>

namespace pledgecheck {

/// Counts the requests for a new layout that reach the widget it filters: how often a change
/// inside a window has the window lay itself out again.
class LayoutRequests : public QObject
{
public:
    int count = 0;

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

} // namespace pledgecheck
