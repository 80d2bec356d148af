#include "taborder.h"

#include <QApplication>
#include <QDockWidget>
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

void skipWhileBehindTab(QDockWidget *dock)
{
    // Disabled rather than hidden: hidden contents would change the dock's size, and with it
    // the width of the whole tabbed area.
    QObject::connect(dock, &QDockWidget::visibilityChanged, dock, [dock](bool inView) {
        if (dock->widget())
            dock->widget()->setEnabled(inView);
    });
}

void focusNextPane(const QList<QWidget *> &panes, int step)
{
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (panes[i] == focus || panes[i]->isAncestorOf(focus)))
            current = i;
    }
    if (current < 0 && step < 0)
        current = 0; // from outside every pane, Shift+F6 starts at the last
    const qsizetype count = panes.size();
    for (qsizetype tried = 1; tried <= count; ++tried) {
        QWidget *pane = panes[((current + tried * step) % count + count) % count];
        if (pane->isHidden())
            continue; // a dock the user closed
        if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
            dock->raise(); // its tab to the front, if it is one
            if (dock->widget())
                dock->widget()->setEnabled(true);
        }
        for (QWidget *stop : tabStopsOf(pane)) {
            if (stop->isEnabled() && stop->isVisibleTo(pane->window())) {
                stop->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
    }
}

} // namespace pledgecheck
