#pragma once

#include <QMainWindow>
#include <QSize>

class QDockWidget;
class QMenu;

namespace pledgecheck {

class Autosaver;
class ChartPanel;
class DocumentController;
class ScenarioDocument;

/// The main window: assembles the parameter panel, key figures, charts, yearly table and scenario
/// details around one document, and the menus. It computes nothing: every view reads the
/// document's results. Opening and saving live in DocumentController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument *document() const { return m_document; }
    DocumentController *controller() const { return m_controller; }
    ChartPanel *charts() const { return m_charts; }
    Autosaver *autosaver() const { return m_autosaver; }

    /// Offers back work left unsaved by windows that are gone (a crash, a killed process), newest
    /// first, each with the time of its last autosave and the file it came from; says where an
    /// unreadable one was kept. Work still held by a live window is never offered.
    void offerRecovery();

    /// The size the window opens at when it remembers none and the screen has room: charts,
    /// figures, parameters and the yearly table below the charts, all at ease.
    static constexpr QSize kPreferredSize{1440, 900};
    /// From this available height on, the yearly table and the scenario's details sit below the
    /// charts; on a shorter screen (a 1366x768 laptop) they are tabs beside the parameters, so
    /// that the verdict, every key figure and a plot at least 300 pixels tall are in view.
    static constexpr int kHeightForTableBelow = 1000;

    /// Fits the window inside @p available, a screen's available geometry: the geometry it
    /// remembers or its preferred size, shrunk and moved inside as need be (maximised where it
    /// would fill the screen), and, unless it remembers a layout of its own, the yearly
    /// table placed for the screen's height. Called with the window's screen when it is made.
    void fitInto(const QRect &available);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateRecentFilesMenu();
    void updateTitle();
    void restoreLayout();
    /// The yearly table, the scenario's details, its events and its reported figures below the charts, or as tabs beside the
    /// parameters on a screen too short for them below.
    void placeBottomDocks(bool besideParameters);
    void reportUnreadableRecovery(const QStringList &problems);
    /// Says in the status bar, for a few seconds, that a save, export or copy was done.
    void confirm(const QString &confirmation);
    /// Scenario > Fit to Reported Data: the fit dialog, its values applied as one undo step.
    void fitToReportedData();

    ScenarioDocument *m_document;
    ChartPanel *m_charts;
    DocumentController *m_controller;
    Autosaver *m_autosaver;
    QMenu *m_recentFilesMenu = nullptr;
    QDockWidget *m_parametersDock;
    QDockWidget *m_tableDock;
    QDockWidget *m_detailsDock;
    QDockWidget *m_eventsDock;
    QDockWidget *m_observationsDock;
    bool m_geometryRestored = false;
    bool m_stateRestored = false;
};

} // namespace pledgecheck
