#include "yearlytablemodel.h"

#include "scenariodocument.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <cmath>

namespace pledgecheck {

YearlyTableModel::YearlyTableModel(ScenarioDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_rows = static_cast<int>(m_document->results().projection.lastMonth() / 12) + 1;
    // The table is the projection's: refined draws leave it as it is.
    connect(document, &ScenarioDocument::resultsChanged, this,
            [this](ScenarioDocument::ResultsChange change) {
                if (change == ScenarioDocument::ResultsChange::All)
                    refresh();
            });
}

int YearlyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int YearlyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearlyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Month ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const ScenarioResults &r = m_document->results();
    const Eigen::Index month = 12 * static_cast<Eigen::Index>(index.row());
    if (index.column() == Month) {
        const auto start = YearMonth::fromIndex(static_cast<int>(std::lround(r.parameters[ParameterId::Start])));
        return monthText(start.plusMonths(static_cast<int>(month)).toIndex());
    }
    const Projection &p = r.projection;
    const Eigen::ArrayXd *series[] = {nullptr, &p.sellers, &p.hiringSellers, &p.directJobs,
                                      &p.serviceJobs, &p.jobs, &p.exportSupportedJobs};
    const double value = (*series[index.column()])(month);
    return role == Qt::EditRole ? QVariant(value) : QVariant(countText(value));
}

QVariant YearlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month: return tr("Month");
    case Sellers: return tr("Sellers");
    case HiringSellers: return tr("Hiring sellers");
    case DirectJobs: return tr("Direct jobs");
    case ServiceJobs: return tr("Service jobs");
    case Jobs:
        return m_document->results().figures.basis == JobCountBasis::Created ? tr("Jobs created")
                                                                            : tr("Jobs linked");
    case ExportSupportedJobs: return tr("Export-supported jobs");
    }
    return {};
}

void YearlyTableModel::refresh()
{
    const int rows = static_cast<int>(m_document->results().projection.lastMonth() / 12) + 1;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Horizontal, Jobs, Jobs); // the basis names the jobs column
    }
}

} // namespace pledgecheck
