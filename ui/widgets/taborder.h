#pragma once

#include <QList>

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

} // namespace pledgecheck
