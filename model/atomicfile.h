#pragma once

#include "modelmessage.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace pledgecheck {

/// The one writer of every file the program writes: scenarios, the recovery file, CSV and the
/// exported images (encoded in memory first).
///
/// Writes @p data to @p path so that @p path holds either the old file, whole, or all of @p data:
/// the bytes go to a temporary file beside it, which is synced to disk and only then renamed over
/// the old one. Returns true only once every byte has reached the disk.
///
/// An existing file keeps its permission bits (also when the caller is root and the file is
/// read-only) and, when the caller is root, its owner. A path that exists and is not a regular
/// file (a folder, a device such as /dev/null, a named pipe, a socket, or a link to one) is
/// refused and left alone.
///
/// On failure returns false, leaves no temporary file behind, and sets @p error (if not null) to
/// one line naming the path and the system's reason, e.g.
/// "cannot write /media/x/a.csv: No space left on device".
/// The message has an id the window words in its language (ui/text/messagetext.h); the QString
/// form gives it in English.
bool writeFileAtomically(const QString &path, const QByteArray &data, std::optional<ModelMessage> *error);
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);
/// The same when no message is wanted.
inline bool writeFileAtomically(const QString &path, const QByteArray &data, std::nullptr_t)
{
    return writeFileAtomically(path, data, static_cast<QString *>(nullptr));
}

} // namespace pledgecheck
