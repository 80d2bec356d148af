#pragma once

#include <QList>

class QDockWidget;
class QWidget;

namespace pledgecheck {

/// The widgets Tab stops at within @p part (itself included), in their present Tab order, as
/// QWidget::focusNextPrevChild() picks them: those that take focus by Tab, and those whose focus
/// proxy does (a tab widget, which passes it on to its tab bar).
QList<QWidget *> tabStopsOf(QWidget *part);

/// Makes Tab go through @p parts one after the other, in the order given, each part's own stops
/// kept in their order. A window's default Tab order is the order its widgets were made in, which
/// need not be the order they are laid out in.
void chainTabOrder(const QList<QWidget *> &parts);

/// Keeps Tab out of @p dock while it is a tab behind another: Qt leaves such a dock shown, only
/// placed outside the window, so Tab would stop in it with no focus mark in sight. Its contents
/// are disabled while it is out of view and enabled again when it comes to the front.
void skipWhileBehindTab(QDockWidget *dock);

/// Moves the focus to the first stop of the pane after the one that has it (@p step 1) or before
/// it (-1), round @p panes in their order, as F6 does in desktop apps: a dock tabbed behind
/// another comes to the front; a closed one is passed over.
void focusNextPane(const QList<QWidget *> &panes, int step);

} // namespace pledgecheck
