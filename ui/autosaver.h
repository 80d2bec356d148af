#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace pledgecheck {

class ScenarioDocument;
struct Scenario;

/// Keeps unsaved work safe from a crash: a couple of seconds after each change to a modified
/// document, writes it (atomically) to a recovery file in the app's data folder; removes the file
/// once the document is saved or discarded. At the next start, a recovery file that is still there
/// means the last session ended without saving.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(ScenarioDocument *document, QObject *parent = nullptr);

    /// Where the recovery file lives (QStandardPaths::AppDataLocation).
    static QString recoveryPath();
    /// The scenario left by a session that ended with unsaved changes, if any, and the file it
    /// came from (empty for an untitled one).
    static std::optional<Scenario> recoverable(QString *originalPath);
    /// Forgets the recovery file: after a save, a discard, or declining to recover.
    static void discardRecovery();

    /// Writes the recovery file now, if the document is modified; removes it otherwise.
    void saveNow();

private:
    ScenarioDocument *m_document;
    QTimer m_timer;
};

} // namespace pledgecheck
