#pragma once

#include <QByteArray>
#include <QString>

namespace pledgecheck {

/// Writes @p data to @p path through QSaveFile: the old file stays whole until the new one is
/// complete. On failure returns false and sets @p error to a message naming the path and the cause.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace pledgecheck
