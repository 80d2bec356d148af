#include "leftoverrecovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace pledgecheck {

LeftoverRecovery::LeftoverRecovery(const QString &path)
    : m_path(path)
    , m_lock(path + QStringLiteral(".lock"))
{
    // Stale only when its owner has died (QLockFile checks the PID); never by age, since a live
    // window may hold unsaved work for days.
    m_lock.setStaleLockTime(0);
}

std::vector<std::unique_ptr<LeftoverRecovery>> LeftoverRecovery::claimAll(const QString &folder)
{
    std::vector<std::unique_ptr<LeftoverRecovery>> leftovers;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &file : files) {
        std::unique_ptr<LeftoverRecovery> leftover(new LeftoverRecovery(file.absoluteFilePath()));
        if (!leftover->m_lock.tryLock(0))
            continue; // a live window's, or another start is offering it right now
        // Gone between the listing and the lock: a window that just closed cleanly.
        if (!QFileInfo::exists(leftover->m_path))
            continue;
        leftover->m_contents = recoveryfile::read(leftover->m_path, &leftover->m_problem);
        leftovers.push_back(std::move(leftover));
    }
    std::stable_sort(leftovers.begin(), leftovers.end(), [](const auto &a, const auto &b) {
        if (a->m_contents.has_value() != b->m_contents.has_value())
            return a->m_contents.has_value();
        return a->m_contents && a->m_contents->autosavedAt > b->m_contents->autosavedAt;
    });
    return leftovers;
}

bool LeftoverRecovery::remove()
{
    return QFile::remove(m_path);
}

QString LeftoverRecovery::moveAside()
{
    const QFileInfo file(m_path);
    const QString folder = file.absolutePath() + QStringLiteral("/unreadable");
    const QString target = folder + QLatin1Char('/') + file.fileName();
    if (QDir().mkpath(folder) && !QFileInfo::exists(target) && QFile::rename(m_path, target))
        return target;
    return m_path;
}

} // namespace pledgecheck
