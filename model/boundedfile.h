#pragma once

#include "modelmessage.h"

#include <QByteArray>
#include <QString>

namespace pledgecheck {

/// Why readBoundedFile() read nothing.
enum class BoundedReadProblem {
    None,
    NotRegularFile, ///< a directory, device, pipe or socket; detail names which
    CannotOpen,     ///< detail is the system's reason
    TooLarge,       ///< more than the limit (detail empty)
    CannotRead,     ///< detail is the system's reason
};

/// What a caller needs to word a problem of readBoundedFile().
struct BoundedReadDetail {
    /// NotRegularFile: "a directory", "a device", "a pipe", "a socket" or "something else",
    /// marked for the window's catalogue ("ModelMessage").
    const char *kind = nullptr;
    /// CannotOpen, CannotRead: errno and the system's words.
    messagearg::SystemReason reason{0, {}};
};

/// Reads the whole of the regular file at @p path into @p contents, never more than @p limit bytes.
/// Anything but a regular file is refused before it is opened (opening a FIFO blocks until a
/// writer comes, and a device's size() is 0 however much it gives), and the limit is checked while
/// reading, whatever size() says (the file may be growing). On a problem @p contents is empty and
/// @p detail (when given) says what the caller needs to word it: the kind of file or the system's
/// reason.
BoundedReadProblem readBoundedFile(const QString &path, qint64 limit, QByteArray &contents,
                                   BoundedReadDetail *detail = nullptr);

} // namespace pledgecheck
