#pragma once

#include "plausibility.h"

#include <QWidget>

#include <array>
#include <vector>

class QFrame;
class QGridLayout;
class QLabel;

namespace pledgecheck {

class ScenarioDocument;

/// The figures held against the pledge, always in view. On top, the verdict: met or not, in words,
/// a mark and a colour, with the odds over the draws. Below it, the jobs at the horizon on the
/// scenario's basis (created since the start, or linked) and the sellers, each as projected with
/// the values as set and as the draws' median (p10 to p90); the month the pledge is met and the
/// share of draws that meet it; what it would need of growth, hires and starting sellers (or
/// whether it is met even at the low end or out of reach); job-years and export-supported jobs.
/// Counts and rates to three significant figures, exact in their tooltips. Last, a warning for
/// each plausibility check the projection crosses, and nothing when it crosses none.
class KeyFiguresView : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFiguresView(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    /// Follows the palette: the verdict and the warnings have colours of their own for a dark one.
    void changeEvent(QEvent *event) override;

private:
    void showFigures();
    void showPlausibility();
    /// The verdict and the draws' figures: what the document's latest draws say of the pledge.
    void showVerdictAndDraws();
    /// A figure's value label under its caption, at @p row and @p column of @p grid;
    /// @p captionLabel, if given, receives the caption's.
    QLabel *addFigure(QGridLayout *grid, int row, int column, const QString &objectName,
                      const QString &caption, const QString &help,
                      QLabel **captionLabel = nullptr);
    /// A row's title in the first column: what the figures to its right are.
    QLabel *addRowTitle(int row, const QString &objectName, const QString &title,
                        const QString &help);
    /// A label for a value, bold, selectable, on one line.
    QLabel *addValueLabel(const QString &objectName, const QString &help);
    /// Names each figure for a screen reader by its caption and row, and describes it by its
    /// text: a label's own accessible name is its text, the figure without what it is.
    void nameFiguresForScreenReaders();

    ScenarioDocument *m_document;
    QFrame *m_verdict;
    QLabel *m_verdictMark;
    QLabel *m_verdictHeadline;
    QLabel *m_verdictDetail;
    QLabel *m_jobs;
    QLabel *m_jobsCaption;
    QLabel *m_sellers;
    QLabel *m_sellersCaption;
    QLabel *m_metMonth;
    QLabel *m_jobsDraws;
    QLabel *m_sellersDraws;
    QLabel *m_probability;
    QLabel *m_jobYears;
    QLabel *m_jobYearsCaption;
    QLabel *m_requiredGrowth;
    QLabel *m_requiredHires;
    QLabel *m_requiredSellers;
    QLabel *m_exportJobs;
    QGridLayout *m_grid;
    QFrame *m_warnings;
    std::array<QLabel *, kPlausibilityCheckCount> m_warningLabels{};
    struct SpokenFigure {
        QLabel *value;
        QLabel *caption;
        QString row; ///< the row's title, for the figures of the grid beside the verdict
    };
    std::vector<SpokenFigure> m_spokenFigures;
    bool m_darkStyles = false; ///< the verdict and warnings are styled for a dark palette
};

} // namespace pledgecheck
