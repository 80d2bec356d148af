#pragma once

#include "plausibility.h"

#include <QWidget>

#include <array>

class QFrame;
class QGridLayout;
class QLabel;

namespace pledgecheck {

class ScenarioDocument;
class UncertaintyRunner;

/// The figures held against the pledge, always in view: jobs at the horizon on the scenario's
/// basis (created since the start, or linked), their share of the pledge and the job-years, the month it is met (or "not met by ..."), what it would need (or whether it is
/// met even at the low end or out of reach), export-supported jobs; below them, a warning for each
/// plausibility check the projection crosses, and nothing when it crosses none.
class KeyFiguresView : public QWidget
{
    Q_OBJECT

public:
    KeyFiguresView(ScenarioDocument *document, UncertaintyRunner *uncertainty,
                   QWidget *parent = nullptr);

private:
    void showFigures();
    void showPlausibility();
    /// The chance of meeting the pledge and the 10-90 % range, from the runner's latest result.
    void showOdds();
    /// A figure's value label under its caption; @p captionLabel, if given, receives the caption's.
    QLabel *addFigure(const QString &objectName, const QString &caption, const QString &help,
                      QLabel **captionLabel = nullptr);

    ScenarioDocument *m_document;
    UncertaintyRunner *m_uncertainty;
    QLabel *m_jobs;
    QLabel *m_jobsCaption;
    QLabel *m_jobYears;
    QLabel *m_jobYearsCaption;
    QLabel *m_jobsRangeCaption;
    QLabel *m_metMonth;
    QLabel *m_requiredGrowth;
    QLabel *m_requiredHires;
    QLabel *m_requiredSellers;
    QLabel *m_exportJobs;
    QLabel *m_probability;
    QLabel *m_jobsRange;
    QGridLayout *m_grid;
    QFrame *m_warnings;
    std::array<QLabel *, kPlausibilityCheckCount> m_warningLabels{};
};

} // namespace pledgecheck
