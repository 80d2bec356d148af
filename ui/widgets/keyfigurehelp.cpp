#include "keyfigurehelp.h"

#include <QCoreApplication>

#include <utility>

namespace pledgecheck {
namespace {

// Each text names the equation or the section of docs/model.md it comes from, so that a reader
// can check the figure by hand. A caption ("figureJobsCaption") shares its figure's text.
const std::pair<const char *, const char *> kHelp[] = {
    {"verdict",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "The verdict: whether the projection with the values as set meets the pledge, "
                       "that is the first month t with J(t) at or above the pledge, and how long before "
                       "the term ends; then the jobs at the horizon and their share of the pledge, and "
                       "the share of the Monte Carlo draws that meet it, with their median. A tick on "
                       "green when met, a cross on red when not (docs/model.md, \"Key figures\" and "
                       "\"Uncertainty\").")},
    {"rowTitleAsSet",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Values as set: the figures in this row come from one projection with every input "
                       "at the value it is set to (docs/model.md, \"Key figures\").")},
    {"rowTitleDraws",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Draws: the same figures over the Monte Carlo draws of the uncertain inputs, the "
                       "median and in brackets the 10th to the 90th percentile. The median of the draws "
                       "and the projection as set are two figures and differ (docs/model.md, "
                       "\"Uncertainty\").")},
    {"figureJobs",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Jobs at the horizon, J(12H), on the scenario's basis: J_linked(t) = (D(t) + V(t)) "
                       "(1 - displacement share), direct jobs D = h Hs(t) plus service jobs V; created "
                       "counts J_linked(12H) - J_linked(0), linked counts J_linked(12H). In brackets, "
                       "its share of the pledge (docs/model.md, \"Jobs J(t): the headline figure\").")},
    {"figureSellers",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Sellers at the horizon, S(12H): the starting sellers grown at the net rate "
                       "n = (1 + g)(1 - c) - 1 on the chosen growth model, exponential, logistic or "
                       "linear (docs/model.md, \"Sellers S(t)\").")},
    {"figureMetMonth",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Pledge met: the first month t, counted from the start month, with J(t) at or "
                       "above the pledge (to one part in a billion), or not met by the horizon "
                       "(docs/model.md, \"Key figures\").")},
    {"figureJobsDraws",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Jobs at the horizon over the Monte Carlo draws: the median, and in brackets the "
                       "10th to the 90th percentile of J(12H) across the draws (docs/model.md, "
                       "\"Uncertainty\", Figures).")},
    {"figureSellersDraws",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Sellers at the horizon over the Monte Carlo draws: the median, and in brackets "
                       "the 10th to the 90th percentile of S(12H) across the draws (docs/model.md, "
                       "\"Uncertainty\", Figures).")},
    {"figureProbability",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "The chance of meeting the pledge: the share of the Monte Carlo draws whose jobs "
                       "reach the pledge by the horizon; \"certain\" when every input is fixed "
                       "(docs/model.md, \"Uncertainty\").")},
    {"figureRequiredGrowth",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Growth needed: the yearly seller growth g, before churn, at which J(12H) equals "
                       "the pledge with every other input as set. Found by a scan of -50 to 1,000 % and "
                       "Brent's method; \"met even at\" the low end or \"out of reach\" when no value in "
                       "the range equals it (docs/model.md, \"How the required values are found\").")},
    {"figureRequiredHires",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Hires needed: the hires per hiring seller h at which J(12H) equals the pledge "
                       "with every other input as set. Found by a scan of 0 to 100 and Brent's method; "
                       "\"met even at\" the low end or \"out of reach\" when no value in the range "
                       "equals it (docs/model.md, \"How the required values are found\").")},
    {"figureRequiredSellers",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Starting sellers needed: the sellers at the start S0 at which J(12H) equals the "
                       "pledge with every other input as set. Found by a scan of 1 to 10,000,000 "
                       "(geometric) and Brent's method (docs/model.md, \"How the required values are "
                       "found\").")},
    {"figureJobYears",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Job-years to the horizon: (J(0) + J(1) + ... + J(12H - 1)) / 12, each month's "
                       "jobs on the scenario's basis held for a twelfth of a year; one job held two "
                       "years is two job-years (docs/model.md, \"Job-years\").")},
    {"figureExportJobs",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Export-supported jobs at the horizon: X(12H) = S(12H) x export value per seller "
                       "x jobs per billion dollars of exports / 1e9. A second lens that overlaps the "
                       "direct and service jobs and is never added to them (docs/model.md, "
                       "\"Export-supported jobs X(t): the second lens\").")},
    {"plausibilityWarnings",
     QT_TRANSLATE_NOOP("KeyFigureHelp",
                       "Plausibility checks: a warning for each public total the projection passes "
                       "before the horizon (sales to China against US goods exports, sellers against "
                       "small exporters and all small businesses, export-supported jobs against all "
                       "jobs exports support), with the month it is first passed; the source is in the "
                       "tooltip (docs/model.md, \"Plausibility checks\").")},
};

// Parts that share a text: the verdict's mark and lines, each warning line, a figure's caption.
QString helpKey(const QString &objectName)
{
    if (objectName.startsWith(QLatin1String("verdict")))
        return QStringLiteral("verdict");
    if (objectName.startsWith(QLatin1String("plausibility")))
        return QStringLiteral("plausibilityWarnings");
    const QLatin1String caption("Caption");
    if (objectName.endsWith(caption))
        return objectName.chopped(caption.size());
    return objectName;
}

} // namespace

QString keyFigureWhatsThis(const QString &objectName)
{
    const QString key = helpKey(objectName);
    for (const auto &[name, help] : kHelp) {
        if (key == QLatin1String(name))
            return QCoreApplication::translate("KeyFigureHelp", help);
    }
    return {};
}

} // namespace pledgecheck
