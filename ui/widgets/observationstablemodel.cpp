#include "observationstablemodel.h"

#include "scenariodocument.h"
#include "scenarioeventrules.h"
#include "valuetext.h"

#include <algorithm>
#include <cmath>

namespace pledgecheck {

ObservationsTableModel::ObservationsTableModel(ScenarioDocument *document, QObject *parent)
    : DatedEntriesModel(parent)
    , m_document(document)
    , m_observations(document->scenario().observations)
{
    const auto follow = [this] { this->follow(m_observations, m_document->scenario().observations); };
    connect(document, &ScenarioDocument::observationsChanged, this, follow);
    connect(document, &ScenarioDocument::documentReset, this, follow);
}

QString ObservationsTableModel::metricText(ObservedMetric metric)
{
    return metric == ObservedMetric::Sellers ? tr("Sellers") : tr("Jobs");
}

int ObservationsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_observations.size());
}

int ObservationsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Observation &o = m_observations[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Value && index.column() <= High ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool editing = role == Qt::EditRole;
    const auto count = [editing](std::optional<double> value) -> QVariant {
        if (!value)
            return QString();
        return editing ? editText(*value, nullptr) : countText(*value);
    };
    switch (index.column()) {
    case Month:
        return editing ? QString::fromStdString(o.month.toString()) : monthText(o.month.toIndex());
    case Metric:
        return editing ? QVariant(static_cast<int>(o.metric)) : QVariant(metricText(o.metric));
    case Value: return count(o.value);
    case Low: return count(o.low);
    case High: return count(o.high);
    case Source: return QString::fromStdString(o.source);
    }
    return {};
}

bool ObservationsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const auto row = static_cast<std::size_t>(index.row());
    Observation o = m_observations[row];
    // Low and high may be left empty: a single figure, not a range.
    const auto optionalCount = [this, &value](std::optional<double> &field) {
        if (value.toString().trimmed().isEmpty()) {
            field.reset();
            return true;
        }
        field = numberFrom(value, nullptr);
        return field.has_value();
    };
    switch (index.column()) {
    case Month: {
        const auto month = monthFrom(value);
        if (!month)
            return false;
        o.month = *month;
        break;
    }
    case Metric:
        o.metric = static_cast<ObservedMetric>(value.toInt());
        break;
    case Value: {
        const auto number = numberFrom(value, nullptr);
        if (!number)
            return false;
        o.value = *number;
        break;
    }
    case Low:
        if (!optionalCount(o.low))
            return false;
        break;
    case High:
        if (!optionalCount(o.high))
            return false;
        break;
    case Source:
        o.source = value.toString().toStdString();
        break;
    default:
        return false;
    }
    return commit(m_document, [&] { return m_document->changeObservation(row, o); });
}

QVariant ObservationsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month: return tr("Month");
    case Metric: return tr("Counts");
    case Value: return tr("Reported");
    case Low: return tr("Low");
    case High: return tr("High");
    case Source: return tr("Source");
    }
    return {};
}

std::optional<int> ObservationsTableModel::addEntry()
{
    const Scenario &scenario = m_document->scenario();
    const int start = static_cast<int>(std::lround(scenario.parameters[ParameterId::Start]));
    const int last = eventrules::lastMonth(scenario.parameters).toIndex();
    int month = start + 12;
    for (const Observation &o : m_observations)
        month = std::max(month, o.month.toIndex() + 12);
    month = std::min(month, last);
    Observation o;
    o.month = YearMonth::fromIndex(month);
    o.metric = ObservedMetric::Sellers;
    const Eigen::ArrayXd &sellers = m_document->results().projection.sellers;
    const Eigen::Index at = std::clamp<Eigen::Index>(month - start, 0, sellers.size() - 1);
    o.value = std::max(1.0, std::round(sellers(at)));
    if (!commit(m_document, [&] { return m_document->addObservation(o); }))
        return std::nullopt;
    return rowCount() - 1;
}

void ObservationsTableModel::removeEntry(int row)
{
    if (row >= 0 && row < rowCount())
        commit(m_document, [&] { return m_document->removeObservation(static_cast<std::size_t>(row)); });
}

QList<QPair<QString, QVariant>> ObservationsTableModel::choices(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() != Metric)
        return {};
    return {{metricText(ObservedMetric::Sellers), static_cast<int>(ObservedMetric::Sellers)},
            {metricText(ObservedMetric::Jobs), static_cast<int>(ObservedMetric::Jobs)}};
}

} // namespace pledgecheck
