#pragma once

#include "comparison.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;
QT_END_NAMESPACE

namespace pledgecheck {

/// The Compare tab around its chart: the scenarios compared with the current one, the buttons
/// that add them (a preset, a file, the current scenario as last opened or saved) and remove
/// them, and the table of their key figures and parameters.
///
/// The list belongs to the window, not to the scenario: it is not saved in the file and adding or
/// removing is no undo step, as choosing a chart's tab or its axis is not. A scenario file holds
/// one scenario; which others an analyst holds it against is a way of looking at it.
class ComparePage : public QWidget
{
    Q_OBJECT

public:
    /// Places @p chartView (the Compare chart's view) above the buttons and the table.
    explicit ComparePage(QWidget *chartView, QWidget *parent = nullptr);
    ~ComparePage() override;

    /// The scenarios compared with the current one, in the order added; never null.
    std::shared_ptr<const ComparedScenarios> compared() const { return m_compared; }
    void addCompared(const ComparedScenario &scenario);
    void removeCompared(std::size_t index);
    /// Adds the preset or scenario file @p nameOrFile; false, with the problem shown on the page
    /// and in @p error, when there is none or it cannot be read.
    bool addScenario(const QString &nameOrFile, QString *error = nullptr);

    /// Shows the table of @p current beside the compared scenarios, and keeps @p saved, the
    /// current scenario as last opened or saved (its events and reports counted), for "Add As
    /// Saved".
    void showTable(const ComparedScenario &current, const ComparedScenario &saved);

    /// The role of a table item that is true on a row whose parameter differs.
    static constexpr int kDiffersRole = Qt::UserRole + 1;

signals:
    void comparedChanged();

private:
    void addAsSaved();
    void addFile();
    void fillTable();
    void showProblem(const QString &problem);
    void updateButtons();

    std::shared_ptr<const ComparedScenarios> m_compared;
    ComparedScenario m_current;
    ComparedScenario m_saved;
    bool m_shown = false;
    QToolButton *m_addPreset;
    QPushButton *m_addFile;
    QPushButton *m_addSaved;
    QPushButton *m_remove;
    QCheckBox *m_everyParameter;
    QLabel *m_problem;
    QTableWidget *m_table;
};

} // namespace pledgecheck
