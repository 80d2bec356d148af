#include "fulldisk.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace pledgecheck {

FullDisk::FullDisk()
{
    if (::geteuid() != 0) {
        m_problem = QStringLiteral("mounting a small tmpfs for a full disk needs root (CI runs as root)");
        return;
    }
    const QByteArray folder = QFile::encodeName(m_folder.path());
    if (::mount("tmpfs", folder.constData(), "tmpfs", 0, "size=64k") != 0) {
        m_problem = QStringLiteral("cannot mount a tmpfs on %1: %2")
                        .arg(m_folder.path(), QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

FullDisk::~FullDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder.path()).constData(), MNT_DETACH);
}

QString FullDisk::filePath(const QString &name) const
{
    return m_folder.filePath(name);
}

bool FullDisk::fill(qint64 spareBytes)
{
    const QByteArray path = QFile::encodeName(filePath(QStringLiteral("filler")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray page(4096, 'f');
    qint64 written = 0;
    for (;;) {
        const ssize_t n = ::write(fd, page.constData(), static_cast<size_t>(page.size()));
        if (n <= 0)
            break;
        written += n;
    }
    const bool full = errno == ENOSPC;
    const bool spared = spareBytes <= 0 || ::ftruncate(fd, std::max<qint64>(0, written - spareBytes)) == 0;
    ::close(fd);
    return full && spared;
}

qint64 FullDisk::freeBytes() const
{
    struct statvfs disk {};
    if (::statvfs(QFile::encodeName(m_folder.path()).constData(), &disk) != 0)
        return -1;
    return static_cast<qint64>(disk.f_bavail) * static_cast<qint64>(disk.f_frsize);
}

} // namespace pledgecheck
