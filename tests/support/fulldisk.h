#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pledgecheck {

/// A real full disk for tests of writing: a 64 KiB tmpfs mounted on a temporary folder, filled on
/// request, unmounted when destroyed. Mounting needs root (CI runs as root); where it is refused,
/// isMounted() is false and problem() says why, for the test to skip with.
class FullDisk
{
public:
    FullDisk();
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString problem() const { return m_problem; }

    /// @p name inside the mounted folder.
    QString filePath(const QString &name) const;

    /// Fills the disk with one filler file, leaving @p spareBytes (whole 4 KiB pages) free.
    /// False if the disk could not be filled.
    bool fill(qint64 spareBytes = 0);

    /// Bytes still free, as statvfs() counts them.
    qint64 freeBytes() const;

private:
    QTemporaryDir m_folder;
    bool m_mounted = false;
    QString m_problem;
};

} // namespace pledgecheck
