#include "taborder.h"

#include <QWidget>

namespace pledgecheck {

namespace {

// Whether Tab stops at @p widget, as Qt 6.4 decides: a widget that passes its focus on to a
// proxy stops by the proxy's policy (a tab widget, at its tab bar), unless it is part of the
// proxy (a spin box's line edit, a view's viewport).
bool isTabStop(QWidget *widget)
{
    QWidget *proxy = widget->focusProxy();
    while (proxy && proxy->focusProxy())
        proxy = proxy->focusProxy();
    const Qt::FocusPolicy policy = proxy ? proxy->focusPolicy() : widget->focusPolicy();
    return (policy & Qt::TabFocus) == Qt::TabFocus && !(proxy && proxy->isAncestorOf(widget));
}

} // namespace

QList<QWidget *> tabStopsOf(QWidget *part)
{
    QList<QWidget *> stops;
    // The focus chain is a ring through the whole window: go round it once from the part.
    QWidget *widget = part;
    do {
        if ((widget == part || part->isAncestorOf(widget)) && isTabStop(widget))
            stops.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget != part);
    return stops;
}

void chainTabOrder(const QList<QWidget *> &parts)
{
    QList<QWidget *> stops;
    for (QWidget *part : parts)
        stops += tabStopsOf(part);
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops[i - 1], stops[i]);
}

} // namespace pledgecheck
