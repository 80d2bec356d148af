#pragma once

#include "datedentrieseditor.h"

#include <QLabel>
#include <QString>

namespace pledgecheck {

/// The problem line under an Events or Observations table as a user sees it: its text while
/// shown, empty while hidden.
inline QString problemShown(const DatedEntriesEditor &editor)
{
    const auto *label = editor.findChild<QLabel *>();
    return label && label->isVisibleTo(&editor) ? label->text() : QString();
}

} // namespace pledgecheck
