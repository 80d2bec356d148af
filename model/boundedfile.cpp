#include "boundedfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace pledgecheck {
namespace {

QString kindOfFile(const QFileInfo &info)
{
    if (info.isDir())
        return QStringLiteral("a directory");
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(info.filePath()).constData(), &status) == 0) {
        if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
            return QStringLiteral("a device");
        if (S_ISFIFO(status.st_mode))
            return QStringLiteral("a pipe");
        if (S_ISSOCK(status.st_mode))
            return QStringLiteral("a socket");
    }
#endif
    return QStringLiteral("something else");
}

} // namespace

BoundedReadProblem readBoundedFile(const QString &path, qint64 limit, QByteArray &contents,
                                   QString *detail)
{
    contents.clear();
    const auto fail = [&](BoundedReadProblem problem, const QString &why) {
        contents.clear();
        if (detail)
            *detail = why;
        return problem;
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(BoundedReadProblem::NotRegularFile, kindOfFile(info));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(BoundedReadProblem::CannotOpen, file.errorString());
    if (file.size() > limit)
        return fail(BoundedReadProblem::TooLarge, {});
    constexpr qint64 kChunk = 64 * 1024;
    while (contents.size() <= limit) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        contents += chunk;
    }
    if (contents.size() > limit)
        return fail(BoundedReadProblem::TooLarge, {});
    if (file.error() != QFileDevice::NoError)
        return fail(BoundedReadProblem::CannotRead, file.errorString());
    return BoundedReadProblem::None;
}

} // namespace pledgecheck
