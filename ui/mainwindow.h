#pragma once

#include <QMainWindow>

class QMenu;

namespace pledgecheck {

class Autosaver;
class ChartPanel;
class DocumentController;
class ScenarioDocument;
class UncertaintyRunner;

/// The main window: assembles the parameter panel, key figures, charts, yearly table and scenario
/// details around one document, and the menus. Opening and saving live in DocumentController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument *document() const { return m_document; }
    DocumentController *controller() const { return m_controller; }
    ChartPanel *charts() const { return m_charts; }
    UncertaintyRunner *uncertainty() const { return m_uncertainty; }
    Autosaver *autosaver() const { return m_autosaver; }

    /// Offers back work left unsaved by windows that are gone (a crash, a killed process), newest
    /// first, each with the time of its last autosave and the file it came from; says where an
    /// unreadable one was kept. Work still held by a live window is never offered.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateRecentFilesMenu();
    void updateTitle();
    void showResults();
    void restoreLayout();
    void reportUnreadableRecovery(const QStringList &problems);
    /// Says in the status bar, for a few seconds, that a save, export or copy was done.
    void confirm(const QString &confirmation);

    ScenarioDocument *m_document;
    ChartPanel *m_charts;
    DocumentController *m_controller;
    Autosaver *m_autosaver;
    UncertaintyRunner *m_uncertainty;
    QMenu *m_recentFilesMenu = nullptr;
};

} // namespace pledgecheck
