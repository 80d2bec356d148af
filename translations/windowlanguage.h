#pragma once

#include <QLocale>

class QCoreApplication;

namespace pledgecheck {

/// Installs the window's catalogue for @p locale (":/i18n/pledgecheck_<lang>.qm", built into the
/// program) and Qt's own (qtbase_<lang>.qm, from the system's Qt translations when installed, for
/// the standard dialogs' buttons), and makes @p locale the default for numbers and dates.
/// Returns whether PledgeCheck's own catalogue was found; English (no catalogue) returns false.
bool installWindowLanguage(QCoreApplication &application,
                           const QLocale &locale = QLocale::system());

} // namespace pledgecheck
