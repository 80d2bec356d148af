#pragma once

#include "datedentriesmodel.h"
#include "scenarioevents.h"

namespace pledgecheck {

/// The figures reported since the start as a table: month, metric (sellers or jobs), the value,
/// its range (low and high, each optional: empty for a single figure) and the source. Each edit is
/// one undo step through the document, checked by its rules.
class ObservationsTableModel : public DatedEntriesModel
{
    Q_OBJECT

public:
    enum Column { Month, Metric, Value, Low, High, Source, ColumnCount };

    explicit ObservationsTableModel(ScenarioDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A seller count a year after the last report (or the start), at the projection's value
    /// there: a figure in range, to be typed over with the one reported.
    std::optional<int> addEntry() override;
    void removeEntry(int row) override;
    QList<QPair<QString, QVariant>> choices(const QModelIndex &index) const override;

    /// "Sellers" or "Jobs", as the table shows a metric.
    static QString metricText(ObservedMetric metric);

private:
    ScenarioDocument *m_document;
    Observations m_observations; ///< the document's, as the rows show them
};

} // namespace pledgecheck
