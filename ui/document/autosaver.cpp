#include "autosaver.h"

#include "atomicfile.h"
#include "recoveryfile.h"
#include "scenariodocument.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

namespace pledgecheck {
namespace {

constexpr int kDelayMs = 2000; // long enough not to write on every slider step

QString newRecoveryFilePath()
{
    return Autosaver::recoveryFolder() + QLatin1Char('/')
           + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json");
}

} // namespace

Autosaver::Autosaver(ScenarioDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_recoveryFilePath(newRecoveryFilePath())
    , m_lock(m_recoveryFilePath + QStringLiteral(".lock"))
{
    // Only a dead owner makes a lock stale: a window may sit unsaved for days.
    m_lock.setStaleLockTime(0);
    holdLock();
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &ScenarioDocument::resultsChanged, this,
            [this](ScenarioDocument::ResultsChange change) {
                if (change == ScenarioDocument::ResultsChange::All)
                    m_timer.start(); // refined draws change nothing a file holds
            });
    connect(document, &ScenarioDocument::nameOrNoteChanged, &m_timer, qOverload<>(&QTimer::start));
    // Events bring resultsChanged() as well; observations change nothing computed.
    connect(document, &ScenarioDocument::observationsChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            m_timer.start(); // recovered work is modified with no edit to start the timer
        else
            discardRecovery();
    });
}

// The recovery file outlives a window destroyed without closing (closeEvent removes it after a
// clean close): unlocked, it is offered at the next start rather than lost.
Autosaver::~Autosaver() = default;

QString Autosaver::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

bool Autosaver::holdLock()
{
    if (m_lock.isLocked())
        return true;
    // The folder may come back later (deleted, or not writable yet); saveNow() tries again.
    return QDir().mkpath(recoveryFolder()) && m_lock.tryLock(0);
}

bool Autosaver::saveNow()
{
    m_timer.stop();
    if (!m_document->isModified()) {
        discardRecovery();
        return true;
    }
    // Without the lock another window could take the file for a crashed one's and delete it.
    if (!holdLock())
        return false;
    recoveryfile::Contents contents{m_document->scenario(), m_document->filePath(),
                                    QDateTime::currentDateTimeUtc()};
    // A failed recovery write must not disturb the user; the next change tries again.
    return writeFileAtomically(m_recoveryFilePath, recoveryfile::serialize(contents), nullptr);
}

void Autosaver::discardRecovery()
{
    m_timer.stop();
    QFile::remove(m_recoveryFilePath);
}

} // namespace pledgecheck
