#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

namespace pledgecheck {

class ScenarioDocument;

/// Keeps one window's unsaved work safe from a crash: a couple of seconds after each change to a
/// modified document, writes it (atomically) to the window's own recovery file, with the file it
/// came from and the time; removes the file once the document is saved or discarded.
///
/// Every window has its own file in recoveryFolder(), guarded by a lock file held for the
/// window's life, so no other window offers, replaces or deletes it. A recovery file whose lock is
/// no longer held by a live process was left by a window that ended without saving; see
/// LeftoverRecovery.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(ScenarioDocument *document, QObject *parent = nullptr);
    ~Autosaver() override;

    /// The folder of every window's recovery files (under QStandardPaths::AppDataLocation).
    static QString recoveryFolder();
    /// This window's recovery file; it exists only while the document holds unsaved work.
    QString recoveryFilePath() const { return m_recoveryFilePath; }

    /// Writes the recovery file now if the document is modified, removes it otherwise. True when
    /// the file on disk then matches the document.
    bool saveNow();
    /// Removes this window's recovery file: after a save, a discard, or a clean close.
    void discardRecovery();

private:
    bool holdLock();

    ScenarioDocument *m_document;
    QTimer m_timer;
    QString m_recoveryFilePath;
    QLockFile m_lock;
};

} // namespace pledgecheck
