#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace pledgecheck {

/// Tells other PledgeCheck windows (other processes, or this one's) that a window has a file open,
/// and finds whether one of them has it already: a QLockFile per file in the user's runtime
/// folder, named by a hash of the file's canonical path, held while the window holds the file.
/// Nothing is refused on its account; it lets the window say so. (Saving over a version another
/// window saved asks first anyway: DocumentController::mayOverwrite().) A window killed holding
/// it leaves a lock that QLockFile finds stale by its dead process.
class OpenFileLock
{
public:
    OpenFileLock();
    ~OpenFileLock();
    OpenFileLock(const OpenFileLock &) = delete;
    OpenFileLock &operator=(const OpenFileLock &) = delete;

    /// Holds the lock of @p path (none for an empty path), letting go of any other. False when
    /// another window holds it: then this one holds nothing, and may try again later. True also
    /// when the lock cannot be made at all (no runtime folder): that says nothing of other windows.
    bool hold(const QString &path);
    void release();

    /// Where the lock of @p path lives: the same for every path naming the same file.
    static QString lockPathOf(const QString &path);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace pledgecheck
