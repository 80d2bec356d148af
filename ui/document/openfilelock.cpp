#include "openfilelock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace pledgecheck {

OpenFileLock::OpenFileLock() = default;
OpenFileLock::~OpenFileLock() = default;

QString OpenFileLock::lockPathOf(const QString &path)
{
    const QFileInfo file(path);
    // Canonical, so that a link or a relative path to the file finds the same lock.
    QString name = file.canonicalFilePath();
    if (name.isEmpty())
        name = file.absoluteFilePath(); // not on disk (yet)
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex();
    return folder + QStringLiteral("/pledgecheck-open-") + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

bool OpenFileLock::hold(const QString &path)
{
    if (m_lock && m_path == path && m_lock->isLocked())
        return true;
    release();
    if (path.isEmpty())
        return true;
    m_path = path;
    m_lock = std::make_unique<QLockFile>(lockPathOf(path));
    // Held for as long as the file is open, not for a short operation: never stale by its age,
    // only by its process having gone (QLockFile's advice for documents).
    m_lock->setStaleLockTime(0);
    return m_lock->tryLock(0) || m_lock->error() != QLockFile::LockFailedError;
}

void OpenFileLock::release()
{
    m_lock.reset(); // unlocks
    m_path.clear();
}

} // namespace pledgecheck
