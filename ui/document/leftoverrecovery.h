#pragma once

#include "recoveryfile.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace pledgecheck {

/// A recovery file left by a window that is gone: its lock was free or held by a process that has
/// died. While this object lives, this process holds the file's lock, so no other window offers it
/// at the same time; destroyed, it leaves the file (if not removed) to be offered again.
class LeftoverRecovery
{
public:
    /// Every recovery file in @p folder whose window is gone, the readable ones newest autosave
    /// first, then the unreadable ones. A file whose lock a live process holds is never touched.
    static std::vector<std::unique_ptr<LeftoverRecovery>> claimAll(const QString &folder);

    QString path() const { return m_path; }
    /// The file's contents, or none when it cannot be read (see problem()).
    const std::optional<recoveryfile::Contents> &contents() const { return m_contents; }
    /// Why the file cannot be read, one line starting with its path.
    QString problem() const { return m_problem; }

    /// Deletes the file, once the user has restored or discarded its work.
    bool remove();
    /// Moves an unreadable file into the "unreadable" folder beside it, where no start offers it
    /// again, and returns its new path; returns the old path when it cannot be moved.
    QString moveAside();

private:
    explicit LeftoverRecovery(const QString &path);
    LeftoverRecovery(const LeftoverRecovery &) = delete;
    LeftoverRecovery &operator=(const LeftoverRecovery &) = delete;

    QString m_path;
    QLockFile m_lock;
    std::optional<recoveryfile::Contents> m_contents;
    QString m_problem;
};

} // namespace pledgecheck
