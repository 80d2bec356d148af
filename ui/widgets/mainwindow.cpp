#include "mainwindow.h"

#include "autosaver.h"
#include "chartpanel.h"
#include "datedentrieseditor.h"
#include "documentcontroller.h"
#include "eventstablemodel.h"
#include "fitdialog.h"
#include "helpmenu.h"
#include "keyfiguresview.h"
#include "layoutboundary.h"
#include "leftoverrecovery.h"
#include "observationstablemodel.h"
#include "parameterpanel.h"
#include "presetlibrary.h"
#include "presettitles.h"
#include "scenariodetailseditor.h"
#include "scenariodocument.h"
#include "screenfit.h"
#include "taborder.h"
#include "yearlytablemodel.h"
#include "yearlytableview.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

#include <tuple>
#include <utility>

namespace pledgecheck {
namespace {

const QString kJobsAxisKey = QStringLiteral("charts/jobsAxis");
// Before the auto axis: a check box, on for logarithmic.
const QString kLogarithmicJobsKey = QStringLiteral("charts/logarithmicJobs");
// Long enough to read a path, short enough not to linger over the next thing done.
constexpr int kConfirmationMs = 5000;

// The platform's Save As keys; where it has none (Windows, and X11 outside KDE and GNOME),
// Ctrl+Shift+S, the keys GNOME, KDE and macOS use.
QList<QKeySequence> saveAsKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (keys.isEmpty())
        keys << QKeySequence(QCoreApplication::translate("MainWindow", "Ctrl+Shift+S"));
    return keys;
}

JobsAxis savedJobsAxis()
{
    const QSettings settings;
    if (const auto axis = jobsAxisNamed(settings.value(kJobsAxisKey).toString()))
        return *axis;
    return settings.value(kLogarithmicJobsKey, false).toBool() ? JobsAxis::Log : JobsAxis::Auto;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ScenarioDocument(this))
    , m_charts(new ChartPanel(this))
    , m_controller(new DocumentController(m_document, m_charts, this))
    , m_autosaver(new Autosaver(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_charts);
    // The verdict and the key figures across the whole width, above the parameters and the
    // charts: beside the charts alone, 1366 pixels left them 750 and the figures did not fit on
    // one line each. Always in view: no title bar to close it by, not in the View menu.
    auto *figures = new QDockWidget(tr("Key figures"), this);
    figures->setObjectName(QStringLiteral("keyFiguresDock"));
    figures->setFeatures(QDockWidget::NoDockWidgetFeatures);
    figures->setTitleBarWidget(new QWidget(figures));
    figures->setWidget(new LayoutBoundary(new KeyFiguresView(m_document), figures));
    figures->toggleViewAction()->setVisible(false);
    setCorner(Qt::TopLeftCorner, Qt::TopDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::TopDockWidgetArea);
    addDockWidget(Qt::TopDockWidgetArea, figures);

    m_parametersDock = new QDockWidget(tr("Parameters"), this);
    m_parametersDock->setObjectName(QStringLiteral("parametersDock"));
    m_parametersDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_parametersDock->setWidget(new ParameterPanel(m_document, m_parametersDock));
    addDockWidget(Qt::LeftDockWidgetArea, m_parametersDock);

    m_tableDock = new QDockWidget(tr("Yearly figures"), this);
    m_tableDock->setObjectName(QStringLiteral("yearlyDock"));
    auto *tableView = new YearlyTableView(m_tableDock);
    connect(tableView, &YearlyTableView::copied, this, &MainWindow::confirm);
    tableView->setModel(new YearlyTableModel(m_document, tableView));
    m_tableDock->setWidget(tableView);

    m_detailsDock = new QDockWidget(tr("Scenario"), this);
    m_detailsDock->setObjectName(QStringLiteral("scenarioDock"));
    m_detailsDock->setWidget(new ScenarioDetailsEditor(m_document, m_detailsDock));

    // Tabs beside the note: a table each, as wide as the yearly figures, below the charts.
    const auto entriesDock = [this](const QString &title, const QString &name, DatedEntriesModel *model,
                                    const QString &addText) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name + QStringLiteral("Dock"));
        auto *editor = new DatedEntriesEditor(model, title, addText, dock);
        editor->table()->setObjectName(name + QStringLiteral("Table"));
        dock->setWidget(editor);
        return dock;
    };
    m_eventsDock = entriesDock(tr("Events"), QStringLiteral("events"), new EventsTableModel(m_document),
                               tr("&Add event"));
    m_observationsDock = entriesDock(tr("Observations"), QStringLiteral("observations"),
                                     new ObservationsTableModel(m_document), tr("&Add observation"));
    placeBottomDocks(false);

    createMenus();
    setAcceptDrops(true);
    statusBar();

    // The charts live in a library of their own that does not know the document: the window
    // hands them the document's results, the draws with the values (one drawing per slider step)
    // or, refined, alone.
    connect(m_document, &ScenarioDocument::resultsChanged, this,
            [this](ScenarioDocument::ResultsChange change) {
                if (change == ScenarioDocument::ResultsChange::RefinedDraws) {
                    m_charts->showUncertainty(m_document->uncertainty());
                    return;
                }
                m_charts->setUncertainty(m_document->uncertainty());
                m_charts->setDatedEntries(m_document->scenario().events, m_document->scenario().observations);
                m_charts->setBaselineObservations(m_document->baselineObservations());
                m_charts->showResults(m_document->displayName(), m_document->results(),
                                      m_document->baseline());
            });
    // Reported figures change nothing computed: the charts mark them again, alone.
    connect(m_document, &ScenarioDocument::observationsChanged, this, [this] {
        m_charts->showDatedEntries(m_document->scenario().events, m_document->scenario().observations);
    });
    connect(m_document, &ScenarioDocument::nameOrNoteChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &ScenarioDocument::editRefused, this,
            [this](const QString &problem) { statusBar()->showMessage(problem, 10000); });
    connect(m_controller, &DocumentController::recentFilesChanged, this,
            &MainWindow::updateRecentFilesMenu);
    connect(m_controller, &DocumentController::confirmed, this, &MainWindow::confirm);
    // Another window with the same file open: said for as long as it lasts, not for a few seconds.
    auto *openElsewhere = new QLabel(tr("Also open in another PledgeCheck window"), this);
    openElsewhere->setObjectName(QStringLiteral("openElsewhereNotice"));
    openElsewhere->setToolTip(tr("Another PledgeCheck window has this file open too. Whichever of the two saves "
                                 "second is asked before it replaces the other's version."));
    openElsewhere->setVisible(m_controller->isOpenElsewhere());
    statusBar()->addPermanentWidget(openElsewhere);
    connect(m_controller, &DocumentController::openElsewhereChanged, openElsewhere, &QWidget::setVisible);

    m_controller->newFromPreset(QString::fromLatin1(presetlibrary::kDefaultPreset));
    restoreLayout();
    fitInto(screen()->availableGeometry());
    // The charts were made first, so Tab went to them first: it goes as the window reads instead,
    // the parameters on the left, the charts, then the yearly table and the scenario's details.
    // Done last, with every part made and placed.
    const QList<QWidget *> panes{m_parametersDock, m_charts, m_tableDock, m_detailsDock, m_eventsDock,
                                 m_observationsDock};
    chainTabOrder(panes);
    // On a short screen the yearly table and the scenario's details are tabs behind the
    // parameters: Tab passes over a tab behind, and F6 / Shift+F6 go from pane to pane, a tab
    // behind brought to the front, as in desktop apps. No text: the keys are in the README.
    for (QDockWidget *dock : {m_parametersDock, m_tableDock, m_detailsDock, m_eventsDock, m_observationsDock})
        skipWhileBehindTab(dock);
    for (const auto &[keys, step] : {std::pair{QKeySequence(Qt::Key_F6), 1},
                                     std::pair{QKeySequence(Qt::SHIFT | Qt::Key_F6), -1}}) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, [panes, step = step] { focusNextPane(panes, step); });
        addAction(action);
    }
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *presets = file->addMenu(tr("&New from Preset"));
    presets->setObjectName(QStringLiteral("newFromPresetMenu"));
    for (const PresetInfo &preset : presetlibrary::list()) {
        QAction *action = presets->addAction(presetTitleText(preset.title));
        action->setData(preset.name);
        connect(action, &QAction::triggered, this, [this, name = preset.name] {
            if (m_controller->maybeSave())
                m_controller->newFromPreset(name);
        });
    }
    file->addAction(tr("&Open..."), QKeySequence::Open, m_controller, &DocumentController::open);
    m_recentFilesMenu = file->addMenu(tr("Open &Recent"));
    updateRecentFilesMenu();
    file->addAction(tr("&Save"), QKeySequence::Save, m_controller, &DocumentController::save)
        ->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAs = file->addAction(tr("Save &As..."), m_controller, &DocumentController::saveAs);
    saveAs->setObjectName(QStringLiteral("saveAsAction"));
    saveAs->setShortcuts(saveAsKeys());
    file->addAction(tr("Re&vert"), this, [this] {
        if (!m_document->isModified())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Revert"),
            tr("Discard your changes to \"%1\" and go back to the last saved version?")
                .arg(m_document->displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            m_controller->revert();
    });
    file->addSeparator();
    file->addAction(tr("Export &Chart..."), QKeySequence(tr("Ctrl+E")), m_controller,
                    &DocumentController::exportChart)
        ->setObjectName(QStringLiteral("exportChartAction"));
    file->addAction(tr("Export &Data (CSV)..."), QKeySequence(tr("Ctrl+Shift+E")), m_controller,
                    &DocumentController::exportData)
        ->setObjectName(QStringLiteral("exportDataAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->setObjectName(QStringLiteral("scenarioMenu"));
    scenario->addAction(tr("&Fit to Reported Data..."), this, &MainWindow::fitToReportedData)
        ->setObjectName(QStringLiteral("fitToReportedDataAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    // Far below the pledge, a projection and its bands are a flat line on a linear axis:
    // automatic picks the scale where they stay readable (docs/model.md, "Charts").
    QMenu *jobsAxis = view->addMenu(tr("&Jobs Axis"));
    auto *jobsAxes = new QActionGroup(this);
    const JobsAxis saved = savedJobsAxis();
    for (const auto &[axis, text, name] :
         {std::tuple{JobsAxis::Auto, tr("&Automatic"), "autoJobsAxisAction"},
          std::tuple{JobsAxis::Linear, tr("Li&near"), "linearJobsAxisAction"},
          std::tuple{JobsAxis::Log, tr("&Logarithmic"), "logarithmicJobsAxisAction"}}) {
        QAction *action = jobsAxis->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(axis == saved);
        jobsAxes->addAction(action);
        if (axis == JobsAxis::Log)
            action->setShortcut(QKeySequence(tr("Ctrl+L")));
        connect(action, &QAction::triggered, this, [this, axis = axis] {
            m_charts->setJobsAxis(axis);
            QSettings().setValue(kJobsAxisKey, jobsAxisName(axis));
        });
    }
    m_charts->setJobsAxis(saved);
    // Wherever the focus is in the window, as a tab widget does for the focus inside it.
    view->addSeparator();
    QAction *nextChart = view->addAction(tr("&Next Chart"), this, [this] { m_charts->showNextChart(1); });
    nextChart->setObjectName(QStringLiteral("nextChartAction"));
    nextChart->setShortcuts({QKeySequence(tr("Ctrl+Tab")), QKeySequence(tr("Ctrl+PgDown"))});
    QAction *previousChart =
        view->addAction(tr("&Previous Chart"), this, [this] { m_charts->showNextChart(-1); });
    previousChart->setObjectName(QStringLiteral("previousChartAction"));
    previousChart->setShortcuts({QKeySequence(tr("Ctrl+Shift+Tab")), QKeySequence(tr("Ctrl+PgUp"))});

    menuBar()->addMenu(new HelpMenu(this));
}

void MainWindow::fitToReportedData()
{
    FitDialog dialog(m_document->scenario(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->changeParameters(dialog.fittedValues(), tr("Fit to Reported Data"));
}

void MainWindow::confirm(const QString &confirmation)
{
    statusBar()->showMessage(confirmation, kConfirmationMs);
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentFilesMenu->clear();
    const QStringList files = m_controller->recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // Numbered, so that the keyboard picks one: "&1 mine.pledgecheck".
        const QString fileName = QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        m_recentFilesMenu->addAction(tr("&%1 %2").arg(i + 1).arg(fileName), this, [this, path] {
            if (m_controller->maybeSave())
                m_controller->openFile(path);
        })->setToolTip(path);
    }
    m_recentFilesMenu->addSeparator();
    m_recentFilesMenu->addAction(tr("&Clear List"), m_controller,
                                 &DocumentController::clearRecentFiles)
        ->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(QFileInfo(m_document->filePath()).fileName());
    setWindowTitle(tr("%1%2[*] - PledgeCheck").arg(m_document->displayName(), file));
    setWindowModified(m_document->isModified());
}

// A window holds one scenario, so one leftover at most is restored into it. Several are offered
// newest first, each saying how many wait behind it: a discard moves on to the next, a restore or
// "Not Now" keeps the rest, untouched, for the next start (one more window each). Asking about
// all of them at once would leave the user choosing among work this window cannot open.
void MainWindow::offerRecovery()
{
    auto leftovers = LeftoverRecovery::claimAll(Autosaver::recoveryFolder());

    QStringList unreadable;
    for (const auto &leftover : leftovers) {
        if (!leftover->contents())
            unreadable << tr("%1\nNow kept at: %2").arg(leftover->problem(), leftover->moveAside());
    }
    if (!unreadable.isEmpty())
        reportUnreadableRecovery(unreadable);
    std::erase_if(leftovers, [](const auto &leftover) { return !leftover->contents(); });

    for (std::size_t i = 0; i < leftovers.size(); ++i) {
        LeftoverRecovery &leftover = *leftovers[i];
        const recoveryfile::Contents &contents = *leftover.contents();
        const QString source = contents.originalPath.isEmpty() ? tr("an untitled scenario")
                                                               : contents.originalPath;
        QString question = tr("PledgeCheck ended without saving changes to %1 (\"%2\"), last "
                              "autosaved %3. Restore them?")
                               .arg(source,
                                    contents.scenario.name.empty()
                                        ? tr("Untitled")
                                        : QString::fromStdString(contents.scenario.name),
                                    QLocale().toString(contents.autosavedAt.toLocalTime(),
                                                       QLocale::ShortFormat));
        const int waiting = int(leftovers.size() - i - 1);
        if (waiting > 0)
            question += QLatin1Char(' ')
                        + tr("(%n more unsaved scenario(s) after this one.)", nullptr, waiting);

        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"), question,
                        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.button(QMessageBox::Yes)->setText(tr("&Restore"));
        box.button(QMessageBox::Cancel)->setText(tr("&Not Now"));
        box.button(QMessageBox::Discard)->setText(tr("&Discard"));
        box.setInformativeText(tr("Not Now keeps it to offer the next time PledgeCheck starts."));
        box.setDefaultButton(QMessageBox::Yes);
        box.setEscapeButton(QMessageBox::Cancel); // closing the question must not lose the work
        const int answer = box.exec();
        if (answer == QMessageBox::Discard) {
            leftover.remove();
            continue;
        }
        if (answer != QMessageBox::Yes)
            break;
        // Opened untitled, so that saving asks where and cannot overwrite the original unasked.
        m_document->reset(contents.scenario, QString());
        m_document->markRecovered();
        // This window's own recovery file holds the work before the old one goes, so a crash
        // now loses nothing; if it cannot be written the old one stays, to be offered again.
        if (m_autosaver->saveNow())
            leftover.remove();
        statusBar()->showMessage(
            waiting > 0 ? tr("Recovered unsaved changes to %1; %n more will be offered at the next "
                             "start",
                             nullptr, waiting)
                              .arg(source)
                        : tr("Recovered unsaved changes to %1").arg(source));
        break;
    }
}

void MainWindow::reportUnreadableRecovery(const QStringList &problems)
{
    QMessageBox::warning(this, tr("Unreadable recovery file"),
                         tr("PledgeCheck found unsaved work it cannot read; it may come from a "
                            "newer version. It is kept, not deleted:\n\n%1")
                             .arg(problems.join(QStringLiteral("\n\n"))));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    m_geometryRestored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_stateRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::placeBottomDocks(bool besideParameters)
{
    if (besideParameters) {
        tabifyDockWidget(m_parametersDock, m_tableDock);
        tabifyDockWidget(m_tableDock, m_detailsDock);
        tabifyDockWidget(m_detailsDock, m_eventsDock);
        tabifyDockWidget(m_eventsDock, m_observationsDock);
        m_parametersDock->raise();
        return;
    }
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_detailsDock);
    tabifyDockWidget(m_tableDock, m_detailsDock);
    tabifyDockWidget(m_detailsDock, m_eventsDock);
    tabifyDockWidget(m_eventsDock, m_observationsDock);
    m_tableDock->raise();
    resizeDocks({m_tableDock}, {190}, Qt::Vertical); // the charts get the height
}

void MainWindow::fitInto(const QRect &available)
{
    // A layout the user left is theirs to keep; the default one follows the screen.
    if (!m_stateRestored)
        placeBottomDocks(available.height() < kHeightForTableBelow);
    if (isMaximized() || isFullScreen())
        return;
    QRect wanted = geometry();
    if (!m_geometryRestored) {
        wanted = QRect(QPoint(), kPreferredSize);
        wanted.moveCenter(available.center());
    }
    const QRect fitted = fitInside(wanted, available, minimumSizeHint());
    setGeometry(fitted);
    // A window manager adds a frame around the geometry set here: a window as large as the
    // screen in either direction fits, frame and all, only maximised.
    if (fitted.width() >= available.width() || fitted.height() >= available.height())
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controller->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaver->discardRecovery(); // saved or deliberately discarded
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    if (m_controller->maybeSave())
        m_controller->openFile(urls.constFirst().toLocalFile());
}

} // namespace pledgecheck
