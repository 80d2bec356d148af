#include "boundedfile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace pledgecheck {
namespace {

const char *kindOfFile(const QFileInfo &info)
{
    if (info.isDir())
        return QT_TRANSLATE_NOOP("ModelMessage", "a directory");
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(info.filePath()).constData(), &status) == 0) {
        if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
            return QT_TRANSLATE_NOOP("ModelMessage", "a device");
        if (S_ISFIFO(status.st_mode))
            return QT_TRANSLATE_NOOP("ModelMessage", "a pipe");
        if (S_ISSOCK(status.st_mode))
            return QT_TRANSLATE_NOOP("ModelMessage", "a socket");
    }
#endif
    return QT_TRANSLATE_NOOP("ModelMessage", "something else");
}

} // namespace

BoundedReadProblem readBoundedFile(const QString &path, qint64 limit, QByteArray &contents,
                                   BoundedReadDetail *detail)
{
    contents.clear();
    const auto fail = [&](BoundedReadProblem problem, BoundedReadDetail why) {
        contents.clear();
        if (detail)
            *detail = std::move(why);
        return problem;
    };
    // The system's reason with its errno, read straight after the call, so that the window can
    // word the common ones in its language.
    const auto because = [](int error, const QFile &file) {
        return BoundedReadDetail{nullptr, {error, file.errorString().toStdString()}};
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(BoundedReadProblem::NotRegularFile, {kindOfFile(info), {}});
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly))
        return fail(BoundedReadProblem::CannotOpen, because(errno, file));
    if (file.size() > limit)
        return fail(BoundedReadProblem::TooLarge, {});
    constexpr qint64 kChunk = 64 * 1024;
    errno = 0;
    while (contents.size() <= limit) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        contents += chunk;
    }
    if (contents.size() > limit)
        return fail(BoundedReadProblem::TooLarge, {});
    if (file.error() != QFileDevice::NoError)
        return fail(BoundedReadProblem::CannotRead, because(errno, file));
    return BoundedReadProblem::None;
}

} // namespace pledgecheck
