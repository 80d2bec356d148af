#pragma once

#include "chartkind.h"
#include "chartpicture.h"
#include "openfilelock.h"

#include <QMessageBox>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class QWidget;

namespace pledgecheck {

class ChartPanel;
class ScenarioDocument;

/// Opening, saving and exporting: the File menu's work, with its dialogs and messages. Keeps the
/// recent files and export choices in QSettings. Never loses work: a file that cannot be read
/// leaves the document as it was, a failed save says why and keeps the document modified, and
/// anything that would drop unsaved changes asks first.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(ScenarioDocument *document, ChartPanel *charts, QWidget *window);

    /// Opens @p path; on failure shows the reader's message and keeps the current document.
    bool openFile(const QString &path);
    bool newFromPreset(const QString &presetName);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    bool revert();
    void open();
    /// Exports chart @p kind to @p path at @p size: PNG, or SVG for a ".svg" path.
    bool exportChartTo(ChartKind kind, const QString &path, QSize size, const ExportOptions &options = {});
    void exportChart();
    bool exportDataTo(const QString &path);
    void exportData();

    /// When the document has unsaved changes, asks to save, discard or cancel. True when it is
    /// fine to go on (saved or discarded), false on cancel or a failed save.
    bool maybeSave();

    QStringList recentFiles() const;
    void clearRecentFiles();

    /// How errors and the save-or-discard question reach the user; message boxes by default,
    /// replaced by tests.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    using SaveQuestion = std::function<QMessageBox::StandardButton(const QString &question)>;
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setSaveQuestion(SaveQuestion question) { m_askToSave = std::move(question); }
    /// Asked before a save would replace the document's file when something else (another window,
    /// another program) has written it since this window opened or saved it; true to overwrite.
    using OverwriteQuestion = std::function<bool(const QString &question)>;
    void setOverwriteQuestion(OverwriteQuestion question) { m_askToOverwrite = std::move(question); }

    /// True while another PledgeCheck window has the document's file open too (found by
    /// OpenFileLock when this window came to hold it, and tried again every few seconds).
    bool isOpenElsewhere() const { return m_openElsewhere; }

signals:
    void recentFilesChanged();
    void openElsewhereChanged(bool openElsewhere);
    /// Work done, for the status bar: "Saved /path/file.json", "Exported the data to /path.csv".
    void confirmed(const QString &confirmation);

private:
    /// What tells one version of a file from the next: every save of ours or of another window
    /// renames a new file (a new inode) into place; size and time catch an editor that writes in
    /// place.
    struct DiskStamp {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        bool operator==(const DiskStamp &) const = default;
    };
    static std::optional<DiskStamp> stampOf(const QString &path);
    /// Remembers the document's file as it is on disk now: the version this window holds.
    void rememberDiskVersion();
    /// Holds the lock of the document's file, or finds another window holding it.
    void holdOpenFile();
    /// False when the user declines to overwrite a file changed on disk by someone else.
    bool mayOverwrite(const QString &path);
    void addRecentFile(const QString &path);
    QString startFolder(const char *key) const;

    ScenarioDocument *m_document;
    ChartPanel *m_charts;
    QWidget *m_window;
    ErrorReporter m_reportError;
    SaveQuestion m_askToSave;
    OverwriteQuestion m_askToOverwrite;
    QString m_stampedPath; // the file m_diskStamp describes
    std::optional<DiskStamp> m_diskStamp;
    OpenFileLock m_openFileLock;
    bool m_openElsewhere = false;
    QTimer m_retryOpenFileLock; // while another window has the file: it may close
};

} // namespace pledgecheck
