#include "documentcontroller.h"

#include "atomicfile.h"
#include "chartpanel.h"
#include "exportchartdialog.h"
#include "messagetext.h"
#include "presetlibrary.h"
#include "projectioncsv.h"
#include "scenariodocument.h"
#include "scenariofile.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include <sys/stat.h>

namespace pledgecheck {
namespace {

constexpr int kMaxRecentFiles = 8;
// How often a window whose file another window has open looks whether that one has let it go.
constexpr int kRetryOpenFileLockMs = 5000;
const QString kRecentFilesKey = QStringLiteral("recentFiles");
// Scenarios have their own extension (the desktop's file type); .json, the older one, still opens
// and can still be chosen for a save.
const QString kScenarioExtension = QStringLiteral(".pledgecheck");
// Functions, not constants: a translation is installed after static initialisation.
QString jsonFilter()
{
    return QCoreApplication::translate("DocumentController",
                                       "PledgeCheck scenarios as JSON (*.json)");
}
QString saveScenarioFilters()
{
    return QCoreApplication::translate("DocumentController",
                                       "PledgeCheck scenarios (*.pledgecheck)")
        + QStringLiteral(";;") + jsonFilter() + QStringLiteral(";;")
        + QCoreApplication::translate("DocumentController", "All files (*)");
}
QString openScenarioFilters()
{
    return QCoreApplication::translate(
        "DocumentController", "PledgeCheck scenarios (*.pledgecheck *.json);;All files (*)");
}

} // namespace

DocumentController::DocumentController(ScenarioDocument *document, ChartPanel *charts,
                                       QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_charts(charts)
    , m_window(window)
    , m_reportError([window](const QString &title, const QString &message) {
        QMessageBox::warning(window, title, message);
    })
    , m_askToSave([window](const QString &question) {
        return QMessageBox::warning(window, tr("Unsaved changes"), question,
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Save);
    })
    , m_askToOverwrite([window](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("File changed on disk"), question,
                        QMessageBox::Save | QMessageBox::Cancel, window);
        box.button(QMessageBox::Save)->setText(tr("&Overwrite"));
        box.setDefaultButton(QMessageBox::Cancel); // Enter must not throw away the other version
        return box.exec() == QMessageBox::Save;
    })
{
    // Every file the document comes to hold (opened here, by the command line, by a reset) is
    // stamped as it stands; saveTo() stamps its own writes.
    connect(document, &ScenarioDocument::filePathChanged, this,
            &DocumentController::rememberDiskVersion);
    rememberDiskVersion();
    connect(document, &ScenarioDocument::filePathChanged, this, &DocumentController::holdOpenFile);
    m_retryOpenFileLock.setInterval(kRetryOpenFileLockMs);
    connect(&m_retryOpenFileLock, &QTimer::timeout, this, &DocumentController::holdOpenFile);
    holdOpenFile();
}

void DocumentController::holdOpenFile()
{
    const bool elsewhere = !m_openFileLock.hold(m_document->filePath());
    if (elsewhere)
        m_retryOpenFileLock.start();
    else
        m_retryOpenFileLock.stop();
    if (elsewhere != m_openElsewhere) {
        m_openElsewhere = elsewhere;
        emit openElsewhereChanged(elsewhere);
    }
}

bool DocumentController::openFile(const QString &path)
{
    std::optional<ModelMessage> error;
    const auto scenario = scenariofile::read(path, &error);
    if (!scenario) {
        m_reportError(tr("Cannot open the scenario"), error ? messageText(*error) : QString());
        return false;
    }
    m_document->reset(*scenario, QFileInfo(path).absoluteFilePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

void DocumentController::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Scenario"), startFolder("folders/scenarios"), openScenarioFilters());
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("folders/scenarios"), QFileInfo(path).absolutePath());
    openFile(path);
}

bool DocumentController::newFromPreset(const QString &presetName)
{
    QString error;
    const auto scenario = presetlibrary::load(presetName, &error);
    if (!scenario) {
        m_reportError(tr("Cannot open the preset"), error);
        return false;
    }
    m_document->reset(*scenario, QString());
    return true;
}

bool DocumentController::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool DocumentController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = startFolder("folders/scenarios") + QLatin1Char('/') + m_document->displayName()
                    + kScenarioExtension;
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Scenario As"), suggested,
                                                saveScenarioFilters(), &chosenFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == jsonFilter() ? QStringLiteral(".json") : kScenarioExtension;
    QSettings().setValue(QStringLiteral("folders/scenarios"), QFileInfo(path).absolutePath());
    return saveTo(path);
}

bool DocumentController::saveTo(const QString &path)
{
    if (!mayOverwrite(path))
        return false;
    std::optional<ModelMessage> error;
    if (!scenariofile::write(path, m_document->scenario(), &error)) {
        m_reportError(tr("Cannot save the scenario"),
                      tr("%1\n\nYour changes are still open; save them elsewhere.")
                          .arg(error ? messageText(*error) : QString()));
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    rememberDiskVersion();
    holdOpenFile(); // a save under the same name changes no path
    addRecentFile(QFileInfo(path).absoluteFilePath());
    emit confirmed(
        tr("Saved %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

std::optional<DocumentController::DiskStamp> DocumentController::stampOf(const QString &path)
{
    struct stat info {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return DiskStamp{quint64(info.st_dev), quint64(info.st_ino), qint64(info.st_size),
                     qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

void DocumentController::rememberDiskVersion()
{
    m_stampedPath = m_document->filePath();
    m_diskStamp = stampOf(m_stampedPath);
}

bool DocumentController::mayOverwrite(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (m_stampedPath.isEmpty() || target != m_stampedPath || !m_diskStamp)
        return true; // a new file, or one the file dialog has asked about
    const auto now = stampOf(target);
    if (!now || *now == *m_diskStamp)
        return true; // gone (nothing to lose) or as this window left it
    return m_askToOverwrite(
        tr("%1 has changed on disk since this window opened or saved it: another window or "
           "program saved it. Saving now replaces that version with this window's.\n\n"
           "Overwrite it, or Cancel and use Save As to keep both?")
            .arg(QDir::toNativeSeparators(target)));
}

bool DocumentController::revert()
{
    if (m_document->filePath().isEmpty()) {
        // Nothing on disk: go back to the state the document was opened in.
        m_document->undoStack()->setIndex(0);
        return true;
    }
    std::optional<ModelMessage> error;
    const auto scenario = scenariofile::read(m_document->filePath(), &error);
    if (!scenario) {
        m_reportError(tr("Cannot revert"), error ? messageText(*error) : QString());
        return false;
    }
    m_document->reset(*scenario, m_document->filePath());
    return true;
}

bool DocumentController::exportChartTo(ChartKind kind, const QString &path, QSize size,
                                       const ExportOptions &options)
{
    QString error;
    if (!m_charts->exportChart(kind, path, size, &error, options)) {
        m_reportError(tr("Cannot export the chart"), error);
        return false;
    }
    emit confirmed(tr("Exported the %1 chart to %2")
                       .arg(chartName(kind),
                            QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

void DocumentController::exportChart()
{
    QSettings settings;
    ExportChartDialog dialog(m_charts->currentChart(),
                             settings.value(QStringLiteral("export/size"), QSize(1920, 1080)).toSize(),
                             settings.value(QStringLiteral("export/footer"), true).toBool(), m_window);
    // Light unless dark was chosen last time: a setting of another version reads as light.
    dialog.setTheme(chartThemeNamed(settings.value(QStringLiteral("export/theme")).toString()).value_or(ChartThemeName::Light));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = startFolder("folders/exports") + QLatin1Char('/')
                              + m_document->displayName() + QLatin1Char('-')
                              + chartName(dialog.chart()) + QStringLiteral(".png");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Chart"), suggested,
                                                tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    settings.setValue(QStringLiteral("export/size"), dialog.size());
    settings.setValue(QStringLiteral("export/footer"), dialog.footer());
    settings.setValue(QStringLiteral("export/theme"), chartThemeKey(dialog.theme()));
    settings.setValue(QStringLiteral("folders/exports"), QFileInfo(path).absolutePath());
    ExportOptions options;
    options.footer = dialog.footer();
    options.theme = ChartTheme::named(dialog.theme());
    exportChartTo(dialog.chart(), path, dialog.size(), options);
}

bool DocumentController::exportDataTo(const QString &path)
{
    const ScenarioResults &results = m_document->results();
    const std::string csv = projectionCsv(results.parameters, results.projection);
    std::optional<ModelMessage> error;
    if (!writeFileAtomically(path, QByteArray::fromStdString(csv), &error)) {
        m_reportError(tr("Cannot export the data"), error ? messageText(*error) : QString());
        return false;
    }
    emit confirmed(tr("Exported the data to %1")
                       .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

void DocumentController::exportData()
{
    const QString suggested = startFolder("folders/exports") + QLatin1Char('/')
                              + m_document->displayName() + QStringLiteral(".csv");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Data"), suggested,
                                                tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QSettings().setValue(QStringLiteral("folders/exports"), QFileInfo(path).absolutePath());
    exportDataTo(path);
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_askToSave(tr("\"%1\" has unsaved changes. Save them?").arg(m_document->displayName()))) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QStringList DocumentController::recentFiles() const
{
    return QSettings().value(kRecentFilesKey).toStringList();
}

void DocumentController::clearRecentFiles()
{
    QSettings().remove(kRecentFilesKey);
    emit recentFilesChanged();
}

void DocumentController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
    emit recentFilesChanged();
}

QString DocumentController::startFolder(const char *key) const
{
    const QString remembered = QSettings().value(QLatin1String(key)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace pledgecheck
