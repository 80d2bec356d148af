#include "autosaver.h"

#include "scenariodocument.h"
#include "scenariofile.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace pledgecheck {
namespace {

const QString kOriginalPathKey = QStringLiteral("recovery/originalPath");
constexpr int kDelayMs = 2000; // long enough not to write on every slider step

} // namespace

Autosaver::Autosaver(ScenarioDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &ScenarioDocument::resultsChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(document, &ScenarioDocument::nameOrNoteChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer.stop();
            discardRecovery();
        }
    });
}

QString Autosaver::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery.json");
}

std::optional<Scenario> Autosaver::recoverable(QString *originalPath)
{
    if (!QFile::exists(recoveryPath()))
        return std::nullopt;
    const auto scenario = scenariofile::read(recoveryPath(), nullptr);
    if (!scenario) {
        discardRecovery(); // unreadable: nothing to offer
        return std::nullopt;
    }
    if (originalPath)
        *originalPath = QSettings().value(kOriginalPathKey).toString();
    return scenario;
}

void Autosaver::discardRecovery()
{
    QFile::remove(recoveryPath());
    QSettings().remove(kOriginalPathKey);
}

void Autosaver::saveNow()
{
    if (!m_document->isModified()) {
        discardRecovery();
        return;
    }
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    // A failed recovery write must not disturb the user; the next change tries again.
    if (scenariofile::write(recoveryPath(), m_document->scenario(), nullptr))
        QSettings().setValue(kOriginalPathKey, m_document->filePath());
}

} // namespace pledgecheck
